// One process is the whole reference host: the page at /, the bundles at /dist/browser/,
// nothing outside those folders.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { loadConfig } from './config.js';
import type { RunningServer } from './server.js';
import { startTestServer } from './test/harness.js';

let server: RunningServer;
before(async () => {
  server = await startTestServer('pglite', { staticFiles: loadConfig({}).staticFiles });
});
after(() => server?.close());

test('serves the host page at / and the browser bundles at /dist/browser/', async () => {
  const page = await fetch(`${server.url}/`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type') ?? '', /text\/html/);
  assert.match(await page.text(), /<html/);
  const dist = loadConfig({}).staticFiles?.dist ?? '';
  if (existsSync(`${dist}/sirene-core.js`)) {
    const bundle = await fetch(`${server.url}/dist/browser/sirene-core.js`);
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers.get('content-type') ?? '', /javascript/);
  }
});

test('never serves files outside its folders', async () => {
  for (const path of [
    '/%2e%2e/server/package.json',
    '/dist/browser/%2e%2e/%2e%2e/host-demo/server/package.json',
    '/..%2fserver%2fpackage.json',
  ]) {
    const r = await fetch(`${server.url}${path}`);
    assert.ok(r.status === 403 || r.status === 404, `${path}: ${r.status}`);
  }
  const api = await fetch(`${server.url}/api/nothing`);
  assert.equal(api.status, 404);
  assert.equal(((await api.json()) as { error: { code: string } }).error.code, 'route.not-found');
});
