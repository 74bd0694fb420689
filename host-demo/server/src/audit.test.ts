import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson, entryHash, GENESIS } from './audit.js';
import { pointInRing, cellsForAlert, gridCellsForAlert } from './targeting.js';
import { networkCsv } from './channels/network.js';
import { sampleCap } from './test/fixtures.js';
import { alertFromJson, type LonLat } from '@sirene/core';
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

test('point in polygon: inside, outside, on the edge; cells come from the network model', async () => {
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
  const cells = await cellsForAlert(read.alert);
  assert.equal(new Set(cells).size, cells.length);
  // Rotterdam-Centrum lies in the synthetic network: the cells are the network's, as the
  // overshoot model selects them, and all three operators broadcast.
  assert.ok(cells.length > 10, String(cells.length));
  for (const op of ['Alpha', 'Bravo', 'Charlie']) {
    assert.ok(
      cells.some((c) => c.startsWith(`${op}:`)),
      `${op} missing: ${cells.slice(0, 5).join()}`,
    );
  }
  // LB-SMS selects the cells whose mast stands in the area; every mast of those lies inside.
  const sites = await cellsForAlert(read.alert, 'site-inside');
  assert.ok(sites.length > 0 && sites.every((c) => c.includes(':')));
  const csv = (await networkCsv()).split('\n').slice(1);
  const areaRing = (read.alert.infos[0]?.areas[0]?.polygons[0] ?? []) as LonLat[];
  for (const id of sites) {
    const row = csv.find((line) => line.startsWith(`${id.split(':')[1]},`))!.split(',');
    assert.ok(pointInRing([Number(row[2]), Number(row[3])], areaRing), id);
  }
  // A larger area in the network never gets fewer cells (monotonic).
  const wide = alertFromJson(
    sampleCap({
      identifier: 'T-2',
      sender: 'test@sirene.example',
      sent: '2026-11-23T03:12:00+01:00',
      infos: (sampleCap().infos as Record<string, unknown>[]).map((info) => ({
        ...info,
        areas: [
          {
            areaDesc: 'Rotterdam',
            polygons: [
              [
                [4.4, 51.88],
                [4.56, 51.88],
                [4.56, 51.96],
                [4.4, 51.96],
                [4.4, 51.88],
              ],
            ],
            circles: [],
            geocodes: [],
          },
        ],
      })),
    }),
  );
  assert.ok(wide.ok);
  const wideCells = await cellsForAlert(wide.alert);
  assert.ok(cells.every((c) => wideCells.includes(c)));
  // Outside the network (Brussels): the simulated grid, so an alert still has cells.
  const brussels = alertFromJson(
    sampleCap({
      identifier: 'T-3',
      sender: 'test@sirene.example',
      sent: '2026-11-23T03:12:00+01:00',
      infos: (sampleCap().infos as Record<string, unknown>[]).map((info) => ({
        ...info,
        areas: [
          {
            areaDesc: 'Brussel',
            polygons: [],
            circles: [{ center: [4.35, 50.85], radiusKm: 3 }],
            geocodes: [],
          },
        ],
      })),
    }),
  );
  assert.ok(brussels.ok);
  const grid = await cellsForAlert(brussels.alert);
  assert.deepEqual(grid, gridCellsForAlert(brussels.alert));
  assert.ok(grid.length >= 4 && grid.length < 100, String(grid.length));
});

test('Accept-Language: Dutch when asked, English otherwise', () => {
  assert.equal(langOf('nl-NL,nl;q=0.9,en;q=0.8'), 'nl');
  assert.equal(langOf('en-GB,nl;q=0.5'), 'en');
  assert.equal(langOf('fr-BE,nl;q=0.5'), 'nl');
  assert.equal(langOf(undefined), 'en');
});
