/**
 * Shapes shared by the tests (not exported from the package). Places are real: the
 * areas lie in Utrecht and Brussels, so the region checks pass for valid ones.
 */
import type { LonLat, PolygonShape, Ring } from './types.js';

/** A closed, counter-clockwise rectangle `[w, s, e, n]`. */
export function rect(w: number, s: number, e: number, n: number): Ring {
  return [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
}

/** A polygon shape from rings. */
export function poly(...rings: Ring[]): PolygonShape {
  return { type: 'Polygon', coordinates: rings };
}

/** About 2.3 km × 2.2 km around Utrecht's Dom tower: a valid NL area (~5 km²). */
export const UTRECHT: PolygonShape = poly(rect(5.105, 52.08, 5.14, 52.1));

/** The Dom tower in Utrecht, `[lon, lat]`. */
export const DOM: LonLat = [5.1214, 52.0907];

/** The Grand-Place in Brussels, `[lon, lat]`. */
export const GRAND_PLACE: LonLat = [4.3525, 50.8467];

/**
 * A bow-tie in Utrecht: the outline crosses itself at its centre (5.12, 52.09).
 * Both lobes are triangles of equal size.
 */
export const BOWTIE: PolygonShape = poly([
  [5.1, 52.08],
  [5.14, 52.1],
  [5.14, 52.08],
  [5.1, 52.1],
  [5.1, 52.08],
]);

/**
 * A star-shaped (concave) ring of `n` vertices around a centre, closed,
 * counter-clockwise; radius wobbles between 0.6 and 1.4 × `radiusDeg`.
 */
export function star(center: LonLat, radiusDeg: number, n: number, wobble = 7): Ring {
  const ring: Ring = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    const r = radiusDeg * (1 + 0.3 * Math.sin(wobble * a) + 0.1 * Math.cos(31 * a));
    ring.push([center[0] + r * Math.cos(a) * 1.6, center[1] + r * Math.sin(a)]);
  }
  const first = ring[0] as LonLat;
  ring.push([first[0], first[1]]);
  return ring;
}
