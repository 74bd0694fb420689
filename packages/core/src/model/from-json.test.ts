import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alertFromJson } from './from-json.js';

const minimal = {
  identifier: 'NL-2026-0001',
  sender: 'meldkamer@vrr.nl',
  sent: '2026-11-23T03:12:00+01:00',
  status: 'Exercise',
  msgType: 'Alert',
  scope: 'Public',
  infos: [
    {
      language: 'nl-NL',
      categories: ['Fire'],
      event: 'Grote brand',
      urgency: 'Immediate',
      severity: 'Severe',
      certainty: 'Observed',
      areas: [
        {
          areaDesc: 'Rotterdam-Noord',
          polygons: [
            [
              [4.47, 51.93],
              [4.49, 51.93],
              [4.49, 51.94],
              [4.47, 51.93],
            ],
          ],
        },
      ],
    },
  ],
};

test('reads a minimal alert and fills absent lists with empty ones', () => {
  const result = alertFromJson(minimal);
  assert.equal(result.ok, true);
  if (!result.ok) return;
  assert.deepEqual(result.alert.codes, []);
  assert.deepEqual(result.alert.infos[0]?.responseTypes, []);
  assert.deepEqual(result.alert.infos[0]?.areas[0]?.circles, []);
  assert.deepEqual(result.alert.infos[0]?.areas[0]?.polygons[0]?.[1], [4.49, 51.93]);
  assert.equal(result.findings.length, 0);
});

test('reads the cap part of a Sirene alert', () => {
  const result = alertFromJson({
    cap: minimal,
    sirene: { channels: [], durationMinutes: 60, state: 'draft' },
  });
  assert.equal(result.ok, true);
});

test('reports each wrong field with its path, in the language asked for', () => {
  const bad = structuredClone(minimal) as Record<string, unknown> & typeof minimal;
  (bad as Record<string, unknown>)['status'] = 'Real';
  delete (bad as Record<string, unknown>)['sender'];
  (bad.infos[0] as Record<string, unknown>)['urgency'] = 3;
  (bad.infos[0]!.areas[0]!.polygons[0] as unknown[])[2] = [4.49];
  const result = alertFromJson(bad, { lang: 'nl' });
  assert.equal(result.ok, false);
  const byPath = Object.fromEntries(result.findings.map((f) => [f.path, f.code]));
  assert.equal(byPath['status'], 'json.not-enum');
  assert.equal(byPath['sender'], 'json.missing');
  assert.equal(byPath['infos[0].urgency'], 'json.not-string');
  assert.equal(byPath['infos[0].areas[0].polygons[0][2]'], 'json.not-position');
  const status = result.findings.find((f) => f.path === 'status');
  assert.match(status!.message, /niet toegestaan.*Actual, Exercise/);
});

test('warns about unknown fields instead of dropping them silently', () => {
  const result = alertFromJson({ ...minimal, identifer: 'typo' });
  assert.equal(result.ok, true);
  assert.deepEqual(
    result.findings.map((f) => [f.code, f.path, f.severity]),
    [['json.unknown-field', 'identifer', 'warning']],
  );
});

test('refuses input that is not an object', () => {
  for (const input of [null, 42, 'alert', [minimal]]) {
    const result = alertFromJson(input);
    assert.equal(result.ok, false);
    assert.equal(result.findings[0]?.code, 'json.not-object');
  }
});
