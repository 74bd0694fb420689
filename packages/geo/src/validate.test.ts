import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GeoFinding } from './findings.js';
import { GEO_PROFILES } from './profiles.js';
import { BOWTIE, UTRECHT, poly, rect, star } from './test-fixtures.js';
import type { AreaShape, LonLat } from './types.js';
import { looksSwapped, validateArea, validateShape } from './validate.js';

const codes = (findings: GeoFinding[]): string[] => findings.map((f) => f.code);
const only = (findings: GeoFinding[], code: string): GeoFinding => {
  const hits = findings.filter((f) => f.code === code);
  assert.equal(hits.length, 1, `expected one ${code}, got ${JSON.stringify(codes(findings))}`);
  return hits[0] as GeoFinding;
};

test('a valid Utrecht rectangle has no findings', () => {
  assert.deepEqual(validateShape(UTRECHT), []);
  assert.deepEqual(validateShape({ type: 'Circle', center: [5.12, 52.09], radiusKm: 2 }), []);
});

test('empty shapes are errors', () => {
  const f = only(validateShape(poly()), 'geo.empty');
  assert.equal(f.severity, 'error');
  assert.equal(f.path, '');
  only(validateShape({ type: 'MultiPolygon', coordinates: [] }), 'geo.empty');
  only(validateShape(poly([])), 'geo.empty');
});

test('invalid coordinates are reported with their path, and stop further checks', () => {
  const shape = poly([
    [5.1, 52.08],
    [Number.NaN, 52.08],
    [5.14, 52.1],
    [5.1, 52.08],
  ] as LonLat[]);
  const findings = validateShape(shape);
  assert.deepEqual(codes(findings), ['geo.invalid-coordinate']);
  assert.equal(findings[0]?.path, 'coordinates[0][1]');
  const tooFar = validateShape(
    poly([
      [5, 52],
      [5, 95],
      [6, 52],
      [5, 52],
    ] as LonLat[]),
  );
  assert.equal(only(tooFar, 'geo.invalid-coordinate').path, 'coordinates[0][1]');
});

test('an unclosed ring: error at its last point with the close-rings repair', () => {
  const f = only(
    validateShape(poly(rect(5.105, 52.08, 5.14, 52.1).slice(0, 4))),
    'geo.ring-not-closed',
  );
  assert.equal(f.severity, 'error');
  assert.equal(f.path, 'coordinates[0]');
  assert.deepEqual(f.location, [5.105, 52.1]);
  assert.deepEqual(f.repair, { kind: 'close-rings' });
});

test('too few points', () => {
  const f = only(
    validateShape(
      poly([
        [5.1, 52.08],
        [5.2, 52.08],
        [5.1, 52.08],
      ] as LonLat[]),
    ),
    'geo.too-few-points',
  );
  assert.equal(f.path, 'coordinates[0]');
  assert.match(f.message, /2 distinct points/);
  assert.equal(f.repair, undefined);
});

test('consecutive duplicate points: warning at the repeat with drop-duplicates', () => {
  const ring = [
    [5.1, 52.08],
    [5.12, 52.08],
    [5.12, 52.08],
    [5.12, 52.1],
    [5.1, 52.08],
  ] as LonLat[];
  const f = only(validateShape(poly(ring)), 'geo.duplicate-points');
  assert.equal(f.severity, 'warning');
  assert.equal(f.path, 'coordinates[0][2]');
  assert.deepEqual(f.location, [5.12, 52.08]);
  assert.deepEqual(f.repair, { kind: 'drop-duplicates' });
});

test('self-intersection: every crossing with its location and make-valid', () => {
  const f = only(validateShape(BOWTIE), 'geo.self-intersection');
  assert.equal(f.severity, 'error');
  assert.equal(f.path, 'coordinates[0]');
  assert.ok(f.location);
  assert.ok(Math.abs(f.location[0] - 5.12) < 1e-12 && Math.abs(f.location[1] - 52.09) < 1e-12);
  assert.deepEqual(f.repair, { kind: 'make-valid' });
  assert.match(f.message, /52\.09000, 5\.12000/);
  // A ring crossing itself twice gives two findings.
  const twice = poly([
    [5.1, 52.08],
    [5.14, 52.1],
    [5.14, 52.08],
    [5.1, 52.1],
    [5.12, 52.11],
    [5.12, 52.07],
    [5.1, 52.08],
  ] as LonLat[]);
  const locations = validateShape(twice)
    .filter((x) => x.code === 'geo.self-intersection')
    .map((x) => x.location?.map((v) => v.toFixed(4)).join(','));
  assert.ok(locations.length >= 2, JSON.stringify(locations));
  assert.ok(locations.includes('5.1200,52.0900'));
});

