import { transformNested } from '../crs.js';
import type { ImportOptions, ImportResult } from './common.js';
import { parseGeoJSONWith } from './geojson.js';

// parseGeoJSON lives apart from the rest of the GeoJSON code because it needs proj4 for
// national grids: code that reads only RFC 7946 GeoJSON (parseGeoJSONWgs84) stays small.

/**
 * Reads areas from GeoJSON (text or an already parsed object): a FeatureCollection,
 * Feature, geometry, GeometryCollection or an array of those. Polygons and
 * MultiPolygons become shapes; a Point with a radius (`radiusKm`, Terra Draw's
 * `radiusKilometers`, or `radius` in metres) becomes a circle. Other geometries are
 * reported (`import.geojson-type`: a warning when other areas were found, an error
 * otherwise); malformed coordinates are reported with their path
 * (`features[2].geometry.coordinates[0][3]`). A legacy `crs` member naming EPSG:28992,
 * 31370, 3812 or 3857 is honoured. Never throws.
 */
export function parseGeoJSON(input: string | unknown, options: ImportOptions = {}): ImportResult {
  return parseGeoJSONWith(input, options, transformNested);
}
