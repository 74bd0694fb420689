import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat, parseArea } from './import.js';
import { toGeoJSON } from './geojson.js';
import { toKML } from './kml.js';
import { toWKT } from './wkt.js';
import { toCapPolygonText } from './cap.js';
import { UTRECHT } from '../test-fixtures.js';

test('detects the format from the content', () => {
  assert.equal(detectFormat('  '), null);
  assert.equal(detectFormat('{"type":"Polygon"}'), 'geojson');
  assert.equal(detectFormat('[{"type":"Feature"}]'), 'geojson');
  assert.equal(detectFormat('[[5.1, 52.1], [5.2, 52.1]]'), 'coordinates');
  assert.equal(detectFormat('<kml><Placemark/></kml>'), 'kml');
  assert.equal(detectFormat('<alert><info><area/></info></alert>'), 'cap-area');
  assert.equal(detectFormat('SRID=28992;POLYGON((0 0,1 0,1 1,0 0))'), 'wkt');
  assert.equal(detectFormat('multipolygon(((0 0,1 0,1 1,0 0)))'), 'wkt');
  assert.equal(detectFormat('52.09,5.12 2.5'), 'cap-circle');
  assert.equal(detectFormat('52.08,5.105 52.08,5.14 52.1,5.14 52.08,5.105'), 'cap-polygon');
  assert.equal(detectFormat('52.08, 5.105\n52.08, 5.14'), 'coordinates');
});

test('every export format reads back through parseArea with no findings', () => {
  const texts = [
    JSON.stringify(toGeoJSON([UTRECHT])),
    toWKT(UTRECHT),
    toKML([UTRECHT]),
    `<area><areaDesc>U</areaDesc><polygon>${toCapPolygonText(UTRECHT.coordinates[0] ?? [])}</polygon></area>`,
    toCapPolygonText(UTRECHT.coordinates[0] ?? []),
  ];
  for (const text of texts) {
    const r = parseArea(text);
    assert.deepEqual(r.findings, [], text);
    assert.deepEqual(r.shapes, [UTRECHT], text);
  }
});

test('swapped axes in pasted CAP text are reported with the swap repair, not guessed', () => {
  // lon,lat pairs where CAP wants lat,lon.
  const r = parseArea('5.105,52.08 5.14,52.08 5.14,52.1 5.105,52.1 5.105,52.08');
  assert.equal(r.format, 'cap-polygon');
  const f = r.findings.find((x) => x.code === 'geo.swapped-axes');
  assert.ok(f);
  assert.equal(f.path, 'shapes[0]');
  assert.deepEqual(f.repair, { kind: 'swap-axes' });
  assert.deepEqual(f.location, [52.08, 5.105]);
  // Only the swap is reported, not "outside the Netherlands" as well.
  assert.deepEqual(
    r.findings.map((x) => x.code),
    ['geo.swapped-axes'],
  );
  // Without validation the heuristic still runs.
  const quick = parseArea('5.105,52.08 5.14,52.08 5.14,52.1 5.105,52.08', { validate: false });
  assert.deepEqual(
    quick.findings.map((x) => x.code),
    ['geo.swapped-axes'],
  );
  // A list in lon, lat order too.
  const list = parseArea('5.105, 52.08\n5.14, 52.08\n5.14, 52.1');
  assert.deepEqual(
    list.findings.map((x) => x.code),
    ['geo.swapped-axes'],
  );
});

test('validation findings of imported shapes carry shapes[i] paths', () => {
  const r = parseArea('POLYGON ((5.1 52.08, 5.14 52.1, 5.14 52.08, 5.1 52.1, 5.1 52.08))', {
    path: 'import',
  });
  const f = r.findings.find((x) => x.code === 'geo.self-intersection');
  assert.equal(f?.path, 'import.shapes[0].coordinates[0]');
  assert.deepEqual(
    parseArea('POLYGON ((5.1 52.08, 5.14 52.1, 5.14 52.08, 5.1 52.1, 5.1 52.08))', {
      validate: false,
    }).findings,
    [],
  );
});

test('clear errors for empty, unrecognised and malformed input in each format', () => {
  const cases: [string, string][] = [
    ['', 'import.empty'],
    ['hello world', 'import.unknown-format'],
    ['{"type": "Polygon", "coordinates": [[[5, 52], [6, 52]', 'import.json-syntax'],
    ['POLYGON ((5 52, 6 52', 'import.wkt-syntax'],
    ['<kml><Placemark></kml>', 'import.xml-syntax'],
    [
      '<kml><Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>5 52</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>',
      'import.kml-coordinates',
    ],
    ['<area><polygon>52,5 oops</polygon></area>', 'import.cap-polygon'],
    ['52.08,5.105 52.08,5.14 52.1;5.14', 'import.coordinate-list'],
    ['52.08, 5.105\nfoo bar', 'import.coordinate-list'],
  ];
  for (const [text, code] of cases) {
    const r = parseArea(text);
    assert.equal(r.findings[0]?.code, code, text);
    assert.equal(r.findings[0]?.severity, 'error', text);
  }
  assert.equal(
    parseArea('52.09,5.12', { format: 'cap-circle' }).findings[0]?.code,
    'import.cap-circle',
  );
});
