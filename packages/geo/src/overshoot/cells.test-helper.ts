/** Shared by the overshoot engine's tests: one test site, a cell builder, tolerances. */
import assert from 'node:assert/strict';
import type { AreaShape, LonLat } from '../types.js';
import type { OvershootCell } from './types.js';

export const SITE: LonLat = [5.0, 52.0];
/** Slope of the path-loss line for a 30 m mast: 44.9 − 6.55·log10(30). */
export const B30 = 44.9 - 6.55 * Math.log10(30);

/** An omni rural cell at {@link SITE}, 30 m high, with the given fields replaced. */
export function cell(over: Partial<OvershootCell>): OvershootCell {
  return {
    id: 'c',
    operator: 'A',
    position: SITE,
    azimuthDeg: null,
    beamwidthDeg: 65,
    heightM: 30,
    frequencyMhz: null,
    erpDbw: null,
    rangeM: null,
    environment: 'rural',
    ...over,
  };
}

export function circle(center: LonLat, radiusKm: number): AreaShape {
  return { type: 'Circle', center, radiusKm };
}

/** Asserts `actual` is within `relative` of `expected`. */
export function near(actual: number, expected: number, relative: number, what: string): void {
  assert.ok(
    Math.abs(actual - expected) <= relative * Math.max(Math.abs(expected), 1e-9),
    `${what}: ${actual} vs ${expected}`,
  );
}
