/**
 * @sirene/geo — DOM-free geometry for alert areas: the area model (polygons,
 * multipolygons, circles; source and effect area), coordinate systems, validation that
 * returns findings with repairs, simplification that never shrinks an area, measures,
 * import and export (GeoJSON, WKT, KML, CAP, coordinate lists) and administrative
 * boundaries of the Netherlands and Belgium. Runs in Node, browsers and Web Workers.
 */
export type {
  AreaShape,
  BBox,
  CircleShape,
  LonLat,
  MultiPolygonShape,
  PolygonShape,
  PolygonalShape,
  Ring,
  SireneArea,
} from './types.js';

export {
  DEFAULT_GEO_PROFILE,
  GEO_PROFILES,
  GEO_PROFILE_IDS,
  REGIONS_NL_BE,
  REGION_BE,
  REGION_NL,
  geoProfile,
  inBBox,
  inRegion,
  inRegions,
} from './profiles.js';
export type { GeoProfile, GeoProfileId, Region } from './profiles.js';

export { GEO_MESSAGES, hasErrors } from './findings.js';
export type { FindingOptions, GeoCode, GeoFinding, GeoRepair } from './findings.js';

export {
  EARTH_RADIUS_KM,
  circleToPolygon,
  destination,
  distanceKm,
  isClosed,
  shapePolygons,
} from './shapes.js';
export type { CircleToPolygonOptions } from './shapes.js';

export { CRS_CODES, CRS_DEFINITIONS, parseCrs } from './crs-definitions.js';
export type { CrsCode } from './crs-definitions.js';
export {
  fromWgs84,
  registerCrsDefinitions,
  toWgs84,
  transformNested,
  transformPoint,
  transformPoints,
} from './crs.js';
export type { XY } from './crs.js';

export { areaKm2, circleAreaKm2, measure } from './measure.js';
export type { AreaMeasures } from './measure.js';

export { looksSwapped, validateArea, validatePolygons, validateShape } from './validate.js';
export type { PolygonInput, ValidateOptions } from './validate.js';

export {
  applyRepair,
  closeRings,
  dropDuplicatePoints,
  fillHoles,
  makeValid,
  repairShape,
  rewind,
  swapAxes,
} from './repair.js';
export type { RepairOptions, RepairResult, RepairShapeResult } from './repair.js';

export { MIN_SIMPLIFY_POINTS, simplifyToLimit } from './simplify.js';
export type { SimplifyResult } from './simplify.js';

export { IMPORT_FORMATS } from './io/common.js';
export type { ImportFormat, ImportOptions, ImportResult } from './io/common.js';
export { detectFormat, parseArea } from './io/import.js';
export type { ParseAreaOptions } from './io/import.js';
export { parseGeoJSONWgs84, toGeoJSON } from './io/geojson.js';
export { parseGeoJSON } from './io/geojson-crs.js';
export type {
  GeoJsonFeature,
  GeoJsonFeatureCollection,
  GeoJsonGeometry,
  ToGeoJsonOptions,
} from './io/geojson.js';
export { parseWKT, toWKT } from './io/wkt.js';
export type { WriteOptions } from './io/wkt.js';
export { parseKML, toKML } from './io/kml.js';
export type { ToKmlOptions } from './io/kml.js';
export {
  capAreaToShapes,
  parseCapAreaXml,
  parseCapCircleText,
  parseCapPolygonText,
  shapesToCapArea,
  toCapCircleText,
  toCapPolygonText,
} from './io/cap.js';
export { validateCapArea } from './io/cap-validate.js';
export type { ShapesToCapAreaOptions } from './io/cap.js';
export { parseCoordinateList, toCoordinateList } from './io/coordinates.js';

export {
  DEFAULT_BOUNDARY_ATTRIBUTION,
  adminAreasAt,
  adminChildren,
  adminName,
  createBoundaryLayer,
  decodeBoundaryLayer,
  decodeGeometry,
  loadDefaultBoundaryLayer,
  searchAdminAreas,
} from './admin.js';
export { unionAdminAreas } from './admin-union.js';
export type { AdminUnionResult } from './admin-union.js';
export type {
  AdminArea,
  AdminAreaInput,
  AdminLevel,
  AdminSearchOptions,
  BoundaryLayer,
} from './admin.js';
export * from './overshoot/index.js';
