import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseChecklistDefinition, type ChecklistDefinitionErrorCode } from './parse.js';

/** A small valid definition; each test breaks one thing in a copy of it. */
function base(): Record<string, unknown> {
  return {
    id: 'demo',
    version: 1,
    title: { en: 'Demo', nl: 'Demo' },
    roles: [{ id: 'decide', label: { en: 'Decide', nl: 'Beslissen' } }],
    sections: [
      {
        id: 'main',
        title: { en: 'Main', nl: 'Hoofd' },
        role: 'decide',
        items: [
          {
            id: 'scenario',
            kind: 'choice',
            label: { en: 'Scenario', nl: 'Scenario' },
            options: [
              { id: 'threat', label: { en: 'Threat', nl: 'Dreiging' } },
              { id: 'after-phase', label: { en: 'After-phase', nl: 'Nafase' } },
            ],
          },
          { id: 'a', kind: 'check', label: { en: 'A', nl: 'A' } },
          {
            id: 'b',
            kind: 'name',
            label: { en: 'B', nl: 'B' },
            when: { item: 'scenario', equals: 'after-phase' },
          },
          {
            id: 'langs',
            kind: 'multi-choice',
            label: { en: 'Languages', nl: 'Talen' },
            options: [{ id: 'nl', label: { en: 'Dutch', nl: 'Nederlands' } }],
          },
        ],
      },
    ],
    gates: [{ id: 'send', label: { en: 'Send', nl: 'Verzenden' }, requires: [{ item: 'a' }] }],
  };
}

/** Applies `edit` to a fresh base definition and expects exactly one error. */
function rejects(
  edit: (d: any) => void, // eslint-disable-line @typescript-eslint/no-explicit-any -- test surgery on JSON
  path: string,
  code: ChecklistDefinitionErrorCode,
): void {
  const def = base();
  edit(def);
  const result = parseChecklistDefinition(def);
  assert.equal(result.ok, false, 'expected the definition to be rejected');
  if (result.ok) return;
  assert.deepEqual(
    result.errors.map((e) => ({ path: e.path, code: e.code })),
    [{ path, code }],
    JSON.stringify(result.errors),
  );
  assert.ok(result.errors[0]?.message);
}

test('the base definition parses into an equal, independent copy', () => {
  const def = base();
  const result = parseChecklistDefinition(def);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  assert.deepEqual(result.definition, def);
  assert.notEqual(result.definition, def);
});

test('non-objects are rejected at the root', () => {
  for (const value of [null, 42, 'x', [], undefined]) {
    const result = parseChecklistDefinition(value);
    assert.equal(result.ok, false);
    if (!result.ok)
      assert.deepEqual(
        result.errors.map((e) => e.path),
        [''],
      );
  }
});

test('duplicate ids are rejected where the second one stands', () => {
  rejects((d) => (d.sections[0].items[3].id = 'a'), 'sections[0].items[3].id', 'duplicate-id');
  rejects(
    (d) =>
      d.sections.push({
        id: 'other',
        title: d.title,
        items: [{ id: 'a', kind: 'check', label: d.title }],
      }),
    'sections[1].items[0].id',
    'duplicate-id',
  );
  rejects(
    (d) =>
      d.sections.push({
        id: 'main',
        title: d.title,
        items: [{ id: 'z', kind: 'check', label: d.title }],
      }),
    'sections[1].id',
    'duplicate-id',
  );
  rejects(
    (d) => (d.sections[0].items[0].options[0].id = 'after-phase'),
    'sections[0].items[0].options[1].id',
    'duplicate-id',
  );
  rejects((d) => d.roles.push({ ...d.roles[0] }), 'roles[1].id', 'duplicate-id');
  rejects((d) => d.gates.push({ ...d.gates[0] }), 'gates[1].id', 'duplicate-id');
});

test('conditions naming unknown items or options, or misusing a kind, are rejected', () => {
  rejects(
    (d) => (d.sections[0].items[2].when = { item: 'nope', done: true }),
    'sections[0].items[2].when.item',
    'unknown-item',
  );
  rejects(
    (d) => (d.sections[0].items[2].when = { item: 'scenario', equals: 'active' }),
    'sections[0].items[2].when.equals',
    'unknown-option',
  );
  rejects(
    (d) => (d.sections[0].items[2].when = { item: 'a', equals: 'yes' }),
    'sections[0].items[2].when.equals',
    'kind-mismatch',
  );
  rejects(
    (d) => (d.sections[0].items[2].when = { item: 'scenario', includes: 'threat' }),
    'sections[0].items[2].when.includes',
    'kind-mismatch',
  );
  rejects(
    (d) => (d.sections[0].items[2].when = { item: 'langs', includes: 'fr' }),
    'sections[0].items[2].when.includes',
    'unknown-option',
  );
  rejects(
    (d) =>
      (d.sections[0].items[2].when = {
        all: [
          { item: 'a', done: true },
          { atLeast: 1, of: ['a', 'ghost'] },
        ],
      }),
    'sections[0].items[2].when.all[1].of[1]',
    'unknown-item',
  );
  rejects(
    (d) => (d.sections[0].items[2].when = { atLeast: 3, of: ['a', 'scenario'] }),
    'sections[0].items[2].when.atLeast',
    'out-of-range',
  );
  rejects(
    (d) => (d.sections[0].items[2].when = { any: [] }),
    'sections[0].items[2].when.any',
    'empty',
  );
  rejects(
    (d) => (d.sections[0].items[2].when = { item: 'a', done: true, equals: 'x' }),
    'sections[0].items[2].when',
    'invalid-condition',
  );
  rejects(
    (d) => (d.sections[0].items[2].when = { eval: 'true' }),
    'sections[0].items[2].when',
    'invalid-condition',
  );
});

