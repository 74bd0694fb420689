import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GSM7_BASIC_CHARS, GSM7_EXTENSION_CHARS, gsm7Septets, isGsm7 } from './gsm7.js';

test('the default alphabet has 127 distinct characters (128 less the escape) and the extension table 10', () => {
  assert.equal(Array.from(GSM7_BASIC_CHARS).length, 127);
  assert.equal(new Set(GSM7_BASIC_CHARS).size, 127);
  assert.equal(new Set(GSM7_EXTENSION_CHARS).size, 10);
  assert.equal(GSM7_BASIC_CHARS.includes('\u001b'), false);
});

test('code positions that differ from ASCII are where GSM 03.38 puts them', () => {
  assert.equal(GSM7_BASIC_CHARS.indexOf('@'), 0x00);
  assert.equal(GSM7_BASIC_CHARS.indexOf('$'), 0x02);
  assert.equal(GSM7_BASIC_CHARS.indexOf('Ç'), 0x09);
  assert.equal(GSM7_BASIC_CHARS.indexOf('Δ'), 0x10);
  // After 0x1B (left out) every position is one less in the string.
  assert.equal(GSM7_BASIC_CHARS.indexOf('Æ'), 0x1c - 1);
  assert.equal(GSM7_BASIC_CHARS.indexOf('¤'), 0x24 - 1);
  assert.equal(GSM7_BASIC_CHARS.indexOf('¡'), 0x40 - 1);
  assert.equal(GSM7_BASIC_CHARS.indexOf('§'), 0x5f - 1);
  assert.equal(GSM7_BASIC_CHARS.indexOf('¿'), 0x60 - 1);
  assert.equal(GSM7_BASIC_CHARS.indexOf('à'), 0x7f - 1);
});

test('letters and signs of the default alphabet cost one septet', () => {
  for (const char of 'éèùìòÇØøÅåÄäÖöÑñÜüßÉÆæΔΦΓΛΩΠΨΣΘΞ¡¿£¥§¤@$_\n\r') {
    assert.equal(gsm7Septets(char), 1, char);
  }
});

test('extension characters cost two septets', () => {
  for (const char of '^{}\\[~]|€\f') assert.equal(gsm7Septets(char), 2, char);
});

test('common accented letters outside the alphabet are not GSM-7', () => {
  for (const char of 'ïêëçáíóúâôûÀÈÊÔ`\t\u00a0°€'.replace('€', '')) {
    assert.equal(gsm7Septets(char), undefined, char);
  }
  assert.equal(isGsm7('Schließen Sie die Fenster'), true);
  assert.equal(isGsm7('Houd u geïnformeerd'), false);
  assert.equal(isGsm7('Kosten: € 5 [zie site]'), true);
  assert.equal(isGsm7(''), true);
});
