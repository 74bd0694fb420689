/**
 * The coordinate reference systems Sirene knows, as data. Kept apart from crs.ts so that
 * naming a CRS or handing its definition to a map does not load proj4.
 */
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

/** Whether a string names a supported CRS (`EPSG:28992`; also `urn:ogc:def:crs:EPSG::28992`, `28992`). */
export function parseCrs(name: string): CrsCode | null {
  const m = /(?:EPSG)?[:]{0,2}(\d{4,5})\s*$/i.exec(name.trim());
  if (!m) return /CRS84/i.test(name) ? 'EPSG:4326' : null;
  const code = `EPSG:${m[1]}`;
  return (CRS_CODES as readonly string[]).includes(code) ? (code as CrsCode) : null;
}
