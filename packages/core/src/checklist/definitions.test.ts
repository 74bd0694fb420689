import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseChecklistDefinition } from './parse.js';
import { applyChecklistAction, createChecklistState, evaluateChecklist } from './engine.js';
import { checklistSchema } from './schema.js';
import { SHIPPED_CHECKLISTS, getShippedChecklist } from './definitions/index.js';
import {
  CHECKLIST_ITEM_KINDS,
  type ChecklistDefinition,
  type ChecklistItem,
  type ChecklistState,
} from './types.js';

const items = (d: ChecklistDefinition): ChecklistItem[] => d.sections.flatMap((s) => s.items);
const get = (id: string): ChecklistDefinition => {
  const d = getShippedChecklist(id);
  assert.ok(d, id);
  return d;
};

test('all five shipped definitions parse, also after a JSON round trip', () => {
  assert.deepEqual(
    SHIPPED_CHECKLISTS.map((d) => d.id),
    [
      'nl-alert-procedure',
      'nl-alert-extreme-violence',
      'burgernet-action',
      'be-alert',
      'netcentric-cooperation',
    ],
  );
  for (const d of SHIPPED_CHECKLISTS) {
    const result = parseChecklistDefinition(JSON.parse(JSON.stringify(d)));
    assert.ok(result.ok, `${d.id}: ${JSON.stringify(!result.ok && result.errors)}`);
    assert.deepEqual(result.definition, d);
  }
});

/**
 * Drives a definition to completion: repeatedly fills every visible required item (and
 * the first option of visible choices), as a user holding every role. Proves each gate
 * can open and the checklist can be completed for the given choices.
 */
type Choices = Record<string, string | string[] | true>;
const pick = (v: Choices[string] | undefined) => (v === true ? undefined : v);

function fillAll(d: ChecklistDefinition, choices: Choices = {}): ChecklistState {
  const user = { id: 'all', name: 'All roles', roles: d.roles.map((r) => r.id) };
  let s = createChecklistState(d);
  for (let round = 0; round < 10; round++) {
    const e = evaluateChecklist(d, s);
    if (e.complete) break;
    for (const item of items(d)) {
      if (!e.items[item.id]?.visible || e.items[item.id]?.done) continue;
      if (!item.required && !(item.id in choices)) continue;
      const action =
        item.kind === 'check'
          ? ({ type: 'tick', item: item.id } as const)
          : {
              type: 'set' as const,
              item: item.id,
              value:
                pick(choices[item.id]) ??
                (item.kind === 'choice'
                  ? item.options[0]!.id
                  : item.kind === 'multi-choice'
                    ? [item.options[0]!.id]
                    : item.kind === 'time'
                      ? '2026-11-23T03:12:00+01:00'
                      : 'Jansen'),
            };
      const r = applyChecklistAction(d, s, action, { user, now: new Date('2026-11-23T02:12:00Z') });
      assert.ok(r.ok, `${d.id} ${item.id}: ${!r.ok && r.error.code}`);
      s = r.state;
    }
  }
  return s;
}

test('every shipped checklist can be completed and all its gates opened', () => {
  const scenarios: [string, Choices][] = [
    ['nl-alert-procedure', { 'extreme-violence': 'yes', 'criterion-act-now': true }],
    ['nl-alert-procedure', { 'extreme-violence': 'no', 'criterion-unrest': true }],
    ['nl-alert-extreme-violence', { scenario: 'after-phase' }],
    ['burgernet-action', {}],
    [
      'be-alert',
      {
        environment: 'real',
        channels: ['subscribers', 'location-sms', 'cap'],
        languages: ['nl', 'fr', 'de'],
      },
    ],
    ['netcentric-cooperation', { profile: 'core', system: 'other' }],
    ['netcentric-cooperation', { profile: 'ad-hoc' }],
  ];
  for (const [id, choices] of scenarios) {
    const d = get(id);
    const e = evaluateChecklist(d, fillAll(d, choices));
    assert.ok(e.complete, `${id} ${JSON.stringify(choices)}: ${JSON.stringify(e.gates)}`);
  }
  // Without a criterion the NL-Alert send gate stays closed, however much else is done.
  const d = get('nl-alert-procedure');
  const e = evaluateChecklist(d, fillAll(d, { 'extreme-violence': 'no' }));
  assert.equal(e.gates.send?.open, false);
  assert.equal(e.complete, false);
});

test('NL-Alert procedure: steps 1 to 15 in three roles, four criteria, attention value', () => {
  const d = get('nl-alert-procedure');
  assert.deepEqual(
    d.roles.map((r) => r.id),
    ['decide', 'compose', 'broadcast'],
  );
  const text = JSON.stringify(d);
  for (let step = 1; step <= 15; step++) {
    assert.match(text, new RegExp(`"nl":"${step}\\. `), `step ${step}`);
  }
  assert.equal(d.sections.find((s) => s.id === 'criteria')?.items.length, 4);
  assert.ok(items(d).some((i) => i.id === 'attention-value' && i.required));
  assert.match(text, /1 uur/);
});

