import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyChecklistAction,
  checklistGateStatus,
  createChecklistState,
  evaluateChecklist,
  resolveChecklistGate,
  type ChecklistActionContext,
} from './engine.js';
import { nlAlertProcedure as def, NL_ALERT_CRITERIA } from './definitions/nl-alert-procedure.js';
import { beAlert } from './definitions/be-alert.js';
import { burgernetAction } from './definitions/burgernet-action.js';
import type {
  ChecklistAction,
  ChecklistDefinition,
  ChecklistState,
  ChecklistUser,
} from './types.js';

const decider: ChecklistUser = { id: 'u1', name: 'Anna de Vries', roles: ['decide'] };
const composer: ChecklistUser = { id: 'u2', name: 'Bram Jansen', roles: ['compose'] };
const broadcaster: ChecklistUser = { id: 'u3', name: 'Chris Bakker', roles: ['broadcast'] };
const T0 = new Date('2026-11-23T02:12:00.000Z');

/** Applies actions in order, each by `user`, one minute apart; fails on any refusal. */
function run(
  d: ChecklistDefinition,
  state: ChecklistState,
  user: ChecklistUser,
  actions: ChecklistAction[],
): ChecklistState {
  let s = state;
  actions.forEach((action, i) => {
    const now = new Date(T0.getTime() + i * 60_000);
    const result = applyChecklistAction(d, s, action, { user, now });
    assert.ok(result.ok, `${action.type} ${action.item}: ${!result.ok && result.error.code}`);
    s = result.state;
  });
  return s;
}

const tick = (...items: string[]): ChecklistAction[] =>
  items.map((item) => ({ type: 'tick', item }));

test('a new state is empty and nothing is done', () => {
  const s = createChecklistState(def);
  assert.deepEqual(s, {
    format: 1,
    checklist: 'nl-alert-procedure',
    version: 1,
    items: {},
    history: [],
  });
  const e = evaluateChecklist(def, s);
  assert.equal(e.complete, false);
  assert.equal(e.gates.send?.open, false);
  assert.ok(e.sections.every((sec) => sec.done === 0));
});

test('ticking records who and when, in the item and in the history', () => {
  const result = applyChecklistAction(
    def,
    createChecklistState(def),
    { type: 'tick', item: 'step-1-discuss' },
    {
      user: decider,
      now: '2026-11-23T03:12:00+01:00',
    },
  );
  assert.ok(result.ok);
  const by = { id: 'u1', name: 'Anna de Vries' };
  assert.deepEqual(result.state.items['step-1-discuss'], {
    checked: true,
    by,
    at: '2026-11-23T02:12:00.000Z',
  });
  assert.deepEqual(result.state.history, [
    { type: 'tick', item: 'step-1-discuss', by, at: '2026-11-23T02:12:00.000Z' },
  ]);
});

test('applyChecklistAction never mutates its input', () => {
  const s0 = createChecklistState(def);
  const frozen = structuredClone(s0);
  const s1 = run(def, s0, decider, tick('step-1-discuss'));
  assert.deepEqual(s0, frozen);
  const snapshot = structuredClone(s1);
  run(def, s1, decider, [{ type: 'untick', item: 'step-1-discuss' }]);
  assert.deepEqual(s1, snapshot);
});

