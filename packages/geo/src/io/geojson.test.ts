import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonErrorOffset, parseGeoJSONWgs84, toGeoJSON } from './geojson.js';
import { parseGeoJSON } from './geojson-crs.js';
import { UTRECHT, rect } from '../test-fixtures.js';

const square = rect(5.105, 52.08, 5.14, 52.1);

test('reads a FeatureCollection with polygons, multipolygons, circles and names', () => {
  const fc = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'Centrum' },
        geometry: { type: 'Polygon', coordinates: [square] },
      },
      {
        type: 'Feature',
        properties: {},
        geometry: { type: 'MultiPolygon', coordinates: [[square], [rect(5, 52, 5.01, 52.01)]] },
      },
      {
        type: 'Feature',
        properties: { radiusKm: 2 },
        geometry: { type: 'Point', coordinates: [5.12, 52.09] },
      },
      {
        type: 'Feature',
        properties: { radius: 1500 },
        geometry: { type: 'Point', coordinates: [5.12, 52.09] },
      },
      {
        type: 'Feature',
        properties: { radiusKilometers: 3 },
        geometry: { type: 'Point', coordinates: [5.12, 52.09] },
      },
    ],
  };
  const r = parseGeoJSON(JSON.stringify(fc));
  assert.equal(r.format, 'geojson');
  assert.deepEqual(r.findings, []);
  assert.deepEqual(
    r.shapes.map((s) => s.type),
    ['Polygon', 'MultiPolygon', 'Circle', 'Circle', 'Circle'],
  );
  assert.deepEqual(r.labels, ['Centrum', undefined, undefined, undefined, undefined]);
  assert.deepEqual(r.shapes[0], UTRECHT);
  assert.deepEqual(
    r.shapes.slice(2).map((s) => (s.type === 'Circle' ? s.radiusKm : 0)),
    [2, 1.5, 3],
  );
});

test('reads a bare geometry, a Feature, a GeometryCollection and an array', () => {
  assert.equal(parseGeoJSON({ type: 'Polygon', coordinates: [square] }).shapes.length, 1);
  assert.equal(
    parseGeoJSON({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [square] } }).shapes
      .length,
    1,
  );
  const gc = {
    type: 'GeometryCollection',
    geometries: [
      { type: 'Polygon', coordinates: [square] },
      { type: 'Polygon', coordinates: [square] },
    ],
  };
  assert.equal(parseGeoJSON(gc).shapes.length, 2);
  assert.equal(parseGeoJSON([{ type: 'Polygon', coordinates: [square] }]).shapes.length, 1);
});

test('malformed JSON: line and column', () => {
  const r = parseGeoJSON('{\n  "type": "Polygon",\n  "coordinates": [[5, 52],]\n}');
  assert.equal(r.shapes.length, 0);
  const f = r.findings[0];
  assert.equal(f?.code, 'import.json-syntax');
  assert.equal(f?.severity, 'error');
  assert.equal(f?.line, 3);
  assert.equal(f?.column, 27);
  assert.match(f?.message ?? '', /line 3, column 27, at "]\\n}"/);
  assert.deepEqual(jsonErrorOffset('{"a": x}'), 6);
  assert.deepEqual(jsonErrorOffset('{"a": [1, 2'), 11);
  assert.deepEqual(jsonErrorOffset('{"a": "b\\q"}'), 9);
  assert.deepEqual(jsonErrorOffset('{"a": [1, 2.5e3, true, null, "x\\u00e9"]}'), null);
  assert.deepEqual(jsonErrorOffset('{} x'), 3);
});

