import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson, entryHash, GENESIS } from './audit.js';
import { pointInRing, cellsForAlert } from './targeting.js';
import { sampleCap } from './test/fixtures.js';
import { alertFromJson } from '@sirene/core';
import { langOf } from './problems.js';

test('canonical JSON sorts keys at every level, so equal content hashes alike', () => {
  assert.equal(
    canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } }),
    '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
  );
  const entry = {
    seq: 1,
    at: '2026-11-23T02:12:00.000Z',
    userId: 3,
    username: 'u',
    action: 'x',
    alertId: null,
    details: { b: 1, a: 2 },
    prevHash: GENESIS,
  };
  assert.equal(entryHash(entry), entryHash({ ...entry, details: { a: 2, b: 1 } }));
  assert.notEqual(entryHash(entry), entryHash({ ...entry, username: 'v' }));
  assert.notEqual(entryHash(entry), entryHash({ ...entry, prevHash: '1'.repeat(64) }));
});

test('point in polygon: inside, outside, on the edge; cells cover the area', () => {
  const ring: [number, number][] = [
    [0, 0],
    [2, 0],
    [2, 2],
    [0, 2],
    [0, 0],
  ];
  assert.equal(pointInRing([1, 1], ring), true);
  assert.equal(pointInRing([3, 1], ring), false);
  assert.equal(pointInRing([2, 1], ring), true);
  const read = alertFromJson(
    sampleCap({
      identifier: 'T-1',
      sender: 'test@sirene.example',
      sent: '2026-11-23T03:12:00+01:00',
    }),
  );
  assert.ok(read.ok);
  const cells = cellsForAlert(read.alert);
  assert.ok(cells.length >= 4 && cells.length < 100, String(cells.length));
  assert.equal(new Set(cells).size, cells.length);
});

test('Accept-Language: Dutch when asked, English otherwise', () => {
  assert.equal(langOf('nl-NL,nl;q=0.9,en;q=0.8'), 'nl');
  assert.equal(langOf('en-GB,nl;q=0.5'), 'en');
  assert.equal(langOf('fr-BE,nl;q=0.5'), 'nl');
  assert.equal(langOf(undefined), 'en');
});
