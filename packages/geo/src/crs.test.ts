import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CRS_CODES, fromWgs84, parseCrs, toWgs84, transformNested, transformPoint } from './crs.js';
import type { CrsCode } from './crs.js';

/** A grid over the Netherlands and Belgium. */
function* grid(): Generator<[number, number]> {
  for (let lon = 2.5; lon <= 7.3; lon += 0.4) {
    for (let lat = 49.5; lat <= 53.6; lat += 0.4) yield [lon, lat];
  }
}

test('round trips through every CRS are accurate to < 0.01 m over NL and BE', () => {
  for (const crs of CRS_CODES) {
    if (crs === 'EPSG:4326') continue;
    let worst = 0;
    for (const p of grid()) {
      const xy = fromWgs84(p, crs);
      const back = toWgs84(xy, crs);
      const again = fromWgs84(back, crs);
      worst = Math.max(worst, Math.hypot(again[0] - xy[0], again[1] - xy[1]));
      // In degrees too: 1e-7° is about 1 cm.
      assert.ok(Math.abs(back[0] - p[0]) < 1e-7 && Math.abs(back[1] - p[1]) < 1e-7, `${crs} ${p}`);
    }
    assert.ok(worst < 0.01, `${crs}: ${worst} m`);
  }
});

test('projected round trips (RD New → WGS84 → RD New) are accurate to < 0.01 m', () => {
  const cases: [CrsCode, [number, number]][] = [
    ['EPSG:28992', [155000, 463000]],
    ['EPSG:28992', [13000, 375000]],
    ['EPSG:28992', [270000, 600000]],
    ['EPSG:31370', [150000, 170000]],
    ['EPSG:3812', [650000, 670000]],
  ];
  for (const [crs, xy] of cases) {
    const back = fromWgs84(toWgs84(xy, crs), crs);
    assert.ok(Math.hypot(back[0] - xy[0], back[1] - xy[1]) < 0.01, `${crs} ${xy}`);
  }
});

test('known points: the Amersfoort origin of RD New, and Lambert 72 vs 2008 in Brussels', () => {
  // RD New's origin, Onze Lieve Vrouwetoren in Amersfoort: 52.15517440 N, 5.38720621 E.
  const [lon, lat] = toWgs84([155000, 463000], 'EPSG:28992');
  assert.ok(
    Math.abs(lat - 52.1551744) < 2e-5 && Math.abs(lon - 5.38720621) < 2e-5,
    `${lat} ${lon}`,
  );
  // Lambert 2008 coordinates are about Lambert 72 + 500 km in both axes.
  const l72 = fromWgs84([4.3517, 50.8466], 'EPSG:31370');
  const l08 = fromWgs84([4.3517, 50.8466], 'EPSG:3812');
  assert.ok(Math.abs(l08[0] - l72[0] - 500000) < 5, String(l08[0] - l72[0]));
  assert.ok(Math.abs(l08[1] - l72[1] - 500000) < 5, String(l08[1] - l72[1]));
  // Web Mercator of 0,0 is 0,0.
  assert.ok(fromWgs84([0, 0], 'EPSG:3857').every((v) => Math.abs(v) < 1e-6));
});

test('transformNested keeps structure; transformPoint never throws', () => {
  const rings = [
    [
      [155000, 463000],
      [156000, 463000],
      [156000, 464000],
      [155000, 463000],
    ],
  ];
  const out = transformNested(rings, 'EPSG:28992', 'EPSG:4326');
  assert.equal(out.length, 1);
  assert.equal(out[0]?.length, 4);
  assert.ok(Math.abs((out[0]?.[0]?.[1] ?? 0) - 52.155) < 0.001);
  assert.deepEqual(transformPoint([1, 2], 'EPSG:4326', 'EPSG:4326'), [1, 2]);
  const bad = transformPoint([Number.NaN, 5], 'EPSG:4326', 'EPSG:28992');
  assert.ok(bad.every((v) => Number.isNaN(v)) || bad.every((v) => typeof v === 'number'));
});

test('parseCrs understands the common spellings', () => {
  assert.equal(parseCrs('EPSG:28992'), 'EPSG:28992');
  assert.equal(parseCrs('urn:ogc:def:crs:EPSG::31370'), 'EPSG:31370');
  assert.equal(parseCrs('3812'), 'EPSG:3812');
  assert.equal(parseCrs('urn:ogc:def:crs:OGC:1.3:CRS84'), 'EPSG:4326');
  assert.equal(parseCrs('EPSG:2154'), null);
  assert.equal(parseCrs('nonsense'), null);
});
