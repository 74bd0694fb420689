import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checklistMessage, checklistMessageWith, checklistMessages } from './messages.js';
import { applyChecklistAction, createChecklistState } from './engine.js';
import { nlAlertProcedure as def } from './definitions/nl-alert-procedure.js';
import * as core from '../index.js';

const params = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

test('the exported catalog has English and Dutch with the same placeholders', () => {
  assert.equal(core.checklistMessages, checklistMessages, 'exported from @sirene/core');
  for (const [key, entry] of Object.entries(checklistMessages)) {
    assert.ok(entry.en && entry.nl, `${key} has English and Dutch`);
    assert.deepEqual(params(entry.nl), params(entry.en), `${key} placeholders`);
  }
});

test('it is the catalog the engine fills its messages from', () => {
  assert.deepEqual(checklistMessage('unknown-item', { item: 'x' }), {
    en: checklistMessages['unknown-item'].en.replace('{item}', 'x'),
    nl: checklistMessages['unknown-item'].nl.replace('{item}', 'x'),
  });
  assert.deepEqual(checklistMessageWith('not-done', { label: { en: 'Tick', nl: 'Vink' } }), {
    en: checklistMessages['not-done'].en.replace('{label}', 'Tick'),
    nl: checklistMessages['not-done'].nl.replace('{label}', 'Vink'),
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
