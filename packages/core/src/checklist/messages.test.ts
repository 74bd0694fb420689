import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checklistMessage, checklistMessages } from './messages.js';
import { applyChecklistAction, createChecklistState } from './engine.js';
import { nlAlertProcedure as def } from './definitions/nl-alert-procedure.js';
import * as core from '../index.js';

const params = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

test('the exported catalog has all four languages with the same placeholders', () => {
  assert.equal(core.checklistMessages, checklistMessages, 'exported from @sirene/core');
  for (const [key, entry] of Object.entries(checklistMessages)) {
    for (const lang of ['nl', 'fr', 'de'] as const) {
      const text = (entry as Partial<Record<typeof lang, string>>)[lang];
      assert.ok(text, `${key} has ${lang}`);
      assert.deepEqual(params(text), params(entry.en), `${key} placeholders in ${lang}`);
    }
  }
});

test('it is the catalog the engine fills its messages from', () => {
  assert.deepEqual(checklistMessage('unknown-item', { item: 'x' }), {
    en: checklistMessages['unknown-item'].en.replace('{item}', 'x'),
    nl: checklistMessages['unknown-item'].nl.replace('{item}', 'x'),
    fr: checklistMessages['unknown-item'].fr.replace('{item}', 'x'),
    de: checklistMessages['unknown-item'].de.replace('{item}', 'x'),
  });
  // A localized parameter is given in each language, English where it lacks one.
  assert.deepEqual(checklistMessage('not-done', { label: { en: 'Tick', nl: 'Vink' } }), {
    en: checklistMessages['not-done'].en.replace('{label}', 'Tick'),
    nl: checklistMessages['not-done'].nl.replace('{label}', 'Vink'),
    fr: checklistMessages['not-done'].fr.replace('{label}', 'Tick'),
    de: checklistMessages['not-done'].de.replace('{label}', 'Tick'),
  });
  // A refusal the engine returns reads exactly the catalog's text.
  const composer = { id: 'u2', name: 'Bram Jansen', roles: ['compose'] };
  const r = applyChecklistAction(
    def,
    createChecklistState(def),
    { type: 'tick', item: 'decision' },
    { user: composer, now: new Date('2026-11-23T02:00:00Z') },
  );
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'role-mismatch');
  assert.match(r.error.message.en, /^Only the role “.+” may change “.+”\.$/);
  assert.equal(
    checklistMessages['role-mismatch'].en,
    'Only the role “{role}” may change “{label}”.',
  );
});