test('malformed coordinates are reported with their path', () => {
  const fc = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [square] } },
      {
        type: 'Feature',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [5, 52],
              [5.1, 'x'],
              [5, 52],
            ],
          ],
        },
      },
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: 7 } },
      { type: 'Feature', geometry: null },
    ],
  };
  const r = parseGeoJSON(fc);
  assert.equal(r.shapes.length, 1);
  assert.deepEqual(
    r.findings.map((f) => [f.code, f.path]),
    [
      ['import.geojson-coordinates', 'features[1].geometry.coordinates[0][1]'],
      ['import.geojson-coordinates', 'features[2].geometry.coordinates'],
      ['import.geojson-coordinates', 'features[3].geometry'],
    ],
  );
  assert.match(r.findings[0]?.message ?? '', /\[5.1,"x"\]/);
});

test('non-area geometries: a warning beside areas, an error alone', () => {
  const mixed = parseGeoJSON({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [5, 52],
            [6, 52],
          ],
        },
      },
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [square] } },
    ],
  });
  assert.deepEqual(
    mixed.findings.map((f) => [f.code, f.severity, f.path]),
    [['import.geojson-type', 'warning', 'features[0].geometry']],
  );
  const alone = parseGeoJSON({ type: 'Point', coordinates: [5, 52] }, { lang: 'nl' });
  assert.equal(alone.findings[0]?.severity, 'error');
  assert.match(alone.findings[0]?.message ?? '', /geen gebied/);
});

test('a legacy crs member in RD New is transformed; an unknown one is an error', () => {
  const rd = {
    type: 'Polygon',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } },
    coordinates: [
      [
        [155000, 463000],
        [156000, 463000],
        [156000, 464000],
        [155000, 463000],
      ],
    ],
  };
  const r = parseGeoJSON(rd);
  assert.deepEqual(r.findings, []);
  const first = r.shapes[0]?.type === 'Polygon' ? r.shapes[0].coordinates[0]?.[0] : undefined;
  assert.ok(first && Math.abs(first[0] - 5.3872) < 1e-3 && Math.abs(first[1] - 52.1552) < 1e-3);
  const bad = parseGeoJSON({ ...rd, crs: { type: 'name', properties: { name: 'EPSG:2154' } } });
  assert.equal(bad.findings[0]?.code, 'import.unsupported-crs');
  assert.equal(bad.findings[0]?.path, 'crs');
  // Without proj4: WGS84 (named or not) reads the same, a national grid is refused.
  const wgs = { ...rd, crs: { type: 'name', properties: { name: 'EPSG:4326' } } };
  wgs.coordinates = [
    [
      [5.1, 52.1],
      [5.2, 52.1],
      [5.2, 52.2],
      [5.1, 52.1],
    ],
  ];
  assert.deepEqual(parseGeoJSONWgs84(wgs), parseGeoJSON(wgs));
  const { crs: _crs, ...plain } = wgs;
  assert.deepEqual(parseGeoJSONWgs84(plain).shapes, parseGeoJSON(plain).shapes);
  const refused = parseGeoJSONWgs84(rd);
  assert.deepEqual(refused.shapes, []);
  assert.equal(refused.findings[0]?.code, 'import.unsupported-crs');
});

test('toGeoJSON writes shapes and source/effect areas; round trip', () => {
  const circle = {
    type: 'Circle' as const,
    center: [5.12, 52.09] as [number, number],
    radiusKm: 2,
  };
  const fc = toGeoJSON([UTRECHT, circle], { labels: ['Centrum'] });
  assert.equal(fc.features[0]?.properties.name, 'Centrum');
  assert.deepEqual(fc.features[1]?.geometry, { type: 'Point', coordinates: [5.12, 52.09] });
  assert.equal(fc.features[1]?.properties.radiusKm, 2);
  const back = parseGeoJSON(JSON.stringify(fc));
  assert.deepEqual(back.shapes, [UTRECHT, circle]);
  const asPoly = toGeoJSON([circle], { circlesAsPolygons: true, circleSegments: 16 });
  assert.equal(asPoly.features[0]?.geometry.type, 'Polygon');
  const area = toGeoJSON({ effect: [UTRECHT], source: [circle] });
  assert.deepEqual(
    area.features.map((f) => f.properties.role),
    ['effect', 'source'],
  );
});