test('conditional items appear and disappear with the values they depend on', () => {
  const policeItems = [
    'police-advisor-function',
    'police-advisor-name',
    'police-advice-time',
    'second-opinion',
  ];
  let s = createChecklistState(def);
  const visible = (st: ChecklistState) => new Set(evaluateChecklist(def, st).visibleItems);
  assert.ok(
    policeItems.every((id) => !visible(s).has(id)),
    'hidden while unanswered',
  );

  s = run(def, s, decider, [{ type: 'set', item: 'extreme-violence', value: 'yes' }]);
  assert.ok(
    policeItems.every((id) => visible(s).has(id)),
    'shown for extreme violence',
  );
  assert.equal(
    evaluateChecklist(def, s).sections.find((x) => x.id === 'police-advice')?.visible,
    true,
  );

  s = run(def, s, decider, [{ type: 'set', item: 'police-advisor-name', value: 'J. Smit' }]);
  s = run(def, s, decider, [{ type: 'set', item: 'extreme-violence', value: 'no' }]);
  assert.ok(
    policeItems.every((id) => !visible(s).has(id)),
    'hidden again',
  );
  // The value is kept, but does not count while hidden.
  assert.equal(s.items['police-advisor-name']?.value, 'J. Smit');
  assert.equal(evaluateChecklist(def, s).items['police-advisor-name']?.done, false);

  s = run(def, s, decider, [{ type: 'clear', item: 'extreme-violence' }]);
  assert.ok(!visible(s).has('police-advisor-name'), 'clearing the answer hides it too');
  s = run(def, s, decider, [{ type: 'set', item: 'extreme-violence', value: 'yes' }]);
  assert.equal(
    evaluateChecklist(def, s).items['police-advisor-name']?.done,
    true,
    'and it counts again',
  );
});

test('conditions chain: an item hidden by a hidden item stays hidden', () => {
  // stop-running-broadcast needs follow-up-kind, whose section needs step 15.
  let s = createChecklistState(def);
  s = run(def, s, broadcaster, tick('step-15-broadcast'));
  s = run(def, s, decider, [{ type: 'set', item: 'follow-up-kind', value: 'end-message' }]);
  assert.ok(evaluateChecklist(def, s).visibleItems.includes('stop-running-broadcast'));
  s = run(def, s, broadcaster, [{ type: 'untick', item: 'step-15-broadcast' }]);
  const e = evaluateChecklist(def, s);
  assert.ok(!e.visibleItems.includes('follow-up-kind'));
  assert.ok(!e.visibleItems.includes('stop-running-broadcast'));
});

test('multi-choice conditions: includes shows one check per chosen language', () => {
  let s = createChecklistState(beAlert);
  const operator: ChecklistUser = { id: 'op', name: 'Op', roles: ['operator'] };
  s = run(beAlert, s, operator, [{ type: 'set', item: 'languages', value: ['fr', 'nl'] }]);
  const e = evaluateChecklist(beAlert, s);
  assert.ok(e.visibleItems.includes('text-nl-checked'));
  assert.ok(e.visibleItems.includes('text-fr-checked'));
  assert.ok(!e.visibleItems.includes('text-de-checked'));
  assert.deepEqual(s.items.languages?.value, ['nl', 'fr'], 'stored in option order');
});

test('actions on hidden or unknown items are refused, as data', () => {
  const s = createChecklistState(def);
  const hidden = applyChecklistAction(
    def,
    s,
    { type: 'set', item: 'police-advisor-name', value: 'X' },
    { user: decider, now: T0 },
  );
  assert.equal(hidden.ok, false);
  if (!hidden.ok) {
    assert.equal(hidden.error.code, 'hidden-item');
    assert.equal(hidden.error.item, 'police-advisor-name');
    assert.match(hidden.error.message.nl, /niet van toepassing/);
  }
  const unknown = applyChecklistAction(
    def,
    s,
    { type: 'tick', item: 'step-4' },
    { user: decider, now: T0 },
  );
  assert.equal(!unknown.ok && unknown.error.code, 'unknown-item');
});

test('roles: only the item’s role may act on it', () => {
  const s = createChecklistState(def);
  const cases: [ChecklistUser, string, boolean][] = [
    [decider, 'step-1-discuss', true],
    [composer, 'step-1-discuss', false],
    [composer, 'step-7-area', true],
    [broadcaster, 'step-7-area', false],
    [broadcaster, 'step-14-area', true],
    [decider, 'step-15-broadcast', false],
    [{ id: 'u9', name: 'Nobody', roles: [] }, 'criterion-unrest', false],
    [
      { id: 'u8', name: 'All', roles: ['decide', 'compose', 'broadcast'] },
      'step-15-broadcast',
      true,
    ],
  ];
  for (const [user, item, allowed] of cases) {
    const r = applyChecklistAction(def, s, { type: 'tick', item }, { user, now: T0 });
    assert.equal(r.ok, allowed, `${user.name} on ${item}`);
    if (!r.ok) {
      assert.equal(r.error.code, 'role-mismatch');
      assert.match(r.error.message.en, /Only the role/);
    }
  }
  // An item's own role overrides its section's: stop-running-broadcast sits in a decide section.
  let t = run(def, s, broadcaster, tick('step-15-broadcast'));
  t = run(def, t, decider, [{ type: 'set', item: 'follow-up-kind', value: 'new-alert' }]);
  const ctx = (user: ChecklistUser): ChecklistActionContext => ({ user, now: T0 });
  assert.equal(
    applyChecklistAction(def, t, { type: 'tick', item: 'stop-running-broadcast' }, ctx(decider)).ok,
    false,
  );
  assert.equal(
    applyChecklistAction(def, t, { type: 'tick', item: 'stop-running-broadcast' }, ctx(composer))
      .ok,
    true,
  );
});

