// The CAP workbench (/workbench.html beside the reference host page) as a person uses it,
// in Debian's Chromium: it loads the rollup browser bundle with no build step of its own
// (plain HTML embedding), validates CAP in the browser, measures channel text, and keeps
// what was typed across a reload.
// Needs `npm run build` first (npm test does that).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = new URL('../../', import.meta.url).pathname;
const port = 18000 + Math.floor(Math.random() * 1000);
const base = `http://127.0.0.1:${port}/workbench.html`;
let server: ChildProcess;
let browser: Browser;

before(async () => {
  assert.ok(
    existsSync(`${root}dist/browser/sirene-core.js`),
    'run `npm run build` first: dist/browser/sirene-core.js is missing',
  );
  server = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (d: Buffer) => d.toString().includes('http://') && resolve());
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

async function open(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base);
  return { page, errors };
}

test('the sample NL-Alert exercise validates in the browser, schema and profile included', async () => {
  const { page, errors } = await open();
  await page.waitForSelector('#verdict.ok', { timeout: 30000 });
  assert.match((await page.textContent('#verdict')) ?? '', /Geldig: 0 fouten/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a broken message shows its findings in the chosen language, with the place they concern', async () => {
  const { page } = await open();
  await page.waitForSelector('#verdict.ok', { timeout: 30000 });
  await page.selectOption('#lang', 'en');
  const xml = await page.inputValue('#xml');
  await page.fill('#xml', xml.replace('<scope>Public</scope>', ''));
  await page.click('#validate');
  await page.waitForSelector('#verdict.bad', { timeout: 30000 });
  const rows = await page.$$eval('#findings tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  );
  assert.ok(
    rows.some(
      ([severity, code, where]) =>
        severity === 'error' && code === 'cap.required' && /scope/.test(where ?? ''),
    ),
    JSON.stringify(rows),
  );
  assert.ok(
    rows.some(([, code]) => code === 'schema.invalid'),
    JSON.stringify(rows),
  );
  await page.close();
});

test('channel counters flag the character that forced UCS-2 and transliterate it in one action', async () => {
  const { page } = await open();
  await page.fill('#text', 'Bewoners zijn geïnformeerd.');
  const cb = page.locator('.measure').first();
  assert.match((await cb.textContent()) ?? '', /UCS-2/);
  assert.equal(await cb.locator('mark').textContent(), 'ï');
  await page.click('#transliterate');
  assert.equal(await page.inputValue('#text'), 'Bewoners zijn geinformeerd.');
  assert.match((await cb.textContent()) ?? '', /GSM-7/);
  await page.close();
});

test('a reload loses nothing that was typed', async () => {
  const { page } = await open();
  await page.fill('#text', 'Verlaat het gebied direct.');
  await page.selectOption('#lang', 'en');
  await page.reload();
  assert.equal(await page.inputValue('#text'), 'Verlaat het gebied direct.');
  assert.equal(await page.inputValue('#lang'), 'en');
  await page.close();
});
