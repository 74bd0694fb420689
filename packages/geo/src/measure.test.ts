import { test } from 'node:test';
import assert from 'node:assert/strict';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { areaKm2, circleAreaKm2, measure } from './measure.js';
import { poly, rect } from './test-fixtures.js';
import type { LonLat, PolygonShape } from './types.js';

test('a 0.1° × 0.1° cell at 52° N: area, perimeter, bbox, vertex count', () => {
  const m = measure(poly(rect(5, 52, 5.1, 52.1)));
  // 0.1° lat = 11.12 km; 0.1° lon at 52.05° = 6.85 km.
  assert.ok(Math.abs(m.areaKm2 - 76.2) < 0.5, String(m.areaKm2));
  assert.ok(Math.abs(m.perimeterKm - 2 * (11.12 + 6.85)) < 0.2, String(m.perimeterKm));
  assert.equal(m.vertexCount, 4);
  assert.equal(m.maxPolygonPoints, 5);
  assert.deepEqual(m.bbox, [5, 52, 5.1, 52.1]);
  assert.ok(m.centroid);
  assert.ok(Math.abs(m.centroid[0] - 5.05) < 1e-9 && Math.abs(m.centroid[1] - 52.05) < 1e-9);
});

test('holes are subtracted and counted; unclosed rings are measured as closed', () => {
  const withHole = poly(rect(5, 52, 5.1, 52.1), [...rect(5.02, 52.02, 5.08, 52.08)].reverse());
  const m = measure(withHole);
  assert.ok(Math.abs(m.areaKm2 - 76.2 * (1 - 0.36)) < 0.5, String(m.areaKm2));
  assert.equal(m.vertexCount, 8);
  const open = measure(poly(rect(5, 52, 5.1, 52.1).slice(0, 4)));
  assert.ok(Math.abs(open.areaKm2 - 76.2) < 0.5);
  assert.equal(open.maxPolygonPoints, 5);
});

test('the label point lies inside, even for a U shape whose centroid does not', () => {
  const u: PolygonShape = poly([
    [5, 52],
    [5.1, 52],
    [5.1, 52.1],
    [5.08, 52.1],
    [5.08, 52.02],
    [5.02, 52.02],
    [5.02, 52.1],
    [5, 52.1],
    [5, 52],
  ] as LonLat[]);
  const m = measure(u);
  assert.ok(m.labelPoint);
  assert.ok(booleanPointInPolygon(m.labelPoint, u));
  assert.ok(m.centroid && !booleanPointInPolygon(m.centroid, u));
});

test('circles: spherical cap area, circumference, centre as centroid', () => {
  const m = measure({ type: 'Circle', center: [5, 52], radiusKm: 10 });
  assert.ok(Math.abs(m.areaKm2 - Math.PI * 100) < 0.1, String(m.areaKm2));
  assert.ok(Math.abs(m.perimeterKm - 2 * Math.PI * 10) < 0.01);
  assert.deepEqual(m.centroid, [5, 52]);
  assert.equal(m.vertexCount, 0);
  assert.ok(m.bbox && Math.abs(m.bbox[3] - 52 - 10 / 111.2) < 0.001);
  assert.equal(areaKm2({ type: 'Circle', center: [5, 52], radiusKm: 10 }), circleAreaKm2(10));
});

test('empty shapes measure zero with null places', () => {
  const m = measure(poly());
  assert.deepEqual(m, {
    areaKm2: 0,
    perimeterKm: 0,
    vertexCount: 0,
    maxPolygonPoints: 0,
    bbox: null,
    centroid: null,
    labelPoint: null,
  });
  assert.equal(areaKm2({ type: 'MultiPolygon', coordinates: [] }), 0);
});
