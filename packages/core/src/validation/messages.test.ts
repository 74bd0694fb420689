import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  PROFILE_MESSAGES,
  PROFILE_TEXTS,
  RULE_MESSAGES,
  VALIDATION_MESSAGES,
  type ValidationCode,
} from './messages.js';
import { PROFILE_NAMES } from './profiles/index.js';

const codes = Object.keys(VALIDATION_MESSAGES) as ValidationCode[];
const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

test('every finding code has an English and a Dutch message, and French and German', () => {
  assert.ok(codes.length >= 90, `only ${codes.length} codes`);
  for (const code of codes) {
    const entry = VALIDATION_MESSAGES[code];
    assert.ok(['error', 'warning', 'info'].includes(entry.severity), code);
    for (const lang of ['en', 'nl', 'fr', 'de'] as const) {
      const text = entry[lang];
      assert.ok(text && text.trim().length > 10, `${code}: no ${lang} message`);
      assert.deepEqual(placeholders(text), placeholders(entry.en), `${code}: ${lang} placeholders`);
    }
    assert.notEqual(entry.nl, entry.en, `${code}: Dutch is a copy of English`);
  }
});

test('codes are stable names: rules.* for CAP rules, profile.<name>.* for profiles', () => {
  for (const code of Object.keys(RULE_MESSAGES)) assert.match(code, /^rules\.[a-zA-Z.]+$/);
  for (const code of Object.keys(PROFILE_MESSAGES)) {
    if (code === 'profile.unknown') continue;
    const [, name, rule] = /^profile\.([a-z-]+)\.([a-zA-Z0-9]+)$/.exec(code) ?? [];
    assert.ok(name && (PROFILE_NAMES as readonly string[]).includes(name), code);
    assert.ok(rule, code);
  }
});

test('every profile has a name and a description in every language', () => {
  for (const name of PROFILE_NAMES) {
    for (const part of ['title', 'description'] as const) {
      const entry = PROFILE_TEXTS[`${name}.${part}`];
      for (const lang of ['en', 'nl', 'fr', 'de'] as const)
        assert.ok(entry[lang], `${name} ${part} ${lang}`);
    }
  }
});

test('every finding code is asserted by a test that makes it fail', () => {
  const sources = ['rules.test.ts', 'profiles.test.ts']
    .map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'))
    .join('\n');
  const untested = codes.filter((code) => !sources.includes(`'${code}'`));
  assert.deepEqual(untested, []);
});
