import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCrossings } from './intersections.js';
import { rect, star } from './test-fixtures.js';
import type { LonLat } from './types.js';

test('no crossings in simple rings, with holes touching the shell at one point allowed', () => {
  assert.deepEqual(findCrossings([rect(0, 0, 4, 4)]), []);
  assert.deepEqual(findCrossings([star([5, 52], 0.1, 300)]), []);
  const touchingHole: LonLat[] = [
    [0, 0],
    [1, 2],
    [2, 1],
    [0, 0],
  ];
  assert.deepEqual(findCrossings([rect(0, 0, 4, 4), touchingHole]), []);
});

test('a bow-tie crosses at its centre', () => {
  const c = findCrossings([
    [
      [0, 0],
      [2, 2],
      [2, 0],
      [0, 2],
      [0, 0],
    ],
  ]);
  assert.equal(c.length, 1);
  assert.deepEqual(c[0], { location: [1, 1], ring: 0, otherRing: 0, segment: 0 });
});

test('a spike (segment doubling back) is reported at its tip', () => {
  const c = findCrossings([
    [
      [0, 0],
      [2, 0],
      [2, 2],
      [2, 3],
      [2, 1],
      [0, 2],
      [0, 0],
    ],
  ]);
  assert.ok(
    c.some((x) => x.location[0] === 2 && x.location[1] === 3),
    JSON.stringify(c),
  );
});

test('a hole crossing the shell is reported with both rings', () => {
  const c = findCrossings([rect(0, 0, 4, 4), rect(3, 1, 5, 2)]);
  assert.equal(c.length, 2);
  for (const x of c) {
    assert.equal(x.ring, 0);
    assert.equal(x.otherRing, 1);
    assert.equal(x.location[0], 4);
  }
  assert.deepEqual(c.map((x) => x.location[1]).sort(), [1, 2]);
});

test('rings sharing a stretch of boundary are reported', () => {
  const c = findCrossings([
    rect(0, 0, 4, 4),
    [
      [0, 1],
      [1, 1],
      [1, 2],
      [0, 2],
      [0, 1],
    ],
  ]);
  assert.ok(c.length >= 1);
  assert.equal(c[0]?.location[0], 0);
});

test('the limit caps the number of crossings', () => {
  // A zig-zag crossing a long edge many times.
  const ring: LonLat[] = [
    [0, 0],
    [100, 0],
  ];
  for (let i = 99; i > 0; i -= 2) ring.push([i, 1], [i - 1, -1]);
  ring.push([0, 0]);
  assert.equal(findCrossings([ring], 5).length, 5);
});
