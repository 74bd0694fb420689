import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyChecklistAction, createChecklistState, evaluateChecklist } from './engine.js';
import { deserializeState, parseChecklistState, serializeState } from './serialize.js';
import { nlAlertProcedure as def } from './definitions/nl-alert-procedure.js';
import { SHIPPED_CHECKLISTS } from './definitions/index.js';
import type {
  ChecklistAction,
  ChecklistDefinition,
  ChecklistState,
  ChecklistUser,
} from './types.js';

const users: ChecklistUser[] = [
  { id: 'u1', name: 'Anna', roles: ['decide'] },
  { id: 'u2', name: 'Bram', roles: ['compose'] },
  { id: 'u3', name: 'Chris', roles: ['broadcast'] },
  {
    id: 'u4',
    name: 'Dé "Chef" \u00e9\u{1F6A8}',
    roles: ['decide', 'compose', 'broadcast', 'operator', 'dispatcher'],
  },
  { id: 'u5', name: '', roles: [] },
];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Random actions on a definition: mostly valid item ids and values, some junk. */
function actionArb(d: ChecklistDefinition): fc.Arbitrary<ChecklistAction> {
  const items = d.sections.flatMap((s) => s.items);
  const ids = [...items.map((i) => i.id), 'no-such-item'];
  const options = [
    ...new Set(items.flatMap((i) => ('options' in i ? i.options.map((o) => o.id) : []))),
  ];
  const value = fc.oneof(
    fc.constantFrom(...options),
    fc.uniqueArray(fc.constantFrom(...options), { maxLength: 4 }),
    fc.string({ maxLength: 12 }),
    fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
      .map((t) => t.toISOString()),
  );
  const item = fc.constantFrom(...ids);
  return fc.oneof(
    fc.record({ type: fc.constant('tick' as const), item }),
    fc.record({ type: fc.constant('untick' as const), item }),
    fc.record({ type: fc.constant('clear' as const), item }),
    fc.record({ type: fc.constant('set' as const), item, value }),
  );
}

const stepArb = (d: ChecklistDefinition) =>
  fc.record({
    action: actionArb(d),
    user: fc.constantFrom(...users),
    now: fc.date({ min: new Date('2024-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
  });

/** Plays the steps, checking that no input is ever mutated; returns the final state and count of changes. */
function play(
  d: ChecklistDefinition,
  steps: { action: ChecklistAction; user: ChecklistUser; now: Date }[],
) {
  let state = deepFreeze(createChecklistState(d));
  let changes = 0;
  for (const { action, user, now } of steps) {
    const result = applyChecklistAction(d, state, action, { user, now }); // throws if it writes to a frozen state
    if (result.ok) {
      if (result.changed) changes += 1;
      state = deepFreeze(result.state);
    }
  }
  return { state, changes };
}

for (const d of SHIPPED_CHECKLISTS) {
  test(`${d.id}: deserialize(serialize(s)) deep-equals s and evaluate is deterministic`, () => {
    fc.assert(
      fc.property(fc.array(stepArb(d), { maxLength: 60 }), (steps) => {
        const { state, changes } = play(d, steps);
        assert.equal(state.history.length, changes);
        const restored = deserializeState(d, serializeState(state));
        assert.ok(restored.ok, JSON.stringify(!restored.ok && restored.error));
        assert.deepStrictEqual(restored.state, state);
        const e = evaluateChecklist(d, state);
        assert.deepStrictEqual(evaluateChecklist(d, restored.state), e);
        assert.deepStrictEqual(evaluateChecklist(d, state), e);
        // Invariants of an evaluation.
        for (const id of e.visibleItems) assert.equal(e.items[id]?.visible, true);
        for (const s of e.sections)
          assert.ok(s.done <= s.total && s.progress >= 0 && s.progress <= 1);
        for (const g of Object.values(e.gates)) assert.equal(g.open, g.blockers.length === 0);
        if (e.complete) assert.ok(Object.values(e.gates).every((g) => g.open));
      }),
      { numRuns: 150 },
    );
  });
}

test('a state for another definition id or version is rejected with a clear error', () => {
  const s = createChecklistState(def);
  const otherVersion = deserializeState({ ...def, version: 2 }, serializeState(s));
  assert.equal(otherVersion.ok, false);
  if (!otherVersion.ok) {
    assert.equal(otherVersion.error.code, 'state-mismatch');
    assert.equal(otherVersion.error.path, 'version');
    assert.equal(
      otherVersion.error.message.en,
      'This checklist state belongs to “nl-alert-procedure” version 1, not to “nl-alert-procedure” version 2.',
    );
  }
  const otherId = parseChecklistState(SHIPPED_CHECKLISTS[1]!, s);
  assert.equal(!otherId.ok && otherId.error.path, 'checklist');
});

test('damaged states are rejected with the path of the damage', () => {
  const user = users[3]!;
  const played = applyChecklistAction(
    def,
    createChecklistState(def),
    { type: 'tick', item: 'decision' },
    { user, now: new Date(0) },
  );
  assert.ok(played.ok);
  const good = JSON.parse(serializeState(played.state)) as ChecklistState & Record<string, unknown>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test surgery on JSON
  const cases: [string, (s: any) => void, string][] = [
    ['unknown item', (s) => (s.items['ghost'] = s.items.decision), 'items.ghost'],
    ['bad time', (s) => (s.items.decision.at = 'yesterday'), 'items.decision.at'],
    ['no user', (s) => delete s.items.decision.by, 'items.decision.by'],
    ['value on a tick box', (s) => (s.items.decision.value = 'x'), 'items.decision.value'],
    [
      'bad option',
      (s) =>
        (s.items['extreme-violence'] = { ...s.items.decision, checked: false, value: 'maybe' }),
      'items.extreme-violence.value',
    ],
    ['extra key', (s) => (s.extra = 1), 'extra'],
    ['history type', (s) => (s.history[0].type = 'delete'), 'history[0].type'],
    ['history item', (s) => (s.history[0].item = 'ghost'), 'history[0].item'],
    ['history value', (s) => (s.history[0].value = 'x'), 'history[0].value'],
    [
      'proto key',
      (s) => (s.items = JSON.parse('{"__proto__": {"checked": true}}')),
      'items.__proto__',
    ],
  ];
  for (const [name, damage, path] of cases) {
    const s = structuredClone(good);
    damage(s);
    const r = parseChecklistState(def, s);
    assert.equal(r.ok, false, name);
    if (!r.ok) {
      assert.equal(r.error.code, 'invalid-state', name);
      assert.equal(r.error.path, path, name);
    }
  }
  assert.equal(parseChecklistState(def, { ...good, format: 2 }).ok, false);
  const notJson = deserializeState(def, '{"format":1,');
  assert.equal(!notJson.ok && notJson.error.code, 'invalid-json');
});
