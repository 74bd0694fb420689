import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWKT, toWKT } from './wkt.js';
import { UTRECHT, rect } from '../test-fixtures.js';

test('reads POLYGON, MULTIPOLYGON, Z values, EWKT with SRID, GEOMETRYCOLLECTION', () => {
  const p = parseWKT('POLYGON ((5.105 52.08, 5.14 52.08, 5.14 52.1, 5.105 52.1, 5.105 52.08))');
  assert.deepEqual(p.findings, []);
  assert.deepEqual(p.shapes, [UTRECHT]);
  const m = parseWKT(
    'multipolygon(((0 0,1 0,1 1,0 0)),((2 2,3 2,3 3,2 2),(2.1 2.1,2.2 2.1,2.2 2.2,2.1 2.1)))',
  );
  assert.equal(m.shapes[0]?.type, 'MultiPolygon');
  assert.equal(m.shapes[0]?.type === 'MultiPolygon' && m.shapes[0].coordinates[1]?.length, 2);
  const z = parseWKT('POLYGON Z ((0 0 1, 1 0 1, 1 1 1, 0 0 1))');
  assert.deepEqual(z.shapes[0]?.type === 'Polygon' && z.shapes[0].coordinates[0]?.[1], [1, 0]);
  const rd = parseWKT(
    'SRID=28992;POLYGON((155000 463000,156000 463000,156000 464000,155000 463000))',
  );
  const first = rd.shapes[0]?.type === 'Polygon' ? rd.shapes[0].coordinates[0]?.[0] : undefined;
  assert.ok(first && Math.abs(first[0] - 5.3872) < 1e-3);
  const gc = parseWKT('GEOMETRYCOLLECTION(POLYGON((0 0,1 0,1 1,0 0)),POINT(1 2))');
  assert.equal(gc.shapes.length, 1);
  assert.deepEqual(
    gc.findings.map((f) => [f.code, f.severity]),
    [['import.wkt-type', 'warning']],
  );
});

test('syntax errors carry line and column', () => {
  const cases: [string, number, number, RegExp][] = [
    ['POLYGON ((0 0, 1 0, 1 1, 0 0)', 1, 30, /expected “\)”, found end of input/],
    ['POLYGON ((0 0, 1 x, 1 1, 0 0))', 1, 18, /expected a number, found "X"/],
    ['POLYGON (\n  (0 0, 1 0,, 1 1, 0 0))', 2, 13, /expected a number/],
    ['POLYGON ((0 0, 1 0, 1 1, 0 0)) extra', 1, 32, /unexpected text/],
    ['CIRCLE (0 0)', 1, 1, /a geometry type/],
  ];
  for (const [text, line, column, message] of cases) {
    const r = parseWKT(text);
    const f = r.findings[0];
    assert.equal(f?.code, 'import.wkt-syntax', text);
    assert.equal(f?.line, line, text);
    assert.equal(f?.column, column, text);
    assert.match(f?.message ?? '', message);
  }
  assert.match(
    parseWKT('POLYGON ((0 0, 1 x))', { lang: 'nl' }).findings[0]?.message ?? '',
    /verwacht een getal, gevonden "X"/,
  );
});

test('non-area types alone are errors; unknown SRIDs too', () => {
  const point = parseWKT('POINT (5 52)');
  assert.deepEqual(
    point.findings.map((f) => [f.code, f.severity]),
    [['import.wkt-type', 'error']],
  );
  assert.equal(
    parseWKT('SRID=2154;POLYGON((0 0,1 0,1 1,0 0))').findings[0]?.code,
    'import.unsupported-crs',
  );
});

test('toWKT round-trips; circles become containing polygons', () => {
  const text = toWKT(UTRECHT);
  assert.equal(text, 'POLYGON ((5.105 52.08, 5.14 52.08, 5.14 52.1, 5.105 52.1, 5.105 52.08))');
  assert.deepEqual(parseWKT(text).shapes, [UTRECHT]);
  const multi = toWKT({
    type: 'MultiPolygon',
    coordinates: [[rect(0, 0, 1, 1)], [rect(2, 2, 3, 3)]],
  });
  assert.match(multi, /^MULTIPOLYGON \(\(\(0 0, 1 0/);
  assert.match(
    toWKT({ type: 'Circle', center: [5, 52], radiusKm: 1 }, { circleSegments: 8 }),
    /^POLYGON \(\(/,
  );
  assert.equal(toWKT({ type: 'Polygon', coordinates: [] }), 'POLYGON EMPTY');
});