test('kinds and values are checked', () => {
  const s = run(def, createChecklistState(def), decider, [
    { type: 'set', item: 'extreme-violence', value: 'yes' },
  ]);
  const ctx = { user: decider, now: T0 };
  const code = (action: ChecklistAction) => {
    const r = applyChecklistAction(def, s, action, ctx);
    return r.ok ? 'ok' : r.error.code;
  };
  assert.equal(code({ type: 'tick', item: 'police-advisor-name' }), 'not-a-check');
  assert.equal(code({ type: 'set', item: 'second-opinion', value: 'yes' }), 'not-an-input');
  assert.equal(code({ type: 'set', item: 'extreme-violence', value: 'maybe' }), 'invalid-value');
  assert.equal(code({ type: 'set', item: 'police-advice-time', value: '03:12' }), 'invalid-value');
  assert.equal(
    code({ type: 'set', item: 'police-advice-time', value: '2026-02-30T03:12:00+01:00' }),
    'invalid-value',
  );
  assert.equal(
    code({ type: 'set', item: 'police-advice-time', value: '2026-11-23T03:12+01:00' }),
    'ok',
  );
  assert.equal(
    code({ type: 'set', item: 'police-advisor-name', value: ['J. Smit'] }),
    'invalid-value',
  );
  assert.equal(
    code({ type: 'set', item: 'police-advisor-name', value: 'x'.repeat(201) }),
    'invalid-value',
  );
  const badTime = applyChecklistAction(
    def,
    s,
    { type: 'tick', item: 'decision' },
    { user: decider, now: new Date('nope') },
  );
  assert.equal(!badTime.ok && badTime.error.code, 'invalid-time');
  const badUser = applyChecklistAction(
    def,
    s,
    { type: 'tick', item: 'decision' },
    {
      user: { id: '', name: 'x', roles: ['decide'] },
      now: T0,
    },
  );
  assert.equal(!badUser.ok && badUser.error.code, 'invalid-user');
});

test('repeating the current value changes nothing and adds no history', () => {
  const s = run(def, createChecklistState(def), decider, tick('decision'));
  const again = applyChecklistAction(
    def,
    s,
    { type: 'tick', item: 'decision' },
    { user: decider, now: T0 },
  );
  assert.ok(again.ok);
  assert.equal(again.changed, false);
  assert.equal(again.state, s);
  const clearUntouched = applyChecklistAction(
    def,
    s,
    { type: 'clear', item: 'attention-value' },
    { user: decider, now: T0 },
  );
  assert.ok(clearUntouched.ok && !clearUntouched.changed);
});

test('a state for another checklist or version is refused', () => {
  const other = { ...createChecklistState(def), version: 2 };
  const r = applyChecklistAction(
    def,
    other,
    { type: 'tick', item: 'decision' },
    { user: decider, now: T0 },
  );
  assert.equal(!r.ok && r.error.code, 'state-mismatch');
});

