import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseCells, parseCellsCsv, parseCellsGeoJson, parsePopulation } from './parse.js';

const HEAD = 'id,operator,lon,lat,azimuth_deg,beamwidth_deg,height_m,frequency_mhz,erp_dbw,range_m';

test('a good CSV row becomes a cell; absent azimuth means omni, defaults fill the rest', () => {
  const r = parseCellsCsv(
    `${HEAD}\nA1,Alpha,4.47,51.92,120,,35,800,29.5,\nA2,Alpha,4.48,51.93,,,,,,3000\n`,
  );
  assert.ok(r.ok, JSON.stringify(r.findings));
  assert.equal(r.rows, 2);
  assert.deepEqual(r.cells[0], {
    id: 'A1',
    operator: 'Alpha',
    position: [4.47, 51.92],
    azimuthDeg: 120,
    beamwidthDeg: 65,
    heightM: 35,
    frequencyMhz: 800,
    erpDbw: 29.5,
    rangeM: null,
    environment: null,
  });
  // A known range stands in for frequency and power.
  assert.equal(r.cells[1]?.azimuthDeg, null);
  assert.equal(r.cells[1]?.rangeM, 3000);
  assert.equal(r.cells[1]?.heightM, 30);
});

test('one finding per bad row, naming row, line, column and what to do; good rows are kept', () => {
  const text = [
    HEAD,
    'ok,Alpha,4.47,51.92,0,65,30,800,29,',
    'bad-number,Alpha,4.47,51.92,north,65,30,800,29,',
    'bad-range,Alpha,4.47,51.92,0,65,30,800,99,',
    'no-power,Alpha,4.47,51.92,0,65,30,800,,',
    'short,Alpha,4.47',
    'swapped,Alpha,51.92,4.47,0,65,30,800,29,',
    'nowhere,Alpha,4.47,200,0,65,30,800,29,',
  ].join('\n');
  const r = parseCellsCsv(text);
  assert.equal(r.ok, false);
  assert.deepEqual(
    r.cells.map((c) => c.id),
    ['ok'],
  );
  const byRow = new Map(r.findings.map((f) => [f.row, f]));
  const number = byRow.get(2);
  assert.equal(number?.code, 'overshoot.cell-not-number');
  assert.equal(number?.field, 'azimuth_deg');
  assert.equal(number?.column, 5);
  assert.equal(number?.line, 3);
  assert.match(number?.message ?? '', /Row 2, azimuth_deg: “north” is not a number/);
  const range = byRow.get(3);
  assert.equal(range?.code, 'overshoot.cell-out-of-range');
  assert.match(range?.message ?? '', /99 is outside -20–45 dBW/);
  assert.equal(byRow.get(4)?.code, 'overshoot.cell-missing');
  assert.match(byRow.get(4)?.message ?? '', /erp_dbw.*range_m/);
  assert.equal(byRow.get(5)?.code, 'overshoot.csv-field-count');
  assert.equal(byRow.get(6)?.code, 'overshoot.cell-position');
  assert.match(byRow.get(6)?.message ?? '', /look swapped/);
  assert.equal(byRow.get(7)?.code, 'overshoot.cell-position');
  assert.match(byRow.get(7)?.message ?? '', /Give lon\/lat in degrees/);
  assert.equal(r.findings.filter((f) => f.severity === 'error').length, 6);
});

test('messages in Dutch', () => {
  const r = parseCellsCsv(`${HEAD}\nx,Alpha,4.47,51.92,0,65,30,800,abc,\n`, { lang: 'nl' });
  assert.match(r.findings[0]?.message ?? '', /^Rij 1, erp_dbw: “abc” is geen getal/);
});

test('x/y columns need a CRS; with EPSG:28992 they are Dutch grid metres', () => {
  const text = 'operator,x,y,frequency_mhz,erp_dbw\nAlpha,155000,463000,800,30\n';
  const without = parseCellsCsv(text);
  assert.deepEqual(
    without.findings.map((f) => f.code),
    ['overshoot.crs-required'],
  );
  const r = parseCellsCsv(text, { crs: 'EPSG:28992' });
  assert.ok(r.ok);
  const [lon, lat] = r.cells[0]!.position;
  // The origin of the Dutch grid: Amersfoort, 52.1552° N 5.3872° E (WGS84).
  assert.ok(Math.abs(lon - 5.3872) < 0.001 && Math.abs(lat - 52.1552) < 0.001, `${lon} ${lat}`);
});

