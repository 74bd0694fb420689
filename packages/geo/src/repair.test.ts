import { test } from 'node:test';
import assert from 'node:assert/strict';
import { areaKm2 } from './measure.js';
import {
  applyRepair,
  closeRings,
  dropDuplicatePoints,
  fillHoles,
  makeValid,
  repairShape,
  rewind,
  swapAxes,
} from './repair.js';
import { signedRingArea } from './shapes.js';
import { BOWTIE, UTRECHT, poly, rect, star } from './test-fixtures.js';
import type { AreaShape, LonLat, MultiPolygonShape, PolygonShape } from './types.js';
import { validateShape } from './validate.js';

const codes = (shape: AreaShape): string[] => validateShape(shape).map((f) => f.code);

test('each finding’s repair removes that finding', () => {
  const cases: [string, AreaShape][] = [
    ['geo.ring-not-closed', poly(rect(5.105, 52.08, 5.14, 52.1).slice(0, 4))],
    [
      'geo.duplicate-points',
      poly([
        [5.1, 52.08],
        [5.12, 52.08],
        [5.12, 52.08],
        [5.12, 52.1],
        [5.1, 52.08],
      ] as LonLat[]),
    ],
    ['geo.self-intersection', BOWTIE],
    [
      'geo.ring-order',
      poly([...rect(5.11, 52.085, 5.12, 52.09)].reverse(), rect(5.105, 52.08, 5.14, 52.1)),
    ],
    [
      'geo.hole-outside-shell',
      poly(rect(5.105, 52.08, 5.14, 52.1), [...rect(5.2, 52.085, 5.21, 52.09)].reverse()),
    ],
    ['geo.winding-order', poly([...rect(5.105, 52.08, 5.14, 52.1)].reverse())],
    [
      'geo.has-holes',
      poly(rect(5.105, 52.08, 5.14, 52.1), [...rect(5.11, 52.085, 5.12, 52.09)].reverse()),
    ],
    ['geo.swapped-axes', swapAxes(UTRECHT)],
    ['geo.too-many-vertices', poly(star([5.12, 52.09], 0.02, 150))],
    [
      'geo.overlapping-parts',
      {
        type: 'MultiPolygon',
        coordinates: [[rect(5.1, 52.08, 5.12, 52.1)], [rect(5.11, 52.09, 5.13, 52.11)]],
      },
    ],
  ];
  for (const [code, shape] of cases) {
    const finding = validateShape(shape).find((f) => f.code === code);
    assert.ok(finding?.repair, `${code} offers a repair`);
    const result = applyRepair(shape, finding.repair);
    assert.deepEqual(result.findings, [], code);
    assert.ok(!codes(result.shape).includes(code), `${code} fixed: ${codes(result.shape)}`);
  }
});

test('makeValid keeps both lobes of a bow-tie (no area lost)', () => {
  const { shape, findings } = makeValid(BOWTIE);
  assert.deepEqual(findings, []);
  assert.equal(shape.type, 'MultiPolygon');
  const multi = shape as MultiPolygonShape;
  assert.equal(multi.coordinates.length, 2);
  // Each lobe: a triangle of half the 0.04° × 0.01° half-box.
  const expected = areaKm2(poly(rect(5.1, 52.08, 5.14, 52.1))) / 2;
  assert.ok(Math.abs(areaKm2(shape) - expected) / expected < 0.01, String(areaKm2(shape)));
  assert.deepEqual(codes(shape), []);
});

test('makeValid fixes ring order by taking the largest ring as the exterior', () => {
  const inner = [...rect(5.11, 52.085, 5.12, 52.09)].reverse();
  const { shape } = makeValid(poly(inner, rect(5.105, 52.08, 5.14, 52.1)));
  const p = shape as PolygonShape;
  assert.equal(p.type, 'Polygon');
  assert.equal(p.coordinates.length, 2);
  assert.ok(signedRingArea(p.coordinates[0] as LonLat[]) > 0);
  assert.ok(signedRingArea(p.coordinates[1] as LonLat[]) < 0);
});

test('makeValid drops degenerate rings and leaves circles alone', () => {
  const flat = makeValid(
    poly([
      [5, 52],
      [5.1, 52],
      [5.2, 52],
      [5, 52],
    ] as LonLat[]),
  );
  assert.deepEqual(flat.shape, { type: 'MultiPolygon', coordinates: [] });
  const circle: AreaShape = { type: 'Circle', center: [5, 52], radiusKm: 1 };
  assert.equal(makeValid(circle).shape, circle);
});

test('simple repairs', () => {
  assert.deepEqual(
    closeRings(
      poly([
        [0, 0],
        [1, 0],
        [1, 1],
      ] as LonLat[]),
    ).coordinates[0]?.at(-1),
    [0, 0],
  );
  assert.equal(
    dropDuplicatePoints(
      poly([
        [0, 0],
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ] as LonLat[]),
    ).coordinates[0]?.length,
    4,
  );
  assert.deepEqual(swapAxes({ type: 'Circle', center: [52, 5], radiusKm: 1 }).center, [5, 52]);
  assert.ok(
    signedRingArea(rewind(poly([...rect(0, 0, 1, 1)].reverse())).coordinates[0] as LonLat[]) > 0,
  );
  assert.equal(fillHoles(poly(rect(0, 0, 4, 4), rect(1, 1, 2, 2))).coordinates.length, 1);
});

test('repairShape fixes what it can and reports what is left', () => {
  // Swapped, unclosed, with a duplicate point: all repairable in one go.
  const messy = poly([
    [52.08, 5.105],
    [52.08, 5.14],
    [52.08, 5.14],
    [52.1, 5.14],
    [52.1, 5.105],
  ] as LonLat[]);
  const result = repairShape(messy);
  assert.deepEqual(
    result.applied.map((r) => r.kind),
    // No rewind: winding is not judged before the swap, and swapped this ring is fine.
    ['swap-axes', 'close-rings', 'drop-duplicates'],
  );
  assert.deepEqual(
    result.findings.filter((f) => f.severity !== 'info'),
    [],
  );
  // Holes and vertex limits only when asked.
  const holed = poly(
    rect(5.105, 52.08, 5.14, 52.1),
    [...rect(5.11, 52.085, 5.12, 52.09)].reverse(),
  );
  assert.deepEqual(
    repairShape(holed).findings.map((f) => f.code),
    ['geo.has-holes'],
  );
  assert.deepEqual(repairShape(holed, { fillHoles: true }).findings, []);
  const many = poly(star([5.12, 52.09], 0.02, 150));
  assert.deepEqual(
    repairShape(many).findings.map((f) => f.code),
    ['geo.too-many-vertices'],
  );
  const simplified = repairShape(many, { simplify: true });
  assert.deepEqual(simplified.findings, []);
  assert.deepEqual(simplified.applied, [{ kind: 'simplify', maxPoints: 100 }]);
});
