import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CapArea } from '@sirene/core';
import {
  capAreaToShapes,
  parseCapAreaXml,
  parseCapCircleText,
  parseCapPolygonText,
  shapesToCapArea,
  toCapCircleText,
  toCapPolygonText,
} from './cap.js';
import { validateCapArea } from './cap-validate.js';
import { UTRECHT, poly, rect, star } from '../test-fixtures.js';

const fixture = (path: string): string =>
  readFileSync(new URL(`../../../../test/fixtures/cap/${path}`, import.meta.url), 'utf8');

test('CapArea ↔ shapes keep lon,lat (no axis swap in geo); holes dropped, parts split', () => {
  const area: CapArea = {
    areaDesc: 'Utrecht',
    polygons: [rect(5.105, 52.08, 5.14, 52.1)],
    circles: [{ center: [5.12, 52.09], radiusKm: 2 }],
    geocodes: [],
  };
  const shapes = capAreaToShapes(area);
  assert.deepEqual(shapes, [UTRECHT, { type: 'Circle', center: [5.12, 52.09], radiusKm: 2 }]);
  assert.deepEqual(shapesToCapArea(shapes, 'Utrecht'), area);
  const holed = poly(rect(5.105, 52.08, 5.14, 52.1), rect(5.11, 52.085, 5.12, 52.09));
  const multi = {
    type: 'MultiPolygon' as const,
    coordinates: [[rect(0, 0, 1, 1)], [rect(2, 2, 3, 3).slice(0, 4)]],
  };
  const out = shapesToCapArea([holed, multi], 'x', {
    geocodes: [{ valueName: 'NIS', value: '21004' }],
    altitude: 0,
  });
  assert.equal(out.polygons.length, 3);
  assert.deepEqual(out.polygons[2]?.at(-1), [2, 2], 'closed');
  assert.equal(out.altitude, 0);
  assert.deepEqual(out.geocodes, [{ valueName: 'NIS', value: '21004' }]);
});

test('CAP polygon and circle text: lat,lon order, round trip', () => {
  const text = toCapPolygonText(UTRECHT.coordinates[0] ?? []);
  assert.equal(text, '52.08,5.105 52.08,5.14 52.1,5.14 52.1,5.105 52.08,5.105');
  assert.deepEqual(parseCapPolygonText(text).shapes, [UTRECHT]);
  assert.equal(
    toCapCircleText({ type: 'Circle', center: [5.12, 52.09], radiusKm: 2.5 }),
    '52.09,5.12 2.5',
  );
  assert.deepEqual(parseCapCircleText('52.09,5.12 2.5').shapes, [
    { type: 'Circle', center: [5.12, 52.09], radiusKm: 2.5 },
  ]);
  // Tolerates spaces after commas.
  assert.equal(
    parseCapPolygonText('52.08, 5.105 52.08, 5.14 52.1, 5.14 52.08, 5.105').findings.length,
    0,
  );
});

test('malformed CAP text: the pair number, the circle text', () => {
  const p = parseCapPolygonText('52.08,5.105 52.08;5.14 52.1,5.14');
  assert.deepEqual(
    p.findings.map((f) => [f.code, f.severity]),
    [['import.cap-polygon', 'error']],
  );
  assert.match(p.findings[0]?.message ?? '', /pair 2 “52\.08;5\.14”/);
  const c = parseCapCircleText('52.09,5.12', { lang: 'nl' });
  assert.equal(c.findings[0]?.code, 'import.cap-circle');
  assert.match(c.findings[0]?.message ?? '', /breedte,lengte straal/);
});

test('CAP <area> XML: polygons and circles from the spec example and the corpus', () => {
  const spec = parseCapAreaXml(fixture('spec-examples/v1dot2_appendix_adot3.xml'));
  assert.deepEqual(spec.findings, []);
  assert.deepEqual(spec.shapes, [{ type: 'Circle', center: [-115.5527, 32.9525], radiusKm: 0 }]);
  assert.match(spec.labels[0] ?? '', /Brawley/);
  const storm = parseCapAreaXml(
    fixture(
      'corpus/google__cap-library/validator__src__com__google__publicalerts__cap__validator__examples__thunderstorm.cap',
    ),
  );
  assert.equal(storm.shapes[0]?.type, 'Polygon');
  assert.deepEqual(
    storm.shapes[0]?.type === 'Polygon' && storm.shapes[0].coordinates[0]?.[0],
    [-120.14, 38.47],
  );
  const snippet = parseCapAreaXml(
    '<area><areaDesc>A</areaDesc>\n<polygon>52.08,5.105 x</polygon></area>',
  );
  assert.deepEqual(
    snippet.findings.map((f) => [f.code, f.line]),
    [['import.cap-polygon', 2]],
  );
  assert.deepEqual(
    parseCapAreaXml('<area><areaDesc>A</areaDesc></area>').findings.map((f) => f.code),
    ['import.cap-no-area'],
  );
  assert.deepEqual(
    parseCapAreaXml('<area>').findings.map((f) => f.code),
    ['import.xml-syntax'],
  );
});

test('validateCapArea: paths into the model, no winding rule, every polygon checked', () => {
  const area: CapArea = {
    areaDesc: 'x',
    polygons: [
      [...rect(5.105, 52.08, 5.14, 52.1)].reverse(), // clockwise: fine in CAP
      [
        [5.1, 52.08],
        [5.14, 52.1],
        [5.14, 52.08],
        [5.1, 52.1],
        [5.1, 52.08],
      ],
      star([5.12, 52.09], 0.02, 120),
    ],
    circles: [{ center: [5.12, 52.09], radiusKm: 0 }],
    geocodes: [],
  };
  const findings = validateCapArea(area, { path: 'infos[0].areas[0]' });
  assert.deepEqual(
    findings.map((f) => [f.code, f.path]),
    [
      ['geo.self-intersection', 'infos[0].areas[0].polygons[1]'],
      ['geo.too-many-vertices', 'infos[0].areas[0].polygons[2]'],
      ['geo.circle-radius', 'infos[0].areas[0].circles[0].radiusKm'],
    ],
  );
  assert.deepEqual(
    validateCapArea({ areaDesc: 'x', polygons: [], circles: [], geocodes: [] }).map((f) => f.code),
    ['geo.empty'],
  );
});