/** Everything the send gate asks for, without extreme violence. */
function readyToSend(): ChecklistState {
  let s = createChecklistState(def);
  s = run(def, s, decider, [
    ...tick(
      'step-1-discuss',
      'attention-value',
      'criterion-physical-threat',
      'decision',
      'step-2-inform-composer',
    ),
    { type: 'set', item: 'extreme-violence', value: 'no' },
  ]);
  s = run(def, s, composer, [
    ...tick(
      'step-5-login',
      'step-6-agree',
      'step-7-area',
      'step-8-standard-message',
      'step-9-check',
      'step-10-duration',
    ),
    { type: 'set', item: 'step-9-translation', value: 'matches' },
  ]);
  return run(def, s, broadcaster, tick('step-12-notified', 'step-13-login', 'step-14-area'));
}

test('NL-Alert: ticking through the procedure opens send only at the end', () => {
  const s = readyToSend();
  assert.deepEqual(evaluateChecklist(def, s).gates.send, { open: true, blockers: [] });
  assert.equal(
    evaluateChecklist(def, s).complete,
    false,
    'send opens before the checklist is complete',
  );

  // Each requirement, taken away on its own, closes the gate again with that blocker.
  const required: [string, string][] = [
    ['criterion-physical-threat', 'criterion-act-now'],
    ['decision', 'decision'],
    ['step-7-area', 'step-7-area'],
    ['step-14-area', 'step-14-area'],
    ['step-9-check', 'step-9-check'],
    ['step-9-translation', 'step-9-translation'],
    ['step-10-duration', 'step-10-duration'],
    ['extreme-violence', 'extreme-violence'],
  ];
  const all: ChecklistUser = { id: 'u0', name: 'Admin', roles: ['decide', 'compose', 'broadcast'] };
  for (const [item, blocker] of required) {
    const r = applyChecklistAction(def, s, { type: 'clear', item }, { user: all, now: T0 });
    assert.ok(r.ok && r.changed, item);
    const gate = evaluateChecklist(def, r.state).gates.send;
    assert.equal(gate?.open, false, `send must close without ${item}`);
    assert.deepEqual(
      gate?.blockers.map((b) => b.item),
      [blocker],
      item,
    );
  }
  // Optional steps do not hold the gate.
  const noLogin = applyChecklistAction(
    def,
    s,
    { type: 'clear', item: 'step-5-login' },
    { user: all, now: T0 },
  );
  assert.ok(noLogin.ok && evaluateChecklist(def, noLogin.state).gates.send?.open);
});

test('NL-Alert: at least one of the four criteria, any one will do', () => {
  const base = readyToSend();
  const all: ChecklistUser = { id: 'u0', name: 'Admin', roles: ['decide'] };
  const none = run(def, base, all, [{ type: 'untick', item: 'criterion-physical-threat' }]);
  const blocker = evaluateChecklist(def, none).gates.send?.blockers[0];
  assert.equal(blocker?.reason, 'at-least');
  assert.equal(blocker?.needed, 1);
  assert.deepEqual(blocker?.of, [...NL_ALERT_CRITERIA]);
  for (const criterion of NL_ALERT_CRITERIA) {
    assert.equal(
      evaluateChecklist(def, run(def, none, all, tick(criterion))).gates.send?.open,
      true,
      criterion,
    );
  }
});

test('NL-Alert: extreme violence keeps send closed until police advice with name, time and second opinion', () => {
  let s = run(def, readyToSend(), decider, [
    { type: 'set', item: 'extreme-violence', value: 'yes' },
  ]);
  const blockers = () => evaluateChecklist(def, s).gates.send?.blockers.map((b) => b.item);
  assert.deepEqual(blockers(), [
    'police-advisor-function',
    'police-advisor-name',
    'police-advice-time',
    'second-opinion',
    'police-advice-weighed',
  ]);
  s = run(def, s, decider, [
    { type: 'set', item: 'police-advisor-function', value: 'ovd-oc' },
    { type: 'set', item: 'police-advisor-name', value: 'Inspecteur J. Smit' },
    { type: 'set', item: 'police-advice-time', value: '2026-11-23T03:14:00+01:00' },
    ...tick('police-advice-weighed'),
  ]);
  assert.deepEqual(blockers(), ['second-opinion']);
  s = run(def, s, decider, tick('second-opinion'));
  assert.equal(evaluateChecklist(def, s).gates.send?.open, true);
  // A blank name is not a name.
  s = run(def, s, decider, [{ type: 'set', item: 'police-advisor-name', value: '   ' }]);
  assert.deepEqual(blockers(), ['police-advisor-name']);
});

