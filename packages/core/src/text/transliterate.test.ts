import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { GSM7_BASIC_CHARS, GSM7_EXTENSION_CHARS, isGsm7 } from './gsm7.js';
import { transliterateToGsm7 } from './transliterate.js';

test('Dutch: ï becomes i, and where it was is reported', () => {
  const result = transliterateToGsm7('Houd u geïnformeerd via de regionale omroep.');
  assert.equal(result.text, 'Houd u geinformeerd via de regionale omroep.');
  assert.deepEqual(result.replaced, [{ char: 'ï', index: 9, replacement: 'i' }]);
  assert.deepEqual(result.remaining, []);
});

test('Dutch: the ĳ ligature and a trema in "ruïne" and "België"', () => {
  assert.equal(
    transliterateToGsm7('ĳsbaan bij de ruïne, België').text,
    'ijsbaan bij de ruine, Belgie',
  );
});

test('French: ç becomes c, the GSM capital Ç stays, ê and â lose their accent, é and à stay', () => {
  const result = transliterateToGsm7('Ça va, garçon ? Fermez les fenêtres du château à côté.');
  assert.equal(result.text, 'Ça va, garcon ? Fermez les fenetres du chateau à coté.');
  assert.deepEqual(
    result.replaced.map((r) => [r.char, r.replacement]),
    [
      ['ç', 'c'],
      ['ê', 'e'],
      ['â', 'a'],
      ['ô', 'o'],
    ],
  );
});

test('French: narrow no-break space before punctuation and guillemets', () => {
  assert.equal(
    transliterateToGsm7('Restez chez vous\u202f! «\u00a0Confinement\u00a0»').text,
    'Restez chez vous ! " Confinement "',
  );
});

test('German: ß, ä, ö and ü are GSM-7 and stay', () => {
  const text = 'Schließen Sie Fenster und Türen. Räumen Sie den Straßenbereich in Köln.';
  const result = transliterateToGsm7(text);
  assert.equal(result.text, text);
  assert.deepEqual(result.replaced, []);
  assert.deepEqual(result.remaining, []);
});

test('typography: curly quotes, dashes, ellipsis and no-break spaces', () => {
  const result = transliterateToGsm7('“Blijf binnen” – van 10—12 uur… ’s nachts\u00a0ook');
  assert.equal(result.text, '"Blijf binnen" - van 10-12 uur... \'s nachts ook');
  assert.deepEqual(
    result.replaced.map((r) => r.index),
    [0, 13, 15, 23, 30, 32, 41],
  );
});

test('indices point into the original text even after longer replacements', () => {
  const result = transliterateToGsm7('……ï');
  assert.equal(result.text, '......i');
  assert.deepEqual(result.replaced, [
    { char: '…', index: 0, replacement: '...' },
    { char: '…', index: 1, replacement: '...' },
    { char: 'ï', index: 2, replacement: 'i' },
  ]);
});

test('decomposed letters: e + combining acute composes to the GSM é, e + circumflex becomes e', () => {
  const result = transliterateToGsm7('cafe\u0301 fe\u0302te');
  assert.equal(result.text, 'café fete');
  assert.deepEqual(result.replaced, [
    { char: 'e\u0301', index: 3, replacement: 'é' },
    { char: 'e\u0302', index: 7, replacement: 'e' },
  ]);
});

test('other Latin letters fall back to their base letter (NFD)', () => {
  assert.equal(transliterateToGsm7('Šťastný Łódź Dvořák').text, 'Stastny Lodz Dvorak');
});

test('invisible characters are dropped', () => {
  assert.equal(transliterateToGsm7('Nood\u200bweg\u00adkaart\ufeff').text, 'Noodwegkaart');
});

test('what cannot be replaced is left in place and listed', () => {
  const result = transliterateToGsm7('Brand 🔥 bij 40 °C, 火');
  assert.equal(result.text, 'Brand 🔥 bij 40 °C, 火');
  assert.deepEqual(result.remaining, [
    { char: '🔥', index: 6 },
    { char: '°', index: 16 },
    { char: '火', index: 20 },
  ]);
  assert.deepEqual(result.replaced, []);
});

test('property: GSM-7 text is returned unchanged', () => {
  const gsm = fc.string({
    unit: fc.constantFrom(...Array.from(GSM7_BASIC_CHARS + GSM7_EXTENSION_CHARS)),
  });
  fc.assert(
    fc.property(gsm, (text) => {
      const result = transliterateToGsm7(text);
      assert.equal(result.text, text);
      assert.equal(result.replaced.length, 0);
    }),
  );
});

const latin1Letters = Array.from({ length: 0x100 - 0xc0 }, (_, i) =>
  String.fromCharCode(0xc0 + i),
).filter((c) => c !== '×' && c !== '÷');
const latinText = fc.string({
  unit: fc.oneof(fc.constantFrom(...latin1Letters), fc.constantFrom(...'abcXYZ .,'.split(''))),
});

test('property: text of Latin-1 letters always transliterates into GSM-7', () => {
  fc.assert(
    fc.property(latinText, (text) => {
      const result = transliterateToGsm7(text);
      assert.deepEqual(result.remaining, []);
      assert.equal(isGsm7(result.text), true);
    }),
  );
});

test('property: transliteration is idempotent', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      const once = transliterateToGsm7(text).text;
      assert.equal(transliterateToGsm7(once).text, once);
    }),
  );
});
