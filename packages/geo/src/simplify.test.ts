import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { coversPolygons } from './jts.js';
import { areaKm2 } from './measure.js';
import { shapePolygons } from './shapes.js';
import { MIN_SIMPLIFY_POINTS, outerSimplifyRing, simplifyToLimit } from './simplify.js';
import { BOWTIE, UTRECHT, poly, rect, star } from './test-fixtures.js';
import type { AreaShape, LonLat } from './types.js';
import { validateShape } from './validate.js';

const maxPoints = (shape: AreaShape): number =>
  Math.max(...shapePolygons(shape).map((r) => r[0]?.length ?? 0));

test('a 401-point star becomes 100 points that contain it, and the added area is reported', () => {
  const drawn = poly(star([5.12, 52.09], 0.05, 400));
  const r = simplifyToLimit(drawn, 100);
  assert.equal(r.pointsBefore, 401);
  assert.equal(r.pointsAfter, 100);
  assert.equal(maxPoints(r.shape), 100);
  assert.equal(r.covers, true);
  assert.ok(coversPolygons(shapePolygons(r.shape), shapePolygons(drawn)));
  assert.ok(r.addedKm2 > 0 && r.addedFraction < 0.1, String(r.addedFraction));
  assert.ok(Math.abs(r.areaAfterKm2 - r.areaBeforeKm2 - r.addedKm2) < 1e-9);
  assert.equal(r.findings.length, 1);
  assert.equal(r.findings[0]?.code, 'geo.simplified');
  assert.match(r.findings[0]?.message ?? '', /from 401 to 100 points/);
  assert.deepEqual(validateShape(r.shape), []);
});

test('within the limit nothing changes', () => {
  const r = simplifyToLimit(UTRECHT, 100);
  assert.deepEqual(r.shape, UTRECHT);
  assert.equal(r.addedKm2, 0);
  assert.deepEqual(r.findings, []);
});

test('property: any star-shaped ring is contained and within the limit', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 20, max: 400 }),
      fc.integer({ min: MIN_SIMPLIFY_POINTS, max: 60 }),
      fc.integer({ min: 2, max: 40 }),
      fc.double({ min: 0.001, max: 0.2, noNaN: true }),
      (n, limit, wobble, radius) => {
        const drawn = poly(star([5.12, 52.09], radius, n, wobble));
        const r = simplifyToLimit(drawn, limit);
        assert.ok(maxPoints(r.shape) <= Math.max(limit, MIN_SIMPLIFY_POINTS));
        assert.equal(r.covers, true);
        assert.ok(coversPolygons(shapePolygons(r.shape), shapePolygons(drawn)));
        assert.ok(r.areaAfterKm2 >= r.areaBeforeKm2 - 1e-9);
      },
    ),
    { numRuns: 80 },
  );
});

test('property: random simple polygons (vertices sorted by angle) are contained', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.integer({ min: 0, max: 719 }), { minLength: 8, maxLength: 200 }),
      fc.array(fc.integer({ min: 5, max: 100 }), { minLength: 200, maxLength: 200 }),
      fc.integer({ min: MIN_SIMPLIFY_POINTS, max: 20 }),
      (angles, radii, limit) => {
        const pts = [...angles]
          .sort((a, b) => a - b)
          .map((deg, i) => {
            const a = (deg / 2) * (Math.PI / 180);
            const r = 0.0005 * (radii[i] ?? 50);
            return [5.12 + r * Math.cos(a), 52.09 + r * Math.sin(a)] as LonLat;
          });
        const drawn = poly([...pts, pts[0] as LonLat]);
        fc.pre(
          validateShape(drawn, { checkWinding: false }).every(
            (f) => f.severity !== 'error' || f.code === 'geo.too-many-vertices',
          ),
        );
        const r = simplifyToLimit(drawn, limit);
        assert.ok(maxPoints(r.shape) <= limit);
        assert.equal(r.covers, true);
        assert.ok(coversPolygons(shapePolygons(r.shape), shapePolygons(drawn)));
      },
    ),
    { numRuns: 150 },
  );
});

test('a circle becomes the polygon of maxPoints − 1 vertices that contains it', () => {
  const r = simplifyToLimit({ type: 'Circle', center: [5.12, 52.09], radiusKm: 3 }, 20);
  assert.equal(r.pointsAfter, 20);
  assert.equal(r.pointsBefore, 0);
  assert.ok(r.addedFraction > 0 && r.addedFraction < 0.05, String(r.addedFraction));
});

test('holes of simplified polygons are filled and counted; MultiPolygon parts each within the limit', () => {
  const holed = poly(
    star([5.12, 52.09], 0.05, 200),
    [...rect(5.11, 52.085, 5.12, 52.09)].reverse(),
  );
  const r = simplifyToLimit(holed, 50);
  assert.equal(r.holesFilled, 1);
  assert.equal(r.covers, true);
  const multi: AreaShape = {
    type: 'MultiPolygon',
    coordinates: [[star([5.0, 52.0], 0.02, 120)], [rect(5.3, 52.3, 5.31, 52.31)]],
  };
  const m = simplifyToLimit(multi, 30);
  assert.equal(m.shape.type, 'MultiPolygon');
  const parts = shapePolygons(m.shape);
  assert.equal(parts[0]?.[0]?.length, 30);
  assert.deepEqual(parts[1], [rect(5.3, 52.3, 5.31, 52.31)]);
  assert.equal(m.covers, true);
});

test('invalid input is made valid first; the limit is at least 5 points', () => {
  const r = simplifyToLimit(BOWTIE, 100);
  assert.equal(r.covers, true);
  assert.ok(Math.abs(r.areaAfterKm2 - areaKm2(poly(rect(5.1, 52.08, 5.14, 52.1))) / 2) < 0.01);
  const tiny = simplifyToLimit(poly(star([5.12, 52.09], 0.02, 50)), 3);
  assert.equal(tiny.pointsAfter, 5);
  assert.equal(tiny.covers, true);
});

test('outerSimplifyRing reduces a convex polygon by extending edges', () => {
  const octagon: LonLat[] = [];
  for (let i = 0; i < 8; i++)
    octagon.push([Math.cos((i * Math.PI) / 4), Math.sin((i * Math.PI) / 4)]);
  const out = outerSimplifyRing(octagon, 4);
  assert.equal(out.length, 4);
  // Every original vertex is inside or on the result (a square around the octagon).
  const xs = out.map((p) => Math.abs(p[0]));
  assert.ok(Math.max(...xs) >= 1);
});