test('section progress counts visible items; complete needs every visible required item', () => {
  let s = readyToSend();
  const section = (id: string) => evaluateChecklist(def, s).sections.find((x) => x.id === id);
  assert.deepEqual(section('criteria'), {
    id: 'criteria',
    visible: true,
    done: 1,
    total: 4,
    progress: 0.25,
    complete: true,
  });
  assert.deepEqual(section('police-advice'), {
    id: 'police-advice',
    visible: false,
    done: 0,
    total: 0,
    progress: 1,
    complete: true,
  });
  assert.equal(section('broadcast')?.done, 3);
  assert.equal(section('broadcast')?.total, 6);

  const rest: [ChecklistUser, ChecklistAction[]][] = [
    [
      composer,
      [...tick('component-sender', 'component-date-time', 'component-risk', 'component-location')],
    ],
    [composer, [...tick('component-action', 'component-information', 'step-11-inform-dispatch')]],
    [composer, [{ type: 'set', item: 'message-title', value: 'Brand Rotterdam-Zuid' }]],
    [broadcaster, tick('step-14-components', 'step-14-duration', 'step-15-broadcast')],
  ];
  for (const [user, actions] of rest) s = run(def, s, user, actions);
  assert.equal(evaluateChecklist(def, s).complete, true);

  // Choosing a follow-up shows a required item, so the checklist is open again.
  s = run(def, s, decider, [{ type: 'set', item: 'follow-up-kind', value: 'end-message' }]);
  assert.equal(evaluateChecklist(def, s).complete, false);
  s = run(def, s, composer, tick('stop-running-broadcast'));
  assert.equal(evaluateChecklist(def, s).complete, true);
});

test('a gate that names a missing item stays closed even for unvalidated definitions', () => {
  const broken: ChecklistDefinition = {
    ...def,
    gates: [{ id: 'send', label: { en: 'Send', nl: 'Verzenden' }, requires: [{ item: 'typo' }] }],
  };
  const e = evaluateChecklist(broken, createChecklistState(broken));
  assert.equal(e.gates.send?.open, false);
  assert.equal(e.gates.send?.blockers[0]?.item, 'typo');
});

test('a hidden item counts as empty in conditions elsewhere, though its value is kept', () => {
  const t = (s: string) => ({ en: s, nl: s });
  const d: ChecklistDefinition = {
    id: 'chain',
    version: 1,
    title: t('Chain'),
    roles: [],
    sections: [
      {
        id: 'one',
        title: t('One'),
        items: [
          {
            id: 'mode',
            kind: 'choice',
            label: t('Mode'),
            options: [
              { id: 'on', label: t('On') },
              { id: 'off', label: t('Off') },
            ],
          },
          { id: 'armed', kind: 'check', label: t('Armed'), when: { item: 'mode', equals: 'on' } },
          { id: 'who', kind: 'name', label: t('Who'), when: { item: 'mode', equals: 'on' } },
        ],
      },
      {
        id: 'two',
        title: t('Two'),
        items: [
          {
            id: 'if-armed',
            kind: 'check',
            label: t('If armed'),
            when: { item: 'armed', done: true },
          },
          {
            id: 'if-anna',
            kind: 'check',
            label: t('If Anna'),
            when: { item: 'who', equals: 'Anna' },
          },
          {
            id: 'if-not-armed',
            kind: 'check',
            label: t('If not armed'),
            when: { not: { atLeast: 1, of: ['armed'] } },
          },
        ],
      },
    ],
  };
  const user: ChecklistUser = { id: 'u', name: 'U', roles: [] };
  let s = run(d, createChecklistState(d), user, [
    { type: 'set', item: 'mode', value: 'on' },
    { type: 'tick', item: 'armed' },
    { type: 'set', item: 'who', value: 'Anna' },
  ]);
  const shown = () => evaluateChecklist(d, s).visibleItems;
  assert.deepEqual(shown(), ['mode', 'armed', 'who', 'if-armed', 'if-anna']);
  s = run(d, s, user, [{ type: 'set', item: 'mode', value: 'off' }]);
  assert.deepEqual(shown(), ['mode', 'if-not-armed']);
  assert.equal(s.items.armed?.checked, true);
  assert.equal(s.items.who?.value, 'Anna');
});

