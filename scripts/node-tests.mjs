#!/usr/bin/env node
// Runs every Node unit test (`*.test.ts` beside the code, and `test/node/**`) with
// Node's own test runner, TypeScript loaded by tsx and workspace packages resolved to
// their sources through the "source" export condition. Browser tests are named
// `*.browser.test.ts` and run in @web/test-runner instead.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const roots = ['packages', 'host-demo', 'test/node', 'test/e2e'].map((d) => join(root, d));
const skip = new Set(['node_modules', 'dist', '.git', 'storybook-static']);

function walk(dir, out) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (skip.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.test\.ts$/.test(name) && !/\.browser\.test\.ts$/.test(name)) out.push(path);
  }
  return out;
}

const filter = process.argv.slice(2);
let files = roots.flatMap((d) => walk(d, [])).sort();
if (filter.length) files = files.filter((f) => filter.some((p) => f.includes(p)));
if (files.length === 0) {
  console.error(
    'No Node test files found' + (filter.length ? ` matching ${filter.join(', ')}` : ''),
  );
  process.exit(1);
}
console.log(`Running ${files.length} Node test files`);
const result = spawnSync(
  process.execPath,
  [
    '--conditions=source',
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    ...files.map((f) => relative(root, f)),
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
