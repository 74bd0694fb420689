import proj4 from 'proj4';

/** The coordinate reference systems Sirene converts between. */
export const CRS_CODES = [
  'EPSG:4326',
  'EPSG:3857',
  'EPSG:28992',
  'EPSG:31370',
  'EPSG:3812',
] as const;
/** One of `CRS_CODES`. */
export type CrsCode = (typeof CRS_CODES)[number];

/**
 * proj4 definitions (from the EPSG registry via epsg.io). EPSG:4326 and EPSG:3857 are
 * built into proj4.
 *
 * - **EPSG:28992** Amersfoort / RD New, the Dutch national grid (Dutch base maps, PDOK).
 *   The 7-parameter datum shift is the usual approximation of RDNAPTRANS™; absolute
 *   accuracy about 1 m, which is ample for alert areas. Round trips are exact to < 1 mm.
 * - **EPSG:31370** Belgian Lambert 72 (BD72), 7-parameter shift to WGS84.
 * - **EPSG:3812** ETRS89 / Belgian Lambert 2008 (ETRS89 ≈ WGS84 at this scale).
 */
export const CRS_DEFINITIONS: Readonly<
  Record<Exclude<CrsCode, 'EPSG:4326' | 'EPSG:3857'>, string>
> = {
  'EPSG:28992':
    '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs',
  'EPSG:31370':
    '+proj=lcc +lat_0=90 +lon_0=4.36748666666667 +lat_1=51.1666672333333 +lat_2=49.8333339 +x_0=150000.013 +y_0=5400088.438 +ellps=intl +towgs84=-106.8686,52.2978,-103.7239,0.3366,-0.457,1.8422,-1.2747 +units=m +no_defs',
  'EPSG:3812':
    '+proj=lcc +lat_0=50.797815 +lon_0=4.35921583333333 +lat_1=49.8333333333333 +lat_2=51.1666666666667 +x_0=649328 +y_0=665262 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
};

/** A planar or geographic coordinate pair: `[x, y]` (`[lon, lat]` in EPSG:4326). */
export type XY = [x: number, y: number];

let registered = false;

/** Registers Sirene's definitions with proj4 (idempotent; done on first use). */
export function registerCrsDefinitions(): void {
  if (registered) return;
  for (const [code, def] of Object.entries(CRS_DEFINITIONS)) proj4.defs(code, def);
  registered = true;
}

/** Whether a string names a supported CRS (`EPSG:28992`; also `urn:ogc:def:crs:EPSG::28992`, `28992`). */
export function parseCrs(name: string): CrsCode | null {
  const m = /(?:EPSG)?[:]{0,2}(\d{4,5})\s*$/i.exec(name.trim());
  if (!m) return /CRS84/i.test(name) ? 'EPSG:4326' : null;
  const code = `EPSG:${m[1]}`;
  return (CRS_CODES as readonly string[]).includes(code) ? (code as CrsCode) : null;
}

/**
 * Transforms one coordinate pair. Geographic coordinates are `[lon, lat]`; projected
 * ones `[x, y]` (easting, northing) in metres. Returns `[NaN, NaN]` when the point cannot
 * be transformed (never throws).
 */
export function transformPoint(point: readonly [number, number], from: CrsCode, to: CrsCode): XY {
  if (from === to) return [point[0], point[1]];
  registerCrsDefinitions();
  try {
    const out = proj4(from, to, [point[0], point[1]]);
    const x = out[0];
    const y = out[1];
    return typeof x === 'number' && typeof y === 'number' ? [x, y] : [NaN, NaN];
  } catch {
    return [NaN, NaN];
  }
}

/** Transforms many coordinate pairs between the same two systems. */
export function transformPoints(
  points: readonly (readonly [number, number])[],
  from: CrsCode,
  to: CrsCode,
): XY[] {
  return points.map((p) => transformPoint(p, from, to));
}

/** From WGS84 `[lon, lat]` to `to`. */
export function fromWgs84(lonLat: readonly [number, number], to: CrsCode): XY {
  return transformPoint(lonLat, 'EPSG:4326', to);
}

/** From `from` to WGS84 `[lon, lat]`. */
export function toWgs84(xy: readonly [number, number], from: CrsCode): XY {
  return transformPoint(xy, from, 'EPSG:4326');
}

/**
 * Transforms nested coordinate arrays of any depth (a ring, a polygon's rings, a
 * MultiPolygon's polygons), keeping their structure.
 */
export function transformNested<T>(coordinates: T, from: CrsCode, to: CrsCode): T {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number') {
      return transformPoint([value[0], value[1]], from, to);
    }
    if (Array.isArray(value)) return value.map(walk);
    return value;
  };
  return walk(coordinates) as T;
}