test('refusals and blockers come in all four languages, labels in each where the definition has them', () => {
  const r = applyChecklistAction(
    def,
    createChecklistState(def),
    { type: 'tick', item: 'decision' },
    { user: composer, now: T0 },
  );
  assert.ok(!r.ok);
  assert.deepEqual(r.error.message, {
    en: 'Only the role “Decides on deployment” may change “Decision: yes, we deploy an NL-Alert”.',
    nl: 'Alleen de rol “Besluit tot inzet” mag “Besluit: ja, we zetten een NL-Alert in” wijzigen.',
    // The NL-Alert procedure is Dutch and English only: its labels fall back to English.
    fr: 'Seul le rôle « Decides on deployment » peut modifier « Decision: yes, we deploy an NL-Alert ».',
    de: 'Nur die Rolle „Decides on deployment“ darf „Decision: yes, we deploy an NL-Alert“ ändern.',
  });
  // A definition that labels its items in French and German gets them in those messages.
  const multilingual: ChecklistDefinition = {
    id: 'multilingual',
    version: 1,
    title: { en: 'Test', nl: 'Test' },
    roles: [],
    sections: [
      {
        id: 's',
        title: { en: 'S', nl: 'S' },
        items: [
          {
            id: 'i',
            kind: 'check',
            required: true,
            label: { en: 'Warn', nl: 'Waarschuw', fr: 'Avertir', de: 'Warnen' },
          },
        ],
      },
    ],
    gates: [{ id: 'send', label: { en: 'Send', nl: 'Verzenden' }, requires: [{ item: 'i' }] }],
  };
  const [blocker] =
    evaluateChecklist(multilingual, createChecklistState(multilingual)).gates['send']?.blockers ??
    [];
  assert.deepEqual(blocker?.message, {
    en: '“Warn” is not done.',
    nl: '“Waarschuw” is nog niet gedaan.',
    fr: '« Avertir » n’est pas fait.',
    de: '„Warnen“ ist nicht erledigt.',
  });
});

test('gates resolve by name: send falls back to the first gate, then the whole checklist', () => {
  assert.deepEqual(resolveChecklistGate(def), {
    kind: 'gate',
    id: 'send',
    label: def.gates![0]!.label,
  });
  assert.equal((resolveChecklistGate(burgernetAction, 'send') as { id: string }).id, 'start');
  assert.deepEqual(resolveChecklistGate(def, 'sned'), { kind: 'unknown', id: 'sned' });
  const noGates: ChecklistDefinition = { ...def, id: 'no-gates', gates: [] };
  assert.deepEqual(resolveChecklistGate(noGates, 'send'), { kind: 'whole' });
  assert.deepEqual(resolveChecklistGate(noGates, 'start'), { kind: 'unknown', id: 'start' });

  // The whole checklist: every visible required item not done blocks, and nothing else.
  const empty = evaluateChecklist(noGates, createChecklistState(noGates));
  const whole = checklistGateStatus(noGates, empty, { kind: 'whole' });
  assert.equal(whole.open, false);
  const required = empty.visibleItems.filter((id) => empty.items[id]?.required);
  assert.ok(required.length > 0);
  assert.deepEqual(
    whole.blockers.map((b) => b.item),
    required,
  );
  assert.ok(
    whole.blockers.every(
      (b) => b.reason === 'not-done' && b.message.de?.endsWith('ist nicht erledigt.'),
    ),
  );
  // An unknown gate is closed without blockers; a named gate is the engine's own.
  assert.deepEqual(checklistGateStatus(def, empty, { kind: 'unknown', id: 'x' }), {
    open: false,
    blockers: [],
  });
  const evaluation = evaluateChecklist(def, createChecklistState(def));
  assert.equal(
    checklistGateStatus(def, evaluation, resolveChecklistGate(def)),
    evaluation.gates['send'],
  );
});
