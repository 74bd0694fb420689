import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CliIo } from './io.js';
import { overshootCommand } from './overshoot.js';

const SAMPLE = new URL('../../geo/data/synthetic/rotterdam.geojson', import.meta.url);
const AREA = JSON.stringify({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [4.46, 51.905],
        [4.49, 51.905],
        [4.49, 51.925],
        [4.46, 51.925],
        [4.46, 51.905],
      ],
    ],
  },
});

function fakeIo(files: Record<string, string>): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
    readStdin: async () => new Uint8Array(),
    readFile: async (path: string) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
  };
  return io;
}

const files = { 'cells.geojson': readFileSync(SAMPLE, 'utf8'), 'area.geojson': AREA };

test('estimate prints every figure with its band, per network and combined', async () => {
  const io = fakeIo(files);
  const code = await overshootCommand(
    ['estimate', '--cells', 'cells.geojson', '--area', 'area.geojson', '--lang', 'en'],
    io,
  );
  assert.equal(code, 0, io.err);
  assert.match(io.out, /^Overshoot estimate — any-overlap/);
  assert.match(io.out, /band: path loss ±10 dB/);
  assert.match(io.out, /Overshoot area\s+[\d.,]+ km²\s+\([\d.,]+ – [\d.,]+\)/);
  assert.match(io.out, /Spill p95/);
  for (const op of ['Alpha', 'Bravo', 'Charlie']) assert.match(io.out, new RegExp(`\\n${op}\\n`));
  // The suggestion carries its band too, never one number alone.
  assert.match(
    io.out,
    /Tighter area: (move every edge [\d.]+ km inwards: [\d.,]+ km² \([\d.,]+ – [\d.,]+\) \(−\d+ %\), undershoot area [\d.,]+ km² \([\d.,]+ – [\d.,]+\)|no inset keeps)/,
  );
  assert.match(io.out, /Residents: not estimated \(no --population file given\)/);
});

test('population: municipal totals are said to be spread evenly; a CBS grid is said to be a grid', async () => {
  const municipality = JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { gemeentenaam: 'Rotterdam', aantalInwoners: 655468 },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [4.35, 51.85],
              [4.6, 51.85],
              [4.6, 51.99],
              [4.35, 51.99],
              [4.35, 51.85],
            ],
          ],
        },
      },
    ],
  });
  const io = fakeIo({ ...files, 'gemeenten.geojson': municipality });
  const args = ['estimate', '--cells', 'cells.geojson', '--area', 'area.geojson'];
  assert.equal(await overshootCommand([...args, '--population', 'gemeenten.geojson'], io), 0);
  assert.match(io.out, /Residents: estimated from municipal totals, spread evenly/);
  assert.match(io.out, /Residents there\s+[\d,]+\s+\([\d,]+ – [\d,]+\)/);
  const json = fakeIo({ ...files, 'gemeenten.geojson': municipality });
  await overshootCommand([...args, '--population', 'gemeenten.geojson', '--json'], json);
  const out = JSON.parse(json.out) as { population: { placement: string; onGrid: number } };
  assert.equal(out.population.placement, 'areas');
  assert.ok(out.population.onGrid > 0 && out.population.onGrid <= 655468);
  // A CBS 100 m grid (current ids in metres), in Dutch.
  const grid = 'crs28992res100m;aantal_inwoners\nE092400N437300;85\nE092500N437300;-99997\n';
  const nl = fakeIo({ ...files, 'cbs.csv': grid });
  assert.equal(
    await overshootCommand([...args, '--population', 'cbs.csv', '--lang', 'nl'], nl),
    0,
    nl.err,
  );
  assert.match(nl.out, /Inwoners: uit een bevolkingsraster/);
  assert.match(nl.out, /1 bevolkingsvierkanten hebben een geheime waarde/);
});

test('--json carries the bands, the selected cell ids and the suggestion; Dutch text with --lang nl', async () => {
  const io = fakeIo(files);
  const code = await overshootCommand(
    [
      'overshoot',
      'estimate',
      '--cells',
      'cells.geojson',
      '--area',
      'area.geojson',
      '--json',
      '--mode',
      'geofence',
    ],
    io,
  );
  assert.equal(code, 0, io.err);
  const out = JSON.parse(io.out) as {
    mode: string;
    combined: { overshootAreaKm2: { nominal: number; low: number; high: number } };
    selectedCells: string[];
    legacy?: unknown;
    suggestion?: unknown;
  };
  assert.equal(out.mode, 'geofence');
  assert.ok(out.combined.overshootAreaKm2.low <= out.combined.overshootAreaKm2.high);
  assert.ok(out.selectedCells.every((id) => /^(Alpha|Bravo|Charlie)-/.test(id)));
  assert.ok(out.legacy && out.suggestion);
  const nl = fakeIo(files);
  await overshootCommand(
    [
      'estimate',
      '--cells',
      'cells.geojson',
      '--area',
      'area.geojson',
      '--lang',
      'nl',
      '--no-suggest',
    ],
    nl,
  );
  assert.match(nl.out, /^Overloopschatting/);
  assert.doesNotMatch(nl.out, /Krapper gebied/);
});

test('bad cell rows stop the estimate with one line per row (exit 1)', async () => {
  const io = fakeIo({
    'cells.csv':
      'operator,lon,lat,frequency_mhz,erp_dbw\nA,4.47,51.92,800,abc\nA,4.47,51.92,9000,30\n',
    'area.geojson': AREA,
  });
  const code = await overshootCommand(
    ['estimate', '--cells', 'cells.csv', '--area', 'area.geojson'],
    io,
  );
  assert.equal(code, 1);
  assert.match(io.err, /line 2 rows\[1\]\.erp_dbw: Row 1, erp_dbw: “abc” is not a number/);
  assert.match(io.err, /Row 2, frequency_mhz: 9000 is outside 100–6000 MHz/);
});

test('usage errors exit 2', async () => {
  const cases: [string[], RegExp][] = [
    [['estimate', '--area', 'area.geojson'], /Missing --cells/],
    [
      ['estimate', '--cells', 'cells.geojson', '--area', 'area.geojson', '--mode', 'all'],
      /Unknown mode/,
    ],
    [
      ['estimate', '--cells', 'missing.csv', '--area', 'area.geojson'],
      /Cannot read missing\.csv: no such file/,
    ],
    [['forecast'], /Unknown command/],
    [
      ['estimate', '--cells', 'cells.geojson', '--area', 'area.geojson', '--sweep', 'lots'],
      /--sweep must be/,
    ],
  ];
  for (const [argv, message] of cases) {
    const io = fakeIo(files);
    assert.equal(await overshootCommand(argv, io), 2, argv.join(' '));
    assert.match(io.err, message);
  }
  const help = fakeIo(files);
  assert.equal(await overshootCommand(['--help'], help), 0);
  assert.match(help.out, /sirene overshoot estimate --cells FILE --area FILE/);
});
