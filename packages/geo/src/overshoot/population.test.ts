import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromWgs84 } from '../crs.js';
import type { LonLat } from '../types.js';
import { loadDefaultBoundaryLayer } from '../admin.js';
import { placementOf } from './build.js';
import { populationFromBoundaries } from './population.js';
import { OvershootEngine } from './engine.js';
import { cbsSquareCentre, parsePopulation } from './parse.js';
import type { OvershootCell } from './types.js';

const SITE: LonLat = [5.0, 52.0];

function cell(over: Partial<OvershootCell>): OvershootCell {
  return {
    id: 'c',
    operator: 'A',
    position: SITE,
    azimuthDeg: null,
    beamwidthDeg: 65,
    heightM: 30,
    frequencyMhz: null,
    erpDbw: null,
    rangeM: 5000,
    environment: 'rural',
    ...over,
  };
}

/** The CBS id (metres, south-west corner) of the 100 m square `dx`, `dy` metres from the site. */
function squareId(dx: number, dy: number, hectometres = false): string {
  const [x, y] = fromWgs84(SITE, 'EPSG:28992');
  const e = Math.floor((x + dx) / 100) * 100;
  const n = Math.floor((y + dy) / 100) * 100;
  return hectometres ? `E${String(e / 100).padStart(4, '0')}N${n / 100}` : `E${e}N${n}`;
}

test('CBS grid ids: metres and hectometres, south-west corner to centre; nonsense is null', () => {
  assert.deepEqual(cbsSquareCentre('E121000N487000', 100), [121050, 487050]);
  assert.deepEqual(cbsSquareCentre('E1210N4870', 100), [121050, 487050]);
  assert.deepEqual(cbsSquareCentre('e0855n4441', 500), [85750, 444350]);
  assert.equal(cbsSquareCentre('N4870E1210', 100), null);
  assert.equal(cbsSquareCentre('E121000N87000', 100), null, 'y outside the Netherlands');
  assert.equal(cbsSquareCentre('', 100), null);
});

test('a CBS 100 m grid CSV (semicolons, secret counts) places residents on square centres', () => {
  const csv = [
    'crs28992res100m;aantal_inwoners;aantal_mannen',
    `${squareId(500, 0)};120;60`,
    `${squareId(3500, 0)};45;20`,
    `${squareId(0, -3500)};-99997;-99997`,
    `${squareId(8000, 0)};30;15`,
    `${squareId(0, 3500, true)};0;0`,
    'X12N34;10;5',
    '',
  ].join('\n');
  const r = parsePopulation(csv);
  assert.ok(r.ok);
  assert.equal(r.population.features.length, 3, 'zero and secret squares add nobody');
  assert.deepEqual(
    r.findings.map((f) => [f.code, f.severity, f.row ?? null]),
    [
      ['overshoot.population-grid-id', 'warning', 6],
      ['overshoot.population-secret', 'info', null],
    ],
  );
  assert.match(r.findings[1]!.message, /^1 population squares have a secret count/);
  assert.equal(placementOf(r.population), 'points');
  // Centres: 50 m beyond the south-west corner, back in RD New within a millimetre.
  const first = r.population.features[0]!;
  assert.equal(first.kind, 'point');
  if (first.kind === 'point') {
    const [x, y] = fromWgs84(first.position, 'EPSG:28992');
    const [ex, ey] = cbsSquareCentre(squareId(500, 0), 100)!;
    assert.ok(Math.abs(x - ex) < 1e-3 && Math.abs(y - ey) < 1e-3, `${x},${y}`);
  }

  // Used by the engine: a 5 km omni cell, a 2 km circle. The square 3.5 km out is in the
  // overshoot (45), the one 500 m out inside, the one 8 km out beyond reach — except at
  // path loss −10 dB (reach 9.6 km); at +10 dB (2.6 km) the overshoot holds nobody.
  const engine = OvershootEngine.create([cell({})], { population: r.population });
  assert.equal(engine.summary().populationPlacement, 'points');
  assert.equal(engine.summary().population, 195);
  const e = engine.estimate([{ type: 'Circle', center: SITE, radiusKm: 2 }]);
  assert.deepEqual(e.combined.overshootPopulation, { nominal: 45, low: 0, high: 45 + 30 });
  // Dutch messages for the same file.
  const nl = parsePopulation(csv, { lang: 'nl' });
  assert.match(nl.findings[1]!.message, /geheime waarde/);
});

test('municipal totals are spread evenly: placement "areas", residents in proportion to area', () => {
  const d = 0.1;
  const square: LonLat[] = [
    [SITE[0] - d, SITE[1] - d],
    [SITE[0] + d, SITE[1] - d],
    [SITE[0] + d, SITE[1] + d],
    [SITE[0] - d, SITE[1] + d],
    [SITE[0] - d, SITE[1] - d],
  ];
  const geojson = JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { gemeentenaam: 'Proefdorp', aantalInwoners: 10000 },
        geometry: { type: 'Polygon', coordinates: [square] },
      },
    ],
  });
  const r = parsePopulation(geojson);
  assert.equal(placementOf(r.population), 'areas');
  const engine = OvershootEngine.create([cell({})], { population: r.population });
  assert.equal(engine.summary().populationPlacement, 'areas');
  const e = engine.estimate([{ type: 'Circle', center: SITE, radiusKm: 2 }]);
  // 10000 residents over ~13.7 km × 22.2 km: the overshoot annulus (21π km²) holds its share
  // (the grid holds only the part of the municipality within reach).
  const density = 10000 / (0.2 * 111.2 * 0.2 * 111.3 * Math.cos((52 * Math.PI) / 180));
  const expected = density * Math.PI * 21;
  const got = e.combined.overshootPopulation!.nominal;
  assert.ok(Math.abs(got - expected) / expected < 0.05, `${got} vs ${expected}`);
  assert.equal(placementOf(undefined), 'none');
  assert.equal(OvershootEngine.create([cell({})]).summary().populationPlacement, 'none');
});

test('the embedded layer gives municipal totals: municipalities only, within a box', async () => {
  const layer = await loadDefaultBoundaryLayer();
  const all = populationFromBoundaries(layer);
  const total = all.features.reduce((sum, f) => sum + f.population, 0);
  // The Netherlands (~17.8 million, 2023) and Belgium (~11.5 million, 2020), counted once.
  assert.ok(total > 28e6 && total < 30.5e6, String(total));
  assert.ok(all.features.every((f) => f.kind === 'area'));
  // Around Rotterdam: a handful of municipalities, Rotterdam itself among them.
  const near = populationFromBoundaries(layer, [4.4, 51.88, 4.55, 51.95]);
  assert.ok(near.features.length >= 3 && near.features.length < 20, String(near.features.length));
  assert.ok(near.features.some((f) => f.population > 600000));
  assert.equal(placementOf(near), 'areas');
});