test('extreme violence: three scenarios, advice with name and time, second opinion, three risks', () => {
  const d = get('nl-alert-extreme-violence');
  const scenario = items(d).find((i) => i.id === 'scenario');
  assert.deepEqual(scenario && 'options' in scenario && scenario.options.map((o) => o.id), [
    'threat',
    'active',
    'after-phase',
  ]);
  const kinds = Object.fromEntries(items(d).map((i) => [i.id, i.kind]));
  assert.equal(kinds['advisor-name'], 'name');
  assert.equal(kinds['advice-time'], 'time');
  assert.equal(kinds['second-opinion'], 'check');
  assert.equal(d.sections.find((s) => s.id === 'risks')?.items.length, 3);
});

test('Burgernet: three criteria and six steps', () => {
  const d = get('burgernet-action');
  assert.equal(
    d.sections.find((s) => s.id === 'criteria')?.items.filter((i) => i.id.startsWith('criterion-'))
      .length,
    3,
  );
  const steps = items(d)
    .filter((i) => /^step-\d-/.test(i.id))
    .map((i) => i.id.slice(0, 6));
  assert.deepEqual(steps, ['step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6']);
});

test('netcentric cooperation: three phases, 14 steps, a checklist per profile', () => {
  const d = get('netcentric-cooperation');
  const text = JSON.stringify(d);
  for (let step = 1; step <= 14; step++)
    assert.match(text, new RegExp(`"nl":"Stap ${step}: `), `step ${step}`);
  const visibleSections = (profile: string) => {
    const r = applyChecklistAction(
      d,
      createChecklistState(d),
      { type: 'set', item: 'profile', value: profile },
      {
        user: { id: 'x', name: 'X', roles: [] },
        now: new Date(0),
      },
    );
    assert.ok(r.ok);
    return evaluateChecklist(d, r.state)
      .sections.filter((s) => s.visible)
      .map((s) => s.id);
  };
  assert.deepEqual(visibleSections('ad-hoc'), ['explore', 'carry-out']);
  assert.deepEqual(visibleSections('stand-by'), [
    'explore',
    'work-out',
    'checklist-stand-by',
    'carry-out',
  ]);
  assert.deepEqual(visibleSections('structural'), [
    'explore',
    'work-out',
    'checklist-structural',
    'carry-out',
  ]);
  assert.deepEqual(visibleSections('core'), ['explore', 'work-out', 'checklist-core', 'carry-out']);
});

test('the JSON Schema file and the exported object are the same document', () => {
  const file = JSON.parse(
    readFileSync(new URL('./checklist.schema.json', import.meta.url), 'utf8'),
  ) as unknown;
  assert.deepEqual(file, checklistSchema);
  assert.deepEqual(checklistSchema.$defs.item.properties.kind.enum, [...CHECKLIST_ITEM_KINDS]);
});

test('the example in README.md is a valid definition that behaves as documented', () => {
  const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
  const json = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(json, 'README has a json example');
  const parsed = parseChecklistDefinition(JSON.parse(json));
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors));
  const d = parsed.definition;
  const user = { id: 'u', name: 'U', roles: ['decide', 'compose'] };
  const now = new Date(0);
  let s = createChecklistState(d);
  assert.ok(!evaluateChecklist(d, s).visibleItems.includes('area-drawn'));
  for (const action of [
    { type: 'tick', item: 'criterion-threat' },
    { type: 'set', item: 'scenario', value: 'threat' },
    { type: 'tick', item: 'area-drawn' },
  ] as const) {
    const r = applyChecklistAction(d, s, action, { user, now });
    assert.ok(r.ok);
    s = r.state;
  }
  assert.equal(evaluateChecklist(d, s).gates.send?.open, true);
  const r = applyChecklistAction(
    d,
    s,
    { type: 'set', item: 'scenario', value: 'after-phase' },
    { user, now },
  );
  assert.ok(r.ok);
  assert.deepEqual(
    evaluateChecklist(d, r.state).gates.send?.blockers.map((b) => b.item),
    ['police-advisor'],
  );
});

test('BE-Alert speaks all four languages of Sirene: every text has French and German too', () => {
  // Belgian operators work in Dutch, French or German: none of them may meet English.
  const texts: { path: string; text: Record<string, unknown> }[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record['en'] === 'string') texts.push({ path, text: record });
      else for (const [k, v] of Object.entries(record)) walk(v, `${path}.${k}`);
    }
  };
  walk(get('be-alert'), 'be-alert');
  assert.ok(texts.length > 40, `found only ${texts.length} texts`);
  for (const { path, text } of texts) {
    for (const lang of ['nl', 'fr', 'de']) {
      const s = text[lang];
      assert.ok(typeof s === 'string' && s.trim() !== '', `${path}: no ${lang}`);
      assert.notEqual(s, text['en'], `${path}: ${lang} is the English text`);
    }
    // French punctuation keeps its space, which must not break the line before it.
    assert.doesNotMatch(String(text['fr']), / [:;?!]/, `${path}: breakable space in French`);
    // Typographic apostrophes, as in the elements' own French texts.
    assert.doesNotMatch(String(text['fr']), /'/, `${path}: straight apostrophe in French`);
  }
});
