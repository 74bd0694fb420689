import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadDefaultBoundaryLayer } from '../admin.js';
import type { PolygonShape } from '../types.js';
import { parseCells } from './parse.js';
import { cellsToCsv, generateSyntheticNetwork, mulberry32 } from './synthetic.js';

function square(lon: number, lat: number, d: number): PolygonShape {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + d, lat],
        [lon + d, lat + d],
        [lon, lat + d],
        [lon, lat],
      ],
    ],
  };
}

test('mulberry32 is deterministic and uniform enough', () => {
  const a = mulberry32(1);
  const b = mulberry32(1);
  const xs = Array.from({ length: 10000 }, () => a());
  assert.deepEqual(
    xs.slice(0, 5),
    Array.from({ length: 5 }, () => b()),
  );
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  assert.ok(Math.abs(mean - 0.5) < 0.01 && Math.min(...xs) >= 0 && Math.max(...xs) < 1);
});

test('same seed, same network; sites follow residents; fields are realistic', () => {
  const areas = [
    { shape: square(4.4, 51.9, 0.1), population: 300_000 },
    { shape: square(6.4, 52.8, 0.1), population: 5_000 },
  ];
  const one = generateSyntheticNetwork(areas, { seed: 5 });
  assert.deepEqual(generateSyntheticNetwork(areas, { seed: 5 }), one);
  assert.notDeepEqual(generateSyntheticNetwork(areas, { seed: 6 }), one);
  const sites = (inCity: boolean) =>
    new Set(one.filter((c) => c.position[0] < 5 === inCity).map((c) => c.position.join())).size;
  assert.ok(sites(true) > 5 * sites(false), `${sites(true)} vs ${sites(false)}`);
  assert.deepEqual([...new Set(one.map((c) => c.operator))].sort(), ['Alpha', 'Bravo', 'Charlie']);
  for (const c of one) {
    assert.ok([800, 1800, 2100, 2600].includes(c.frequencyMhz ?? 0));
    assert.ok(c.erpDbw !== null && c.erpDbw >= 25 && c.erpDbw <= 33);
    assert.ok(c.heightM >= 20 && c.heightM <= 60);
    assert.ok(c.azimuthDeg !== null && c.azimuthDeg >= 0 && c.azimuthDeg < 360);
  }
  // Three sectors per site and band, about 120° apart.
  const site = one.filter(
    (c) => c.position.join() === one[0]!.position.join() && c.frequencyMhz === 800,
  );
  assert.equal(site.length, 3);
  const az = site.map((c) => c.azimuthDeg as number).sort((x, y) => x - y);
  assert.ok(Math.abs(az[1]! - az[0]! - 120) <= 20 && Math.abs(az[2]! - az[1]! - 120) <= 20);
});

test('a target cell count is met exactly, spread over the whole box', () => {
  const areas = [
    { shape: square(4, 52, 0.5), population: 200_000 },
    { shape: square(5, 52, 0.5), population: 200_000 },
  ];
  const cells = generateSyntheticNetwork(areas, { targetCells: 600 });
  assert.equal(cells.length, 600);
  const west = cells.filter((c) => c.position[0] < 4.75).length;
  assert.ok(west > 200 && west < 400, String(west));
});

test('the committed samples are what the generator makes from the embedded municipalities', async () => {
  const layer = await loadDefaultBoundaryLayer();
  const municipalities = layer.areas
    .filter((a) => a.country === 'NL' && a.level === 'municipality')
    .map((a) => ({ shape: a.shape, population: a.population ?? 0 }));
  const cells = generateSyntheticNetwork(municipalities, {
    bbox: [4.43, 51.89, 4.52, 51.94],
    seed: 20240901,
  });
  const file = readFileSync(new URL('../../data/synthetic/rotterdam.csv', import.meta.url), 'utf8');
  assert.equal(cellsToCsv(cells), file);
  assert.deepEqual(parseCells(file).cells, cells);
});
