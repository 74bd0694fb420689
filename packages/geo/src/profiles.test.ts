import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_GEO_PROFILE,
  GEO_PROFILES,
  GEO_PROFILE_IDS,
  REGION_BE,
  REGION_NL,
  geoProfile,
  inRegion,
  inRegions,
  REGIONS_NL_BE,
} from './profiles.js';

test('every profile has a vertex limit, thresholds and regions; IPAWS allows 100 points', () => {
  for (const id of GEO_PROFILE_IDS) {
    const p = GEO_PROFILES[id];
    assert.equal(p.id, id);
    assert.ok(p.maxPolygonPoints >= 5);
    assert.ok(p.minAreaKm2 > 0);
  }
  assert.equal(GEO_PROFILES.ipaws.maxPolygonPoints, 100);
  assert.equal(GEO_PROFILES['nl-alert'].maxAreaKm2, 10_000);
  assert.deepEqual(GEO_PROFILES['nl-alert'].regions, [REGION_NL]);
  assert.deepEqual(GEO_PROFILES['eu-alert'].regions, REGIONS_NL_BE);
  assert.equal(geoProfile('be-alert').id, 'be-alert');
  assert.equal(geoProfile('nope').id, DEFAULT_GEO_PROFILE);
  assert.equal(geoProfile(undefined).id, 'nl-alert');
});

test('region outlines tell the Netherlands and Belgium apart, with a margin at borders', () => {
  const places: [string, [number, number], boolean, boolean][] = [
    // name, [lon, lat], in NL, in BE
    ['Utrecht', [5.1214, 52.0907], true, false],
    ['Maastricht', [5.6909, 50.8514], true, true], // within the margin of Belgium
    ['Den Helder', [4.7597, 52.9563], true, false],
    ['Schiermonnikoog', [6.2, 53.48], true, false],
    ['Cadzand', [3.41, 51.37], true, true],
    ['Brussels', [4.3525, 50.8467], false, true],
    ['Arlon', [5.8167, 49.6833], false, true],
    ['De Panne', [2.5925, 51.0989], false, true],
    ['Düren', [6.4827, 50.8048], false, false],
    ['Münster', [7.6261, 51.9607], false, false],
    ['Lille', [3.0573, 50.6292], false, false],
    ['Indian Ocean (52.09 E, 5.12 N)', [52.09, 5.12], false, false],
  ];
  for (const [name, p, nl, be] of places) {
    assert.equal(inRegion(p, REGION_NL), nl, `${name} in NL`);
    assert.equal(inRegion(p, REGION_BE), be, `${name} in BE`);
    assert.equal(inRegions(p, REGIONS_NL_BE), nl || be, `${name} in NL/BE`);
  }
});
