import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasTranslations, loadTranslations, resolveLang, translate } from './translate.js';

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

test('loadTranslations fills a lazy catalog once, and a failed load can be tried again', async () => {
  const lazyCatalog = { greet: { en: 'Hello {name}', nl: 'Hallo {name}' } };
  let calls = 0;
  let fail = true;
  const lazy = {
    catalog: lazyCatalog,
    fr: async () => {
      calls++;
      if (fail) throw new Error('offline');
      return { greet: 'Bonjour {name}' };
    },
  };
  assert.equal(hasTranslations(lazy, 'nl'), true);
  assert.equal(hasTranslations(lazy, 'de'), true, 'no German loader: nothing to wait for');
  assert.equal(hasTranslations(lazy, 'fr'), false);
  await assert.rejects(loadTranslations(lazy, 'fr'), /offline/);
  assert.equal(translate(lazyCatalog, 'greet', 'fr', { name: 'Anna' }), 'Hello Anna');
  fail = false;
  await Promise.all([loadTranslations(lazy, 'fr'), loadTranslations(lazy, 'fr')]);
  assert.equal(calls, 2, 'the retry loads once for both callers');
  assert.equal(hasTranslations(lazy, 'fr'), true);
  assert.equal(translate(lazyCatalog, 'greet', 'fr', { name: 'Anna' }), 'Bonjour Anna');
  await loadTranslations(lazy, 'fr');
  assert.equal(calls, 2, 'loaded texts are not fetched again');
});
