import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import {
  circleToPolygon,
  closeRing,
  destination,
  distanceKm,
  dropConsecutiveDuplicates,
  isClosed,
  polygonsToShape,
  ringVertexCount,
  signedRingArea,
} from './shapes.js';
import { rect } from './test-fixtures.js';
import type { LonLat } from './types.js';

test('distance and destination agree (Utrecht → Amsterdam is about 35 km)', () => {
  const utrecht: LonLat = [5.1214, 52.0907];
  const amsterdam: LonLat = [4.9041, 52.3676];
  const d = distanceKm(utrecht, amsterdam);
  assert.ok(d > 33 && d < 37, String(d));
  const north = destination(utrecht, 10, 0);
  assert.ok(Math.abs(distanceKm(utrecht, north) - 10) < 1e-9);
  assert.ok(Math.abs(north[0] - utrecht[0]) < 1e-12);
  assert.ok(north[1] > utrecht[1]);
});

test('ring helpers: close, drop duplicates, orientation, vertex count', () => {
  const open: LonLat[] = [
    [0, 0],
    [1, 0],
    [1, 1],
  ];
  assert.equal(isClosed(open), false);
  assert.deepEqual(closeRing(open), [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 0],
  ]);
  assert.deepEqual(
    dropConsecutiveDuplicates([
      [0, 0],
      [0, 0],
      [1, 0],
      [1, 0],
      [0, 0],
    ]),
    [
      [0, 0],
      [1, 0],
      [0, 0],
    ],
  );
  assert.ok(signedRingArea(rect(0, 0, 2, 1)) === 2);
  assert.ok(signedRingArea([...rect(0, 0, 2, 1)].reverse()) === -2);
  assert.equal(ringVertexCount(rect(0, 0, 1, 1)), 4);
  assert.equal(polygonsToShape([[rect(0, 0, 1, 1)]]).type, 'Polygon');
  assert.equal(polygonsToShape([]).type, 'MultiPolygon');
});

test('circleToPolygon contains the circle (property: every point on the circle is inside)', () => {
  fc.assert(
    fc.property(
      fc.double({ min: 3.3, max: 7.2, noNaN: true }),
      fc.double({ min: 49.5, max: 53.5, noNaN: true }),
      fc.double({ min: 0.05, max: 60, noNaN: true }),
      fc.integer({ min: 8, max: 100 }),
      (lon, lat, radiusKm, segments) => {
        const polygon = circleToPolygon(
          { type: 'Circle', center: [lon, lat], radiusKm },
          { segments },
        );
        const ring = polygon.coordinates[0] as LonLat[];
        assert.equal(ring.length, segments + 1);
        assert.ok(signedRingArea(ring) > 0, 'counter-clockwise');
        for (let k = 0; k < 72; k++) {
          const onCircle = destination([lon, lat], radiusKm, k * 5 + 2.5);
          assert.ok(booleanPointInPolygon(onCircle, polygon), `bearing ${k * 5 + 2.5}`);
        }
      },
    ),
    { numRuns: 60 },
  );
});

test('circleToPolygon with contain: false puts the vertices on the circle', () => {
  const polygon = circleToPolygon(
    { type: 'Circle', center: [5, 52], radiusKm: 3 },
    { segments: 16, contain: false },
  );
  for (const p of (polygon.coordinates[0] as LonLat[]).slice(0, -1)) {
    assert.ok(Math.abs(distanceKm([5, 52], p) - 3) < 1e-9);
  }
});
