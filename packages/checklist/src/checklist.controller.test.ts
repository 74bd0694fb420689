import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyChecklistAction,
  burgernetAction,
  createChecklistState,
  evaluateChecklist,
  nlAlertProcedure,
  type ChecklistAction,
  type ChecklistDefinition,
  type ChecklistState,
  type ChecklistUser,
  loadTranslations,
  resolveChecklistGate,
} from '@sirene/core';
import {
  blockersOf,
  describeChange,
  fromLocalInput,
  mayAct,
  nowIn,
  recordOf,
  resolveDefinition,
  snapshot,
  toLocalInput,
} from './checklist.controller.js';
import { messages, translations } from './messages.js';

// French and German load on demand (the element does it when its language asks for them).
before(() =>
  Promise.all([loadTranslations(translations, 'fr'), loadTranslations(translations, 'de')]),
);

const everyone: ChecklistUser = {
  id: 'u1',
  name: 'Anna de Vries',
  roles: ['decide', 'compose', 'broadcast'],
};

function run(
  def: ChecklistDefinition,
  actions: ChecklistAction[],
  user = everyone,
): ChecklistState {
  let state = createChecklistState(def);
  for (const action of actions) {
    const r = applyChecklistAction(def, state, action, { user, now: '2026-11-23T02:12:00Z' });
    assert.ok(r.ok, `refused ${JSON.stringify(action)}: ${r.ok ? '' : r.error.message.en}`);
    state = r.state;
  }
  return state;
}

/** Everything the NL-Alert `send` gate needs, without extreme violence. */
const sendActions: ChecklistAction[] = [
  { type: 'tick', item: 'criterion-physical-threat' },
  { type: 'set', item: 'extreme-violence', value: 'no' },
  { type: 'tick', item: 'decision' },
  { type: 'tick', item: 'step-7-area' },
  { type: 'tick', item: 'step-9-check' },
  { type: 'set', item: 'step-9-translation', value: 'no-translation' },
  { type: 'tick', item: 'step-10-duration' },
  { type: 'tick', item: 'step-14-area' },
];

describe('messages', () => {
  it('has English, Dutch, French and German for every key, with the same placeholders', () => {
    for (const [key, entry] of Object.entries(messages)) {
      const e = entry as Record<string, string | undefined>;
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const lang of ['en', 'nl', 'fr', 'de']) {
        assert.ok(e[lang], `${key} lacks ${lang}`);
        assert.deepEqual(params(e[lang]!), params(e.en!), `${key}.${lang} placeholders`);
      }
    }
  });
});

describe('resolveDefinition', () => {
  it('takes the host object first, else the shipped checklist by id', () => {
    assert.equal(
      (resolveDefinition(undefined, 'nl-alert-procedure') as { definition: unknown }).definition,
      nlAlertProcedure,
    );
    assert.equal(
      (resolveDefinition(burgernetAction, 'nl-alert-procedure') as { definition: unknown })
        .definition,
      burgernetAction,
    );
  });

  it('reports a missing, unknown or invalid definition as data', () => {
    assert.deepEqual(resolveDefinition(undefined, undefined), {
      problem: { code: 'no-definition' },
    });
    assert.deepEqual(resolveDefinition(undefined, 'nope'), {
      problem: { code: 'unknown-checklist', id: 'nope' },
    });
    const broken = { ...nlAlertProcedure, id: 'Not An Id' };
    const r = resolveDefinition(broken, undefined);
    assert.ok('problem' in r && r.problem.code === 'invalid-definition');
    assert.equal(r.problem.errors[0]?.path, 'id');
  });

  it('validates a custom definition once per object and uses the checked copy', () => {
    const custom = JSON.parse(JSON.stringify(nlAlertProcedure)) as ChecklistDefinition;
    const a = resolveDefinition(custom, undefined);
    const b = resolveDefinition(custom, undefined);
    assert.ok('definition' in a && 'definition' in b);
    assert.equal(a.definition, b.definition);
    assert.deepEqual(a.definition, nlAlertProcedure);
  });
});

