import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_BOUNDARY_ATTRIBUTION,
  adminAreasAt,
  adminChildren,
  adminName,
  createBoundaryLayer,
  decodeGeometry,
  loadDefaultBoundaryLayer,
  searchAdminAreas,
} from './admin.js';
import { unionAdminAreas } from './admin-union.js';
import { areaKm2, measure } from './measure.js';
import { DOM, GRAND_PLACE, rect } from './test-fixtures.js';
import { validateShape } from './validate.js';

test('the embedded layer: 342 Dutch municipalities, Belgium at four levels, attribution', async () => {
  const layer = await loadDefaultBoundaryLayer();
  assert.equal(layer, await loadDefaultBoundaryLayer(), 'cached');
  const count = (country: string, level: string): number =>
    layer.areas.filter((a) => a.country === country && a.level === level).length;
  assert.equal(count('NL', 'municipality'), 342);
  assert.equal(count('NL', 'province'), 0);
  assert.equal(count('BE', 'municipality'), 581);
  assert.equal(count('BE', 'arrondissement'), 43);
  assert.equal(count('BE', 'province'), 10);
  assert.equal(count('BE', 'region'), 3);
  assert.equal(layer.attribution, DEFAULT_BOUNDARY_ATTRIBUTION);
  assert.match(layer.attribution, /CBS \/ Kadaster/);
  const utrecht = layer.byCode.get('GM0344');
  assert.equal(utrecht?.nameNl, 'Utrecht');
  assert.equal(utrecht?.population, 367947);
  // Utrecht municipality is about 99 km².
  const km2 = utrecht ? areaKm2(utrecht.shape) : 0;
  assert.ok(km2 > 90 && km2 < 105, String(km2));
  // Every geometry decodes to a valid shape.
  for (const area of layer.areas) {
    const errors = validateShape(area.shape, { profile: 'eu-alert', checkWinding: false }).filter(
      (f) => f.severity === 'error' && f.code !== 'geo.too-many-vertices',
    );
    assert.deepEqual(errors, [], area.code);
  }
});

test('areas at a point: the Dom tower is in Utrecht; the Grand-Place in Brussels at every level', async () => {
  const layer = await loadDefaultBoundaryLayer();
  assert.deepEqual(
    adminAreasAt(layer, DOM).map((a) => a.code),
    ['GM0344'],
  );
  assert.deepEqual(
    adminAreasAt(layer, GRAND_PLACE)
      .map((a) => a.code)
      .sort(),
    ['04000', '21000', '21004'],
  );
  assert.deepEqual(
    adminAreasAt(layer, GRAND_PLACE, { level: 'municipality' }).map((a) => adminName(a, 'fr')),
    ['Bruxelles'],
  );
  assert.deepEqual(adminAreasAt(layer, [2.0, 45.0]), []);
});

test('search by name in Dutch or French, ignoring accents, or by code', async () => {
  const layer = await loadDefaultBoundaryLayer();
  assert.deepEqual(
    searchAdminAreas(layer, 'liege').map((a) => a.code),
    ['62063', '62000', '60000'],
  );
  assert.equal(searchAdminAreas(layer, 'Luik', { level: 'province' })[0]?.code, '60000');
  assert.equal(searchAdminAreas(layer, 'gm0363')[0]?.nameNl, 'Amsterdam');
  assert.equal(searchAdminAreas(layer, 'Antwerpen', { level: 'province' })[0]?.code, '10000');
  const s = searchAdminAreas(layer, "'s-Hertogenbosch", { country: 'NL' });
  assert.equal(s[0]?.code, 'GM0796');
  assert.deepEqual(searchAdminAreas(layer, '  '), []);
  assert.equal(searchAdminAreas(layer, 'a', { limit: 3 }).length, 3);
});

test('children: the municipalities of a province', async () => {
  const layer = await loadDefaultBoundaryLayer();
  assert.equal(adminChildren(layer, '10000', 'municipality').length, 69);
  assert.equal(adminChildren(layer, '04000', 'municipality').length, 19);
  // The 2019 arrondissement of La Louvière, assigned by location (see data/SOURCES.md).
  assert.deepEqual(
    adminChildren(layer, '58000')
      .map((a) => adminName(a, 'fr'))
      .sort(),
    ['Binche', 'Estinnes', 'La Louvière', 'Morlanwelz'],
  );
});

