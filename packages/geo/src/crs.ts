import proj4 from 'proj4';

import { CRS_CODES, CRS_DEFINITIONS, parseCrs, type CrsCode } from './crs-definitions.js';

export { CRS_CODES, CRS_DEFINITIONS, parseCrs, type CrsCode };

/** A planar or geographic coordinate pair: `[x, y]` (`[lon, lat]` in EPSG:4326). */
export type XY = [x: number, y: number];

let registered = false;

/** Registers Sirene's definitions with proj4 (idempotent; done on first use). */
export function registerCrsDefinitions(): void {
  if (registered) return;
  for (const [code, def] of Object.entries(CRS_DEFINITIONS)) proj4.defs(code, def);
  registered = true;
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