test('condition cycles are rejected at the reference that closes them', () => {
  rejects(
    (d) => (d.sections[0].items[1].when = { item: 'a', done: true }),
    'sections[0].items[1].when.item',
    'cycle',
  );
  rejects(
    (d) => {
      d.sections[0].items[0].when = { item: 'b', done: true };
      // b already depends on scenario: scenario → b → scenario.
    },
    'sections[0].items[2].when.item',
    'cycle',
  );
  rejects(
    (d) => (d.sections[0].when = { not: { item: 'a', done: true } }),
    'sections[0].when.not.item',
    'cycle',
  );
});

test('conditions nested absurdly deep are rejected, not overflowing the stack', () => {
  const def = base();
  let when: unknown = { item: 'a', done: true };
  for (let i = 0; i < 10_000; i++) when = { not: when };
  (def.sections as { items: { when?: unknown }[] }[])[0]!.items[2]!.when = when;
  const result = parseChecklistDefinition(def);
  assert.equal(result.ok, false);
  if (!result.ok) assert.ok(result.errors.some((e) => e.code === 'too-deep'));
});

test('gates naming unknown items or sections are rejected', () => {
  rejects(
    (d) => d.gates[0].requires.push({ item: 'ghost' }),
    'gates[0].requires[1].item',
    'unknown-item',
  );
  rejects(
    (d) => d.gates[0].requires.push({ section: 'ghost' }),
    'gates[0].requires[1].section',
    'unknown-section',
  );
  rejects(
    (d) => d.gates[0].requires.push({ atLeast: 1, of: ['a', 'ghost'] }),
    'gates[0].requires[1].of[1]',
    'unknown-item',
  );
  rejects(
    (d) => d.gates[0].requires.push({ item: 'a', section: 'main' }),
    'gates[0].requires[1]',
    'invalid-rule',
  );
  rejects((d) => (d.gates[0].requires = []), 'gates[0].requires', 'empty');
});

test('choices without options, and options on other kinds, are rejected', () => {
  rejects((d) => delete d.sections[0].items[0].options, 'sections[0].items[0].options', 'required');
  rejects((d) => (d.sections[0].items[0].options = []), 'sections[0].items[0].options', 'empty');
  rejects(
    (d) => (d.sections[0].items[1].options = []),
    'sections[0].items[1].options',
    'kind-mismatch',
  );
  rejects((d) => (d.sections[0].items[1].kind = 'checkbox'), 'sections[0].items[1].kind', 'type');
});

test('missing Dutch or English text is rejected', () => {
  rejects((d) => delete d.title.nl, 'title.nl', 'missing-translation');
  rejects(
    (d) => (d.sections[0].items[1].label.en = '  '),
    'sections[0].items[1].label.en',
    'missing-translation',
  );
  rejects(
    (d) => (d.sections[0].items[0].options[0].label = 'Threat'),
    'sections[0].items[0].options[0].label',
    'type',
  );
  rejects((d) => (d.roles[0].label.es = 'Decidir'), 'roles[0].label.es', 'unknown-property');
  rejects((d) => delete d.sections[0].title, 'sections[0].title', 'required');
});

test('roles, ids, versions and unknown properties are checked', () => {
  rejects(
    (d) => (d.sections[0].items[1].role = 'broadcast'),
    'sections[0].items[1].role',
    'unknown-role',
  );
  rejects((d) => (d.sections[0].role = 'broadcast'), 'sections[0].role', 'unknown-role');
  rejects((d) => (d.sections[0].items[3].id = 'Step 1'), 'sections[0].items[3].id', 'invalid-id');
  rejects(
    (d) => (d.sections[0].items[3].id = '__proto__'),
    'sections[0].items[3].id',
    'invalid-id',
  );
  rejects((d) => (d.version = '1'), 'version', 'type');
  rejects((d) => (d.version = 0), 'version', 'type');
  rejects((d) => delete d.version, 'version', 'required');
  rejects(
    (d) => (d.sections[0].items[1].requried = true),
    'sections[0].items[1].requried',
    'unknown-property',
  );
  rejects(
    (d) => (d.sections[0].items[1].required = 'yes'),
    'sections[0].items[1].required',
    'type',
  );
  rejects(
    (d) => {
      d.sections = [];
      delete d.gates;
    },
    'sections',
    'empty',
  );
  rejects(
    (d) => {
      d.sections[0].items = [];
      delete d.gates;
    },
    'sections[0].items',
    'empty',
  );
});

test('every problem is reported, not just the first', () => {
  const def = base() as any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test surgery on JSON
  delete def.title.en;
  def.sections[0].items[2].when = { item: 'ghost', done: true };
  def.gates[0].requires[0].item = 'phantom';
  const result = parseChecklistDefinition(def);
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.deepEqual(result.errors.map((e) => e.path).sort(), [
      'gates[0].requires[0].item',
      'sections[0].items[2].when.item',
      'title.en',
    ]);
  }
});