test('a vertex touching its own ring is a self-intersection at that vertex', () => {
  const ring = [
    [5.1, 52.08],
    [5.14, 52.08],
    [5.14, 52.1],
    [5.12, 52.08],
    [5.1, 52.1],
    [5.1, 52.08],
  ] as LonLat[];
  const f = only(validateShape(poly(ring)), 'geo.self-intersection');
  assert.deepEqual(f.location, [5.12, 52.08]);
});

test('rings in the wrong order: the first ring lies inside a later one', () => {
  const inner = rect(5.11, 52.085, 5.12, 52.09).reverse();
  const outer = rect(5.105, 52.08, 5.14, 52.1);
  const f = only(validateShape(poly(inner, outer)), 'geo.ring-order');
  assert.equal(f.path, 'coordinates[1]');
  assert.deepEqual(f.location, inner[0]);
  assert.deepEqual(f.repair, { kind: 'make-valid' });
});

test('holes: a warning (CAP cannot carry them), and a hole outside the shell is an error', () => {
  const hole = rect(5.11, 52.085, 5.12, 52.09).reverse();
  const withHole = validateShape(poly(rect(5.105, 52.08, 5.14, 52.1), hole));
  const h = only(withHole, 'geo.has-holes');
  assert.equal(h.severity, 'warning');
  assert.equal(h.path, 'coordinates');
  assert.deepEqual(h.repair, { kind: 'fill-holes' });
  assert.equal(withHole.length, 1);
  const outside = validateShape(
    poly(rect(5.105, 52.08, 5.14, 52.1), rect(5.2, 52.085, 5.21, 52.09).reverse()),
  );
  const o = only(outside, 'geo.hole-outside-shell');
  assert.equal(o.severity, 'error');
  assert.deepEqual(o.location, [5.2, 52.085]);
});

test('winding order against RFC 7946 is info with rewind', () => {
  const f = only(
    validateShape(poly(rect(5.105, 52.08, 5.14, 52.1).reverse())),
    'geo.winding-order',
  );
  assert.equal(f.severity, 'info');
  assert.deepEqual(f.repair, { kind: 'rewind' });
  assert.deepEqual(
    validateShape(poly(rect(5.105, 52.08, 5.14, 52.1).reverse()), { checkWinding: false }),
    [],
  );
});

test('area thresholds come from the profile', () => {
  const tiny = only(validateShape(poly(rect(5.105, 52.08, 5.1051, 52.0801))), 'geo.area-too-small');
  assert.equal(tiny.severity, 'warning');
  assert.equal(tiny.source, 'profile');
  assert.match(tiny.message, /0\.01 km²/);
  const huge = only(validateShape(poly(rect(3.5, 50.8, 7, 53.5))), 'geo.area-too-large');
  assert.match(huge.message, /10000 km²/);
  assert.deepEqual(validateShape(poly(rect(-100, 30, -90, 40)), { profile: 'ipaws' }), []);
});

test('outside the region: wholly is an error, partly a warning, each with the first point', () => {
  const out = only(validateShape(poly(rect(10, 52.0, 11, 52.1))), 'geo.outside-region');
  assert.equal(out.severity, 'error');
  assert.deepEqual(out.location, [10, 52]);
  assert.match(out.message, /the Netherlands/);
  const part = only(validateShape(poly(rect(6.6, 52.0, 7.5, 52.1))), 'geo.partly-outside-region');
  assert.equal(part.severity, 'warning');
  assert.deepEqual(part.location, [7.5, 52]);
  assert.match(part.message, /^2 point/);
  // Brussels is outside the nl-alert region but inside be-alert's.
  const brussels = poly(rect(4.34, 50.84, 4.36, 50.85));
  only(validateShape(brussels), 'geo.outside-region');
  assert.deepEqual(validateShape(brussels, { profile: 'be-alert' }), []);
  assert.deepEqual(validateShape(brussels, { profile: 'eu-alert' }), []);
});

test('swapped axes: a Dutch area read as lon,lat lands in the Indian Ocean', () => {
  const swapped = poly(rect(52.08, 5.105, 52.1, 5.14).map(([a, b]) => [a, b] as LonLat));
  const findings = validateShape(swapped, { lang: 'nl' });
  const f = only(findings, 'geo.swapped-axes');
  assert.equal(f.severity, 'error');
  assert.deepEqual(f.repair, { kind: 'swap-axes' });
  assert.deepEqual(f.location, [52.08, 5.105]);
  assert.match(f.message, /verwisseld/);
  // Not also "outside the region".
  assert.ok(!codes(findings).includes('geo.outside-region'));
  assert.ok(looksSwapped(swapped));
  assert.ok(!looksSwapped(UTRECHT));
  const circle = validateShape({ type: 'Circle', center: [52.1, 5.1], radiusKm: 1 });
  assert.equal(only(circle, 'geo.swapped-axes').path, 'center');
});

