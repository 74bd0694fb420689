/**
 * Robust orientation test. Apart from jts.ts so that segment intersection and
 * simplification checks do not load jsts: robust-predicates (Shewchuk's adaptive exact
 * arithmetic, the predicates JTS's own Orientation uses) is a 1 kB module.
 */
import { orient2d } from 'robust-predicates';
import type { LonLat } from './types.js';

/**
 * Robust orientation of `c` relative to the line `a → b`: 1 left (counter-clockwise),
 * -1 right, 0 collinear. Exact for every pair of doubles.
 */
export function orient(a: LonLat, b: LonLat, c: LonLat): -1 | 0 | 1 {
  // robust-predicates' sign is the opposite of the usual one: positive means clockwise.
  const d = orient2d(a[0], a[1], b[0], b[1], c[0], c[1]);
  return d < 0 ? 1 : d > 0 ? -1 : 0;
}
