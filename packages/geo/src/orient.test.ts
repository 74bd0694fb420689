import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orient } from './orient.js';

test('orient: left is 1 (counter-clockwise), right -1, on the line 0', () => {
  assert.equal(orient([0, 0], [1, 0], [0, 1]), 1);
  assert.equal(orient([0, 0], [1, 0], [0, -1]), -1);
  assert.equal(orient([0, 0], [1, 0], [2, 0]), 0);
});

test('orient is exact where the floating-point determinant is not', () => {
  // Exactly collinear (x = y), though 0.1, 0.2, 0.3 are not exact in binary.
  assert.equal(orient([0.1, 0.1], [0.2, 0.2], [0.3, 0.3]), 0);
  // One ulp above the line y = x: to the left of a → b.
  const up = 0.30000000000000004;
  assert.equal(orient([0.1, 0.1], [0.2, 0.2], [0.3, up]), 1);
  assert.equal(orient([0.1, 0.1], [0.2, 0.2], [up, 0.3]), -1);
  // Far from the origin, where the naive determinant rounds to zero.
  const big = 1e15;
  assert.equal(orient([big, big], [big + 2, big + 2], [big + 1, big + 1 + 0.25]), 1);
});
