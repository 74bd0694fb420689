/**
 * French on screen keeps its punctuation with the word before it: a no-break space
 * before « : ; ? ! » and after «, so a line never starts with a lone colon or question
 * mark. Checked over the source of every French text the elements, the CLI and the
 * server show (the French catalogs and every `fr:` text), except the message templates:
 * their texts go out in broadcasts, where a no-break space would force the whole message
 * into UCS-2 (the composer's normalisation removes them there).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const BROADCAST_TEXTS = /packages\/core\/src\/templates\/(shipped|instantiate)/;

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) out.push(path);
  }
  return out;
}

/** The French string literals of a source file. */
function frenchTexts(path: string, code: string): string[] {
  const literal = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g;
  if (/messages\.fr\.ts$/.test(path)) {
    return [...code.matchAll(literal)].map((m) => m[1] ?? m[2] ?? '');
  }
  return [...code.matchAll(/\bfr:\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)")/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
}

test('French texts keep « : ; ? ! » with their words (no-break spaces), outside broadcast texts', () => {
  const files = ['packages', 'host-demo/server/src', 'host-demo/web/src']
    .flatMap((d) => sources(join(root, d)))
    .filter((f) => !BROADCAST_TEXTS.test(f));
  let checked = 0;
  const wrong: string[] = [];
  for (const file of files) {
    for (const text of frenchTexts(file, readFileSync(file, 'utf8'))) {
      checked += 1;
      if (/ [:;?!»]|« /.test(text)) wrong.push(`${relative(root, file)}: ${text}`);
    }
  }
  assert.ok(checked > 500, `only ${checked} French texts found: is the scan still finding them?`);
  assert.deepEqual(wrong, [], 'use a no-break space (U+00A0) before : ; ? ! » and after «');
});