describe('snapshot', () => {
  it('starts empty and closed, with localized blockers that name items', () => {
    const s = snapshot({ checklistId: 'nl-alert-procedure' });
    assert.equal(s.open, false);
    assert.equal(s.editable, true);
    assert.deepEqual(s.state, createChecklistState(nlAlertProcedure));
    const en = blockersOf(s, 'en');
    assert.equal(en[0]?.reason, 'at-least');
    assert.equal(en[0]?.message, 'At least one deployment criterion must hold');
    assert.equal(en[0]?.item, 'criterion-act-now');
    const nl = blockersOf(s, 'nl');
    assert.equal(nl[1]?.message, '“Is er sprake van extreem geweld?” is nog niet gedaan.');
    const fr = blockersOf(s, 'fr');
    assert.match(
      fr[1]?.message ?? '',
      /^«\u00a0Is this a situation of extreme violence\?\u00a0» n’est pas fait\.$/,
    );
  });

  it('opens the NL-Alert send gate once every requirement is met, and not before', () => {
    for (let n = 0; n < sendActions.length; n += 1) {
      const state = run(nlAlertProcedure, sendActions.slice(0, n));
      assert.equal(snapshot({ definition: nlAlertProcedure, state }).open, false, `after ${n}`);
    }
    const state = run(nlAlertProcedure, sendActions);
    const s = snapshot({ definition: nlAlertProcedure, state });
    assert.equal(s.open, true);
    assert.deepEqual(blockersOf(s, 'nl'), []);
    // The whole checklist is not complete: the gate is what `complete` means.
    assert.equal(s.evaluation?.complete, false);
  });

  it('keeps a state of another checklist out: read-only, closed, explained', () => {
    const foreign = createChecklistState(burgernetAction);
    const s = snapshot({ checklistId: 'nl-alert-procedure', state: foreign });
    assert.equal(s.editable, false);
    assert.equal(s.open, false);
    assert.equal(s.problem?.code, 'invalid-state');
    const [b] = blockersOf(s, 'en');
    assert.equal(b?.reason, 'invalid-state');
    assert.match(b?.message ?? '', /burgernet-action/);
  });

  it('keeps an unknown gate closed instead of guessing', () => {
    const state = run(nlAlertProcedure, sendActions);
    const s = snapshot({ definition: nlAlertProcedure, state, gate: 'sned' });
    assert.equal(s.open, false);
    assert.deepEqual(
      blockersOf(s, 'en').map((b) => b.reason),
      ['unknown-gate'],
    );
  });

  it('falls back to every visible required item for a definition without gates', () => {
    const def = { ...nlAlertProcedure, id: 'no-gates', gates: [] };
    const s = snapshot({ definition: def });
    assert.equal(s.gate?.kind, 'whole');
    assert.equal(
      blockersOf(s, 'de')[0]?.message,
      '„1. There is an incident: discuss with colleagues whether to deploy an NL-Alert“ ist nicht erledigt.',
    );
  });
});

describe('describeChange', () => {
  it('announces the gate opening first, then the section progress', () => {
    const before = run(nlAlertProcedure, sendActions.slice(0, -1));
    const after = run(nlAlertProcedure, sendActions);
    const said = describeChange(
      nlAlertProcedure,
      evaluateChecklist(nlAlertProcedure, before),
      evaluateChecklist(nlAlertProcedure, after),
      resolveChecklistGate(nlAlertProcedure, 'send'),
      'en',
      'step-14-area',
    );
    assert.deepEqual(said, [
      'Broadcast is allowed now: every condition is met.',
      'Broadcast (steps 12–15): 1 of 6 done.',
    ]);
  });

  it('counts items that appear and disappear', () => {
    const no = run(nlAlertProcedure, [{ type: 'set', item: 'extreme-violence', value: 'no' }]);
    const yes = run(nlAlertProcedure, [{ type: 'set', item: 'extreme-violence', value: 'yes' }]);
    const gate = resolveChecklistGate(nlAlertProcedure, 'send');
    const e = (s: ChecklistState) => evaluateChecklist(nlAlertProcedure, s);
    assert.deepEqual(describeChange(nlAlertProcedure, e(no), e(yes), gate, 'nl'), [
      '5 onderdelen zijn nu ook van toepassing.',
    ]);
    assert.deepEqual(describeChange(nlAlertProcedure, e(yes), e(no), gate, 'en'), [
      '5 items no longer apply; their answers are kept.',
    ]);
  });
});

describe('recordOf and mayAct', () => {
  it('says who ticked, filled in or cleared', () => {
    const item = nlAlertProcedure.sections[0]!.items[0]!;
    const by = { id: 'u1', name: 'Anna' };
    assert.equal(recordOf(item, undefined), undefined);
    assert.equal(recordOf(item, { checked: true, by, at: 'x' })?.key, 'ticked-by');
    assert.equal(recordOf(item, { checked: false, by, at: 'x' })?.key, 'cleared-by');
    const text = { id: 't', kind: 'text' as const, label: { en: 'T', nl: 'T' } };
    assert.equal(recordOf(text, { checked: false, value: 'a', by, at: 'x' })?.key, 'filled-by');
    const choice = nlAlertProcedure.sections[0]!.items[2]!;
    assert.equal(
      recordOf(choice, { checked: false, value: 'no', by, at: 'x' })?.key,
      'answered-by',
    );
  });

  it('lets anyone act on items without a role, and only holders on others', () => {
    assert.equal(mayAct(undefined, null), false);
    assert.equal(mayAct(everyone, null), true);
    assert.equal(mayAct(everyone, 'decide'), true);
    assert.equal(mayAct({ ...everyone, roles: [] }, 'decide'), false);
  });
});

describe('times', () => {
  it('the time inputs read and show Amsterdam wall-clock time unless told another zone', () => {
    // The conversion itself is core's toWallClock/fromWallClock (tested there).
    assert.equal(fromLocalInput('2026-11-23T03:12'), '2026-11-23T03:12:00+01:00');
    assert.equal(toLocalInput('2026-07-01T12:30:00.000Z'), '2026-07-01T14:30');
    assert.equal(fromLocalInput('2026-11-23T03:12', 'UTC'), '2026-11-23T03:12:00+00:00');
    assert.equal(toLocalInput('2026-11-23T02:12:00Z', 'America/New_York'), '2026-11-22T21:12');
  });

  it('gives now to the minute with the zone offset', () => {
    assert.equal(nowIn(new Date('2026-11-23T02:12:45Z')), '2026-11-23T03:12:00+01:00');
  });
});
