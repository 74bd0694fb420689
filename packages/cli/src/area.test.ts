import { test } from 'node:test';
import assert from 'node:assert/strict';
import { areaCommand } from './area.js';
import type { CliIo } from './io.js';

function fakeIo(files: Record<string, string> = {}, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: async () => new TextEncoder().encode(stdin),
    readFile: async (path) => {
      const f = files[path];
      if (f === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return new TextEncoder().encode(f);
    },
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

/** About 2.3 km × 2.2 km around Utrecht's Dom tower. */
const UTRECHT = {
  type: 'Polygon',
  coordinates: [
    [
      [5.105, 52.08],
      [5.14, 52.08],
      [5.14, 52.1],
      [5.105, 52.1],
      [5.105, 52.08],
    ],
  ],
};
const UTRECHT_WKT = 'POLYGON ((5.105 52.08, 5.14 52.08, 5.14 52.1, 5.105 52.1, 5.105 52.08))';
/** A bow-tie: the outline crosses itself at 5.12, 52.09. */
const BOWTIE_WKT = 'POLYGON ((5.1 52.08, 5.14 52.1, 5.14 52.08, 5.1 52.1, 5.1 52.08))';

/** A ring of `n` vertices around Utrecht (a wobbly star), as GeoJSON text. */
function starGeoJson(n: number): string {
  const ring: number[][] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    const r = 0.02 * (1 + 0.3 * Math.sin(7 * a));
    ring.push([5.12 + r * Math.cos(a) * 1.6, 52.09 + r * Math.sin(a)]);
  }
  ring.push(ring[0] as number[]);
  return JSON.stringify({ type: 'Polygon', coordinates: [ring] });
}

interface Fc {
  type: string;
  features: { geometry: { type: string; coordinates: number[][][] }; properties: object }[];
}

test('area check: a valid GeoJSON area exits 0 with its size', async () => {
  const t = fakeIo({ 'a.geojson': JSON.stringify(UTRECHT) });
  assert.equal(await areaCommand(['check', 'a.geojson'], t.io), 0);
  assert.match(t.out(), /a\.geojson: valid \(geojson, profile nl-alert/);
  assert.match(t.out(), /shape 0: Polygon, 5\.\d+ km², 4 vertices \(5 of at most 100 points\)/);
});

test('area check --json: a self-intersection is an error with its location and repair; exit 1', async () => {
  const t = fakeIo({ 'bow.wkt': BOWTIE_WKT });
  assert.equal(await areaCommand(['check', 'bow.wkt', '--json'], t.io), 1);
  const report = JSON.parse(t.out()) as {
    format: string;
    valid: boolean;
    findings: { code: string; severity: string; location?: number[]; repair?: { kind: string } }[];
  };
  assert.equal(report.format, 'wkt');
  assert.equal(report.valid, false);
  const crossing = report.findings.find((f) => f.code === 'geo.self-intersection');
  assert.ok(crossing, 'reports the crossing');
  assert.equal(crossing.severity, 'error');
  assert.deepEqual(
    crossing.location?.map((v) => Math.round(v * 1000) / 1000),
    [5.12, 52.09],
  );
  assert.equal(crossing.repair?.kind, 'make-valid');
});

test('area check: detects CAP polygon text, KML and coordinate lists from content', async () => {
  const cap = '52.08,5.105 52.08,5.14 52.1,5.14 52.1,5.105 52.08,5.105';
  const kml = `<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>5.105,52.08 5.14,52.08 5.14,52.1 5.105,52.1 5.105,52.08</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>`;
  for (const [text, format] of [
    [cap, 'cap-polygon'],
    [kml, 'kml'],
    ['52.08 5.105\n52.08 5.14\n52.1 5.14\n52.1 5.105', 'coordinates'],
  ] as const) {
    const t = fakeIo({ f: text });
    assert.equal(await areaCommand(['check', 'f', '--json'], t.io), 0, format);
    assert.equal((JSON.parse(t.out()) as { format: string }).format, format);
  }
});

test('area check --profile: the profile is named in the output and its vertex limit applies', async () => {
  const t = fakeIo({ s: starGeoJson(150) });
  assert.equal(await areaCommand(['check', 's', '--profile', 'be-alert'], t.io), 1);
  assert.match(t.out(), /profile be-alert/);
  assert.match(t.out(), /geo\.too-many-vertices/);
  assert.match(t.out(), /\[repair: simplify\]/);
});

test('area check --lang nl: messages in Dutch', async () => {
  const t = fakeIo({ 'bow.wkt': BOWTIE_WKT });
  assert.equal(await areaCommand(['check', 'bow.wkt', '--lang', 'nl'], t.io), 1);
  assert.match(t.out(), /De omtrek snijdt zichzelf/);
});

test('area check reads standard input with -, and skips a leading "area"', async () => {
  const t = fakeIo({}, UTRECHT_WKT);
  assert.equal(await areaCommand(['area', 'check', '-'], t.io), 0);
  assert.match(t.out(), /-: valid \(wkt/);
});

test('area check: unreadable input exits 1 with the reader’s finding', async () => {
  const t = fakeIo({ 'x.json': '{"type": "Polygon", "coordinates": [[[5.1, 52.0], ' });
  assert.equal(await areaCommand(['check', 'x.json'], t.io), 1);
  assert.match(t.out(), /INVALID/);
  assert.match(t.out(), /import\.json-syntax/);
});

test('area repair: a bow-tie becomes a valid MultiPolygon of two triangles (GeoJSON on stdout)', async () => {
  const t = fakeIo({ 'bow.wkt': BOWTIE_WKT });
  assert.equal(await areaCommand(['repair', 'bow.wkt'], t.io), 0);
  const fc = JSON.parse(t.out()) as Fc;
  assert.equal(fc.type, 'FeatureCollection');
  assert.equal(fc.features[0]?.geometry.type, 'MultiPolygon');
  assert.equal(fc.features[0]?.geometry.coordinates.length, 2);
  assert.match(t.err(), /applied shapes\[0\]: make-valid/);
  // And the repaired area checks clean.
  const again = fakeIo({ 'r.geojson': t.out() });
  assert.equal(await areaCommand(['check', 'r.geojson'], again.io), 0);
});

test('area repair --to wkt on a valid area: nothing to repair, written unchanged', async () => {
  const t = fakeIo({ a: UTRECHT_WKT });
  assert.equal(await areaCommand(['repair', 'a', '--to', 'wkt'], t.io), 0);
  assert.equal(t.out().trim(), UTRECHT_WKT);
  assert.match(t.err(), /nothing to repair/);
});

test('area simplify --max-vertices: at most N vertices, never shrinking', async () => {
  const t = fakeIo({ s: starGeoJson(300) });
  assert.equal(await areaCommand(['simplify', 's', '--max-vertices', '20'], t.io), 0);
  const fc = JSON.parse(t.out()) as Fc;
  const ring = fc.features[0]?.geometry.coordinates[0] ?? [];
  assert.ok(ring.length <= 21, `got ${ring.length} positions`);
  assert.match(t.err(), /geo\.simplified/);
  assert.match(t.err(), /Simplified from 301 to \d+ points/);
});

test('area simplify without --max-vertices uses the profile limit', async () => {
  const t = fakeIo({ s: starGeoJson(150) });
  assert.equal(await areaCommand(['simplify', 's'], t.io), 0);
  const fc = JSON.parse(t.out()) as Fc;
  assert.ok((fc.features[0]?.geometry.coordinates[0]?.length ?? 0) <= 100);
});

test('area convert --to cap: a CAP <area> with lat,lon pairs; circles stay circles', async () => {
  const t = fakeIo({ a: JSON.stringify(UTRECHT) });
  assert.equal(await areaCommand(['convert', 'a', '--to', 'cap'], t.io), 0);
  assert.match(t.out(), /<area>/);
  assert.match(
    t.out(),
    /<polygon>52\.08,5\.105 52\.08,5\.14 52\.1,5\.14 52\.1,5\.105 52\.08,5\.105<\/polygon>/,
  );
  const c = fakeIo({ c: '52.0907,5.1214 2.5' });
  assert.equal(await areaCommand(['convert', 'c', '--to', 'cap'], c.io), 0);
  assert.match(c.out(), /<circle>52\.0907,5\.1214 2\.5<\/circle>/);
  const g = fakeIo({ c: '52.0907,5.1214 2.5' });
  assert.equal(await areaCommand(['convert', 'c', '--to', 'geojson'], g.io), 0);
  const fc = JSON.parse(g.out()) as Fc;
  assert.deepEqual(fc.features[0]?.properties, { shape: 'Circle', radiusKm: 2.5 });
});

test('area convert --to wkt and kml; a CAP area XML in', async () => {
  const cap = `<area><areaDesc>Utrecht centrum</areaDesc><polygon>52.08,5.105 52.08,5.14 52.1,5.14 52.1,5.105 52.08,5.105</polygon></area>`;
  const w = fakeIo({ a: cap });
  assert.equal(await areaCommand(['convert', 'a', '--to', 'wkt'], w.io), 0);
  assert.equal(w.out().trim(), UTRECHT_WKT);
  const k = fakeIo({ a: cap });
  assert.equal(await areaCommand(['convert', 'a', '--to', 'kml'], k.io), 0);
  assert.match(k.out(), /<name>Utrecht centrum<\/name>/);
  assert.match(k.out(), /5\.105,52\.08 5\.14,52\.08/);
});

test('area convert: an unreadable file exits 1 and writes nothing to stdout', async () => {
  const t = fakeIo({ a: 'POLYGON ((5.1 52.0, oops))' });
  assert.equal(await areaCommand(['convert', 'a', '--to', 'geojson'], t.io), 1);
  assert.equal(t.out(), '');
  assert.match(t.err(), /import\.wkt-syntax/);
});

test('usage errors exit 2 with a message that says what to do', async () => {
  const cases: [string[], RegExp][] = [
    [[], /name what to do with the area/],
    [['frobnicate', 'a'], /Unknown command "area frobnicate"\. Use one of: area check/],
    [['check'], /Expected exactly one file: sirene area check <file>/],
    [['check', 'a', 'b'], /Expected exactly one file/],
    [['check', 'missing.json'], /Cannot read missing\.json: no such file/],
    [['check', 'a', '--profile', 'uk-alert'], /Unknown profile "uk-alert"\. Use one of: nl-alert/],
    [['convert', 'a'], /Say what to convert to: .* --to geojson\|wkt\|kml\|cap/],
    [['convert', 'a', '--to', 'shp'], /Unknown output format "shp"/],
    [
      ['simplify', 'a', '--max-vertices', '2'],
      /--max-vertices must be a whole number of at least 4/,
    ],
    [['simplify', 'a', '--max-vertices', 'ten'], /--max-vertices must be a whole number/],
    [['check', 'a', '--max-vertices', '10'], /--max-vertices belongs to "sirene area simplify"/],
    [['check', 'a', '--to', 'wkt'], /area check writes findings/],
    [['check', 'a', '--lang', 'xx'], /Unknown language "xx"/],
    [['check', 'a', '--bogus'], /bogus/],
  ];
  for (const [argv, message] of cases) {
    const t = fakeIo({ a: UTRECHT_WKT, b: UTRECHT_WKT });
    assert.equal(await areaCommand(argv, t.io), 2, argv.join(' '));
    assert.match(t.err(), message, argv.join(' '));
  }
});

test('area --help prints the commands and exits 0', async () => {
  const t = fakeIo();
  assert.equal(await areaCommand(['--help'], t.io), 0);
  assert.match(t.out(), /sirene area check/);
  assert.match(t.out(), /sirene area convert <file\|-> --to geojson\|wkt\|kml\|cap/);
});