test('semicolon CSV with decimal commas (Dutch spreadsheets), aliases, omni and environment', () => {
  const r = parseCellsCsv(
    'operator;lon;lat;hoofdstraalrichting;hoogte;frequentie;vermogen;environment;note\nAlpha;4,47;51,92;omni;32,5;800;29,5;URBAN;x\n',
  );
  assert.ok(r.ok, JSON.stringify(r.findings));
  assert.equal(r.cells[0]?.azimuthDeg, null);
  assert.equal(r.cells[0]?.heightM, 32.5);
  assert.equal(r.cells[0]?.erpDbw, 29.5);
  assert.equal(r.cells[0]?.environment, 'urban');
  assert.deepEqual(
    r.findings.map((f) => [f.code, f.severity, f.field]),
    [['overshoot.unknown-column', 'info', 'note']],
  );
});

test('file-level findings: no position columns, unclosed quote, no operator, extrapolated bands', () => {
  assert.ok(
    parseCellsCsv('a,b\n1,2\n').findings.some((f) => f.code === 'overshoot.csv-no-position'),
  );
  assert.equal(parseCellsCsv(`${HEAD}\n"open,\n`).findings[0]?.code, 'overshoot.csv-quote');
  const r = parseCellsCsv(
    'lon,lat,frequency_mhz,erp_dbw,environment\n4.4,51.9,2600,30,\n4.4,51.9,800,30,city\n',
  );
  assert.deepEqual(
    r.findings.map((f) => f.code),
    ['overshoot.cell-environment', 'overshoot.no-operator', 'overshoot.model-extrapolated'],
  );
  assert.equal(r.cells[0]?.operator, 'unknown');
  assert.equal(parseCells('   ').findings[0]?.code, 'overshoot.input-empty');
});

test('GeoJSON points with properties; a non-point feature and bad JSON are findings', () => {
  const fcText = JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [4.47, 51.92] },
        properties: { operator: 'Bravo', azimuth_deg: 240, frequency_mhz: 1800, erp_dbw: 31 },
      },
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [] }, properties: {} },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [4.47, 51.92] },
        properties: { operator: 'Bravo', frequency_mhz: '1800', erp_dbw: 'high' },
      },
    ],
  });
  const r = parseCells(fcText);
  assert.equal(r.cells.length, 1);
  assert.equal(r.cells[0]?.azimuthDeg, 240);
  assert.deepEqual(
    r.findings.map((f) => [f.code, f.row, f.path]),
    [
      ['overshoot.feature-not-point', 2, 'features[1].geometry'],
      ['overshoot.cell-not-number', 3, 'features[2].properties.erp_dbw'],
    ],
  );
  assert.equal(parseCells('{"type":').findings[0]?.code, 'overshoot.json-syntax');
  assert.equal(parseCellsGeoJson({ type: 'Point' }).findings[0]?.code, 'overshoot.input-format');
});

test('GeoJSON in the Dutch grid (old-style crs member) is converted', () => {
  const r = parseCellsGeoJson({
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [155000, 463000] },
        properties: { range_m: 2000 },
      },
    ],
  });
  assert.ok(r.cells[0]);
  assert.ok(Math.abs(r.cells[0].position[0] - 5.3872) < 0.001);
});

test('the committed samples parse without findings, CSV and GeoJSON alike', () => {
  for (const name of ['rotterdam', 'drenthe']) {
    const dir = new URL('../../data/synthetic/', import.meta.url);
    const a = parseCells(readFileSync(new URL(`${name}.geojson`, dir), 'utf8'));
    const b = parseCells(readFileSync(new URL(`${name}.csv`, dir), 'utf8'));
    assert.ok(a.ok && b.ok);
    // Only notes that 2100 and 2600 MHz lie beyond COST-231's 2000 MHz.
    assert.deepEqual(
      [...new Set(a.findings.map((f) => `${f.severity} ${f.code}`))],
      ['info overshoot.model-extrapolated'],
    );
    assert.deepEqual(a.cells, b.cells);
    assert.ok(a.cells.length > 300);
  }
});

test('population: points and polygons; negative (CBS secret) counts are skipped with a warning', () => {
  const geo = parsePopulation(
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [4, 52],
                [4.1, 52],
                [4.1, 52.1],
                [4, 52],
              ],
            ],
          },
          properties: { aantalInwoners: 1200 },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [4, 52] },
          properties: { population: -99997 },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [4, 52] },
          properties: { population: 15 },
        },
      ],
    }),
  );
  assert.deepEqual(
    geo.population.features.map((f) => [f.kind, f.population]),
    [
      ['area', 1200],
      ['point', 15],
    ],
  );
  assert.equal(geo.findings[0]?.code, 'overshoot.population-row');
  assert.equal(geo.findings[0]?.severity, 'warning');
  assert.ok(geo.ok);
  const csv = parsePopulation('x;y;inwoners\n155000;463000;40\n155100;463000;n/a\n', {
    crs: 'EPSG:28992',
  });
  assert.equal(csv.population.features.length, 1);
  assert.equal(csv.findings[0]?.row, 2);
});
