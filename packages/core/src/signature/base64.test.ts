import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBase64Binary, encodeBase64 } from './base64.js';

const bytes = (text: string): number[] => {
  const result = decodeBase64Binary(text);
  assert.ok(result.ok, `${text} should decode`);
  return [...result.bytes];
};

test('decodes canonical base64 and ignores XML whitespace', () => {
  assert.deepEqual(bytes('AAEC'), [0, 1, 2]);
  assert.deepEqual(bytes(' AA\n EC\r\n\t/w== '), [0, 1, 2, 255]);
  assert.deepEqual(bytes('fA=='), [124]);
  assert.deepEqual(bytes('nA8='), [156, 15]);
  assert.equal(encodeBase64(new Uint8Array([0, 1, 2, 255])), 'AAEC/w==');
});

test('refuses non-zero padding bits, which lenient decoders accept', () => {
  // atob reads fB== as the same byte as fA==; base64Binary does not allow it.
  assert.equal(atob('fB=='), atob('fA=='));
  assert.deepEqual(decodeBase64Binary('fB=='), { ok: false, problem: 'padding-bits' });
  assert.deepEqual(decodeBase64Binary('nA9='), { ok: false, problem: 'padding-bits' });
});

test('refuses junk, wrong lengths and empty values', () => {
  assert.deepEqual(decodeBase64Binary('AAE'), { ok: false, problem: 'characters' });
  assert.deepEqual(decodeBase64Binary('AA=C'), { ok: false, problem: 'characters' });
  assert.deepEqual(decodeBase64Binary('AA-_'), { ok: false, problem: 'characters' });
  assert.deepEqual(decodeBase64Binary('A==='), { ok: false, problem: 'characters' });
  assert.deepEqual(decodeBase64Binary(' \n'), { ok: false, problem: 'empty' });
});
