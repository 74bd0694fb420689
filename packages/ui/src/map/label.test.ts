import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wrapLabel } from './label.js';

test('a short map label stays on one line', () => {
  assert.equal(wrapLabel('Effect area: 12 km²'), 'Effect area: 12 km²');
  assert.equal(wrapLabel(''), '');
});

test('a long map label wraps at spaces, keeping no-break spaces together', () => {
  const fr = 'Débordement, tous les réseaux\u00a0: 517\u00a0km² (fourchette 126–1\u00a0538)';
  const lines = wrapLabel(fr).split('\n');
  assert.deepEqual(lines, [
    'Débordement, tous les réseaux\u00a0:',
    '517\u00a0km² (fourchette 126–1\u00a0538)',
  ]);
  assert.equal(lines.join(' '), fr, 'no text lost or added');
  for (const line of lines) assert.ok(line.length <= 32, line);
});

test('a word longer than the line gets a line of its own', () => {
  assert.equal(
    wrapLabel('Gebied Rijksstraatwegviaductonderhoudsproject noord', 20),
    'Gebied\nRijksstraatwegviaductonderhoudsproject\nnoord',
  );
});
