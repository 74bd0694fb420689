import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GEO_MESSAGES, geoFinding, hasErrors, joinPath } from './findings.js';
import type { GeoCode } from './findings.js';

test('every message exists in English, Dutch, French and German with the same placeholders', () => {
  const placeholders = (s: string): string[] =>
    [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
  for (const [code, entry] of Object.entries(GEO_MESSAGES)) {
    const langs = [entry.en, entry.nl, entry.fr, entry.de];
    for (const text of langs) assert.ok(text && text.trim().length > 0, code);
    assert.notEqual(entry.nl, entry.en, `${code} has a Dutch translation`);
    for (const text of langs.slice(1)) {
      assert.deepEqual(placeholders(text), placeholders(entry.en), `${code}: ${text}`);
    }
  }
});

test('geoFinding renders the message, fills lat/lon from the location and keeps the extras', () => {
  const f = geoFinding('geo.self-intersection' satisfies GeoCode, 'nl', {
    severity: 'error',
    path: 'effect[0].coordinates[0]',
    location: [5.12, 52.09],
    repair: { kind: 'make-valid' },
  });
  assert.equal(f.message, 'De omtrek snijdt zichzelf bij 52.09000, 5.12000.');
  assert.equal(f.source, 'rules');
  assert.deepEqual(f.location, [5.12, 52.09]);
  assert.deepEqual(f.repair, { kind: 'make-valid' });
  const noPlace = geoFinding('geo.overlapping-parts', 'en', { severity: 'warning' });
  assert.equal(noPlace.message, 'Parts of the area overlap (near ?, ?).');
  assert.equal(noPlace.path, '');
  assert.ok(!('location' in noPlace));
  assert.equal(hasErrors([f]), true);
  assert.equal(hasErrors([noPlace]), false);
});

test('joinPath joins model paths', () => {
  assert.equal(joinPath(undefined, 'coordinates[0]'), 'coordinates[0]');
  assert.equal(joinPath('effect[0]', 'coordinates[0]'), 'effect[0].coordinates[0]');
  assert.equal(joinPath('shapes', '[2]'), 'shapes[2]');
  assert.equal(joinPath('infos[0].areas[1]', ''), 'infos[0].areas[1]');
});