test('more points than the profile allows: error with the simplify repair', () => {
  const shape = poly(star([5.12, 52.09], 0.02, 150));
  const f = only(validateShape(shape), 'geo.too-many-vertices');
  assert.equal(f.severity, 'error');
  assert.equal(f.source, 'profile');
  assert.equal(f.path, 'coordinates[0]');
  assert.deepEqual(f.repair, {
    kind: 'simplify',
    maxPoints: GEO_PROFILES['nl-alert'].maxPolygonPoints,
  });
  assert.match(f.message, /151 points.*at most 100/);
  assert.deepEqual(
    validateShape(shape, { profile: { ...GEO_PROFILES['nl-alert'], maxPolygonPoints: 200 } }),
    [],
  );
});

test('circles: radius must be positive', () => {
  for (const radiusKm of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
    const f = only(
      validateShape({ type: 'Circle', center: [5.1, 52.1], radiusKm }),
      'geo.circle-radius',
    );
    assert.equal(f.path, 'radiusKm');
    assert.deepEqual(f.location, [5.1, 52.1]);
  }
});

test('overlapping parts of a MultiPolygon: warning with make-valid', () => {
  const multi: AreaShape = {
    type: 'MultiPolygon',
    coordinates: [[rect(5.1, 52.08, 5.12, 52.1)], [rect(5.11, 52.09, 5.13, 52.11)]],
  };
  const f = only(validateShape(multi), 'geo.overlapping-parts');
  assert.equal(f.severity, 'warning');
  assert.ok(f.location);
  assert.deepEqual(validateShape(multi, { checkOverlap: false }), []);
});

test('paths are relative to the base path; MultiPolygon paths name the part', () => {
  const multi: AreaShape = {
    type: 'MultiPolygon',
    coordinates: [[rect(5.1, 52.08, 5.12, 52.1)], [rect(5.13, 52.08, 5.14, 52.1).slice(0, 4)]],
  };
  const f = only(validateShape(multi, { path: 'effect[0]' }), 'geo.ring-not-closed');
  assert.equal(f.path, 'effect[0].coordinates[1][0]');
});

test('validateArea: effect area required; source outside effect is a warning with a location', () => {
  only(validateArea({ effect: [], source: [] }), 'geo.effect-empty');
  assert.deepEqual(
    validateArea({ effect: [UTRECHT], source: [poly(rect(5.11, 52.085, 5.12, 52.09))] }),
    [],
  );
  const f = only(
    validateArea({ effect: [UTRECHT], source: [poly(rect(5.13, 52.09, 5.15, 52.095))] }),
    'geo.source-outside-effect',
  );
  assert.equal(f.path, 'source');
  assert.ok(f.location && f.location[0] > 5.14, JSON.stringify(f.location));
  const nested = validateArea({ effect: [UTRECHT, BOWTIE], source: [] });
  assert.equal(only(nested, 'geo.self-intersection').path, 'effect[1].coordinates[0]');
});

test('messages come in every language; French and German are translated', () => {
  for (const lang of ['en', 'nl', 'fr', 'de'] as const) {
    const f = only(validateShape(BOWTIE, { lang }), 'geo.self-intersection');
    assert.match(f.message, /52\.09000/);
  }
  const nl = only(validateShape(BOWTIE, { lang: 'nl' }), 'geo.self-intersection');
  assert.match(nl.message, /snijdt zichzelf/);
  const fr = only(
    validateShape(poly(rect(10, 52.0, 11, 52.1)), { lang: 'fr' }),
    'geo.outside-region',
  );
  assert.match(fr.message, /Pays-Bas/);
});

test('validateShape never throws on malformed input', () => {
  const bad = [
    { type: 'Polygon', coordinates: [[1, 2, 3]] },
    { type: 'Polygon', coordinates: 'x' },
    { type: 'MultiPolygon', coordinates: [null] },
    { type: 'Circle', center: null, radiusKm: 1 },
  ] as unknown as AreaShape[];
  for (const shape of bad) {
    const findings = validateShape(shape);
    assert.ok(
      findings.some((f) => f.severity === 'error'),
      JSON.stringify(shape),
    );
  }
});