test('union of neighbours: one polygon, no slivers, area and population add up', async () => {
  const layer = await loadDefaultBoundaryLayer();
  const r = unionAdminAreas(layer, ['GM0344', 'GM0310']);
  assert.deepEqual(r.findings, []);
  assert.equal(r.shape?.type, 'Polygon');
  assert.equal(r.shape?.type === 'Polygon' && r.shape.coordinates.length, 1, 'no holes');
  const parts = r.areas.reduce((n, a) => n + areaKm2(a.shape), 0);
  assert.ok(r.shape && Math.abs(areaKm2(r.shape) - parts) / parts < 1e-4);
  assert.equal(r.population, 367947 + 43884);
  assert.equal(r.populationComplete, true);
  assert.equal(r.areaDesc, 'Utrecht, De Bilt');
  const m = r.shape ? measure(r.shape) : undefined;
  assert.ok(m && m.maxPolygonPoints > 20, String(m?.maxPolygonPoints));
  assert.deepEqual(validateShape(r.shape ?? { type: 'MultiPolygon', coordinates: [] }), []);
});

test('the union of a province’s 42 municipalities matches the province', async () => {
  const layer = await loadDefaultBoundaryLayer();
  const codes = adminChildren(layer, '70000', 'municipality').map((a) => a.code);
  const r = unionAdminAreas(layer, codes, { lang: 'fr' });
  assert.deepEqual(r.findings, []);
  const province = layer.byCode.get('70000');
  assert.ok(r.shape && province);
  const a = areaKm2(r.shape);
  const b = areaKm2(province.shape);
  assert.ok(Math.abs(a - b) / b < 0.005, `${a} vs ${b}`);
  assert.equal(r.population, province.population);
  assert.match(r.areaDesc, /Hasselt/);
});

test('unknown codes and empty selections are findings, never exceptions', async () => {
  const layer = await loadDefaultBoundaryLayer();
  const r = unionAdminAreas(layer, ['GM0344', 'GM9999'], { path: 'selection', lang: 'nl' });
  assert.deepEqual(
    r.findings.map((f) => [f.code, f.path]),
    [['admin.unknown-code', 'selection[1]']],
  );
  assert.match(r.findings[0]?.message ?? '', /GM9999/);
  assert.equal(r.shape?.type, 'Polygon');
  const none = unionAdminAreas(layer, []);
  assert.deepEqual(
    none.findings.map((f) => f.code),
    ['admin.nothing-selected'],
  );
  assert.equal(none.shape, null);
  const unknown = unionAdminAreas(layer, ['X']);
  assert.equal(unknown.shape, null);
  assert.deepEqual(
    unknown.findings.map((f) => f.code),
    ['admin.unknown-code'],
  );
});

test('custom layers and the geometry decoder', () => {
  const layer = createBoundaryLayer([
    {
      code: 'A',
      level: 'municipality',
      country: 'NL',
      nameNl: 'A',
      shape: { type: 'Polygon', coordinates: [rect(5, 52, 5.1, 52.1)] },
    },
    {
      code: 'B',
      level: 'municipality',
      country: 'NL',
      nameNl: 'B',
      shape: { type: 'Polygon', coordinates: [rect(5.1, 52, 5.2, 52.1)] },
    },
  ]);
  const r = unionAdminAreas(layer, ['A', 'B']);
  assert.equal(r.populationComplete, false);
  assert.deepEqual(r.shape && measure(r.shape).bbox, [5, 52, 5.2, 52.1]);
  assert.ok(r.shape && measure(r.shape).vertexCount <= 6);
  // Google's polyline example, read as lon, lat pairs.
  const shape = decodeGeometry('_p~iF~ps|U_ulLnnqC_mqNvxq`@', 5);
  assert.deepEqual(shape, {
    type: 'Polygon',
    coordinates: [
      [
        [38.5, -120.2],
        [40.7, -120.95],
        [43.252, -126.453],
        [38.5, -120.2],
      ],
    ],
  });
  assert.equal(
    decodeGeometry('_p~iF~ps|U_ulLnnqC_mqNvxq`@;_p~iF~ps|U_ulLnnqC_mqNvxq`@', 5).type,
    'MultiPolygon',
  );
});
