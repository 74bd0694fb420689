import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveLang, translate } from './translate.js';

const catalog = { hello: { en: 'Hello {name}', nl: 'Hallo {name}' } };

test('resolveLang picks the base language and falls back to English', () => {
  assert.equal(resolveLang('nl-BE'), 'nl');
  assert.equal(resolveLang('FR'), 'fr');
  assert.equal(resolveLang('de_DE'), 'de');
  assert.equal(resolveLang('es'), 'en');
  assert.equal(resolveLang(undefined), 'en');
});

test('translate fills parameters and falls back to English for untranslated languages', () => {
  assert.equal(translate(catalog, 'hello', 'nl', { name: 'Anna' }), 'Hallo Anna');
  assert.equal(translate(catalog, 'hello', 'de', { name: 'Anna' }), 'Hello Anna');
  assert.equal(translate(catalog, 'hello', 'en'), 'Hello {name}');
});
