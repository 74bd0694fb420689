// The framework host examples (examples/html, examples/react, examples/vue) as an operator
// uses them, in Debian's Chromium. Each host wires the elements the way DESIGN.md draws
// it: area editor → .area on the composer → .alert on the preview; the checklist gates
// "send". Plain HTML loads the rollup bundle with no build step; React 19 and Vue 3 are
// built here with Vite's JS API from the workspace packages' built JS (dist), as an
// embedder gets them. Needs `npm run build` first (npm test does that).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = new URL('../../', import.meta.url).pathname;
const axePath = join(root, 'node_modules/axe-core/axe.min.js');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TAGS = [
  'sirene-area-editor',
  'sirene-message-composer',
  'sirene-cap-preview',
  'sirene-checklist',
] as const;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

/** A static server over `[urlPrefix, directory]` mounts, first match wins; never outside them. */
async function serve(mounts: [string, string][]): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const [prefix, dir] of mounts) {
      if (!path.startsWith(prefix)) continue;
      let file = join(dir, normalize(decodeURIComponent(path.slice(prefix.length))));
      if (file !== dir && !file.startsWith(dir + sep)) break;
      try {
        if (statSync(file).isDirectory()) file = join(file, 'index.html');
        statSync(file);
      } catch {
        break;
      }
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, server };
}

let browser: Browser;
const servers: Server[] = [];
const temp: string[] = [];

/** Runs a type checker over an example's tsconfig; resolves with its output when it fails. */
function typecheck(bin: string, example: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, bin), '-p', join(root, 'examples', example, 'tsconfig.json')],
      { cwd: root },
      (error, stdout, stderr) => resolve(error ? `${example}: ${stdout}${stderr}` : undefined),
    );
  });
}
/** Started at once so it runs beside the browser tests; awaited by its own test. */
let typechecks: Promise<(string | undefined)[]>;

before(async () => {
  for (const file of ['sirene-core.js', 'sirene-checklist.js']) {
    assert.ok(
      existsSync(join(root, 'dist/browser', file)),
      `run \`npm run build\` first: dist/browser/${file} is missing`,
    );
  }
  typechecks = Promise.all([
    typecheck('node_modules/typescript/bin/tsc', 'react'),
    typecheck('node_modules/vue-tsc/bin/vue-tsc.js', 'vue'),
  ]);
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

/** Builds a Vite example into a temporary folder with Vite's JS API. */
async function buildWithVite(example: string): Promise<string> {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), `sirene-example-${example}-`));
  temp.push(outDir);
  await build({
    root: join(root, 'examples', example),
    configFile: join(root, 'examples', example, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** Opens a host page and collects page errors and console errors. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  });
  await page.goto(url);
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) => {
        const el = document.querySelector(tag);
        return customElements.get(tag) && el instanceof customElements.get(tag)! && el.shadowRoot;
      }),
    [...TAGS],
  );
  return { page, errors };
}

/** Axe (WCAG 2.0/2.1 A and AA) over the whole page, shadow roots included. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async (tags) => {
    interface AxeResult {
      violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run(c: Node, o: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  }, wcagTags);
}

/** A colour computed inside an element's shadow root. */
function shadowColour(page: Page, tag: string, selector: string, property: string) {
  return page.evaluate(
    ([tag, selector, property]) => {
      const node = document.querySelector(tag)?.shadowRoot?.querySelector(selector);
      if (!node) throw new Error(`${tag} has no ${selector} in its shadow root`);
      return getComputedStyle(node).getPropertyValue(property);
    },
    [tag, selector, property] as const,
  );
}

const sendBlockers = (page: Page) =>
  page.$$eval('#send-blockers li', (items) => items.map((li) => li.textContent ?? ''));

/**
 * The whole operator flow, the same for every host: it proves properties (the area the
 * host passes on, the checklist's user), events (alert → preview, checklist → send gate),
 * the answered request (mark ready), attributes (lang) and theming.
 */
async function operate(page: Page, errors: string[]): Promise<void> {
  // Nothing is ready: the host keeps "send" disabled and says why.
  assert.equal(await page.isDisabled('#send'), true);
  assert.equal((await sendBlockers(page)).length, 3, (await sendBlockers(page)).join(' | '));

  // The host answers the composer's cancelable request: with no area drawn it refuses
  // "mark ready" and says why. (The composer itself never asks without an area, so the
  // request is dispatched here as the composer would.)
  const refused = await page.evaluate(() => {
    const request = new Event('sirene-ready-request', {
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    return !document.querySelector('sirene-message-composer')?.dispatchEvent(request);
  });
  assert.equal(refused, true, 'the host did not cancel sirene-ready-request');
  assert.match((await page.textContent('#host-status')) ?? '', /teken eerst het gebied/);

  // 1. The operator picks a municipality in the area editor, by keyboard.
  await page.click('sirene-area-editor button[data-tool="municipality"]');
  await page.fill('sirene-area-editor #search', 'Utrecht');
  await page.waitForSelector('sirene-area-editor ul.results button');
  await page.press('sirene-area-editor #search', 'Enter');
  // The host passed the area editor's event on as the composer's `area` property, and the
  // composer's alert (with that area) on as the preview's `alert` property.
  // (No inner named functions in evaluated code: tsx would wrap them in its `__name` helper.)
  await page.waitForFunction(() =>
    [
      document.querySelector('sirene-message-composer')?.area &&
        document.querySelector('sirene-message-composer')?.alert,
      document.querySelector('sirene-cap-preview')?.alert,
    ].every((a) => {
      const infos = (a as { cap?: { infos?: { areas?: { polygons?: unknown[] }[] }[] } })?.cap
        ?.infos;
      return (infos?.[0]?.areas?.[0]?.polygons?.length ?? 0) > 0;
    }),
  );
  const areaDesc = await page.evaluate(
    () =>
      document.querySelector('sirene-message-composer')?.alert?.cap.infos[0]?.areas[0]?.areaDesc,
  );
  assert.match(areaDesc ?? '', /Utrecht/);

  // 2. The operator completes the message and marks it ready; the host answers the request.
  await page.fill('sirene-message-composer #f-location', 'Industrieweg, Utrecht');
  await page.click('sirene-message-composer #mark-ready');
  await page.click('sirene-message-composer #confirm-yes');
  await page.waitForFunction(() => document.querySelector('sirene-message-composer')?.ready);
  assert.equal(await page.textContent('#host-status'), '', 'the host accepted the request');
  // The preview validated the ready alert (CAP schema, rules, NL-Alert profile) without errors.
  await page.waitForFunction(() => {
    const preview = document.querySelector('sirene-cap-preview');
    return preview && !preview.pending && preview.valid;
  });
  assert.equal(await page.isDisabled('#send'), true, 'the checklist still blocks sending');
  assert.deepEqual(
    (await sendBlockers(page)).length,
    1,
    `only the checklist blocks: ${(await sendBlockers(page)).join(' | ')}`,
  );

  // 3. The operator ticks the procedure's send gate; the checklist's event opens "send".
  for (const id of [
    'c-criterion-act-now',
    'c-extreme-violence--no',
    'c-decision',
    'c-step-7-area',
    'c-step-9-check',
    'c-step-9-translation--matches',
    'c-step-10-duration',
    'c-step-14-area',
  ]) {
    assert.equal(await page.isDisabled('#send'), true, `send opened before ${id}`);
    // By keyboard, as an operator would: a click can miss while the column above the
    // checklist (the preview, the send blockers) is still settling after "ready".
    await page.focus(`sirene-checklist #${id}`);
    await page.keyboard.press('Space');
    await page.waitForFunction(
      (sel) =>
        document.querySelector('sirene-checklist')?.shadowRoot?.querySelector<HTMLInputElement>(sel)
          ?.checked,
      `#${id}`,
    );
  }
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('#send')?.disabled);
  assert.deepEqual(await sendBlockers(page), []);
  await page.click('#send');
  const xml = (await page.textContent('#sent-xml')) ?? '';
  assert.match(xml, /<status>Actual<\/status>/);
  assert.match(xml, /<areaDesc>[^<]*Utrecht/);
  assert.match(xml, /<polygon>/);

  // 4. Theming: the shipped dark theme reaches into the shadow roots; the vendor override
  //    (the composer's house colour) applies in the default theme only.
  const composerButton = () => shadowColour(page, 'sirene-message-composer', '#reopen', 'color');
  const checklistText = () => shadowColour(page, 'sirene-checklist', '[part="header"]', 'color');
  assert.equal(await checklistText(), 'rgb(27, 27, 27)');
  assert.equal(await composerButton(), 'rgb(138, 21, 56)');
  assert.deepEqual(await axeViolations(page), []);
  await page.selectOption('#theme', 'dark');
  assert.equal(await checklistText(), 'rgb(242, 242, 242)');
  assert.notEqual(await composerButton(), 'rgb(138, 21, 56)');
  assert.equal(
    await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
    'rgb(22, 24, 28)',
  );
  assert.deepEqual(await axeViolations(page), []);
  await page.selectOption('#theme', 'high-contrast');
  assert.equal(await checklistText(), 'rgb(0, 0, 0)');

  // 5. Language is an attribute: every element and the host's own texts follow it.
  await page.selectOption('#lang', 'en');
  await page.waitForFunction(() =>
    /NL-Alert procedure/.test(
      document.querySelector('sirene-checklist')?.shadowRoot?.textContent ?? '',
    ),
  );
  assert.deepEqual(
    await page.$$eval(
      'sirene-area-editor, sirene-message-composer, sirene-cap-preview, sirene-checklist',
      (els) => els.map((el) => el.getAttribute('lang')),
    ),
    ['en', 'en', 'en', 'en'],
  );
  assert.equal(await page.textContent('#send'), 'Broadcast');
  assert.deepEqual(errors, []);
}

test('plain HTML host: the rollup bundle with no build step wires area, message, preview and checklist', async () => {
  const { url, server } = await serve([
    ['/dist/browser/', join(root, 'dist/browser')],
    ['/', join(root, 'examples/html')],
  ]);
  servers.push(server);
  const { page, errors } = await open(url);
  await operate(page, errors);
  await page.close();
});

test('React 19 host: props become properties, on<event> props listen, built by Vite from the packages', async () => {
  const dir = await buildWithVite('react');
  const { url, server } = await serve([['/', dir]]);
  servers.push(server);
  const { page, errors } = await open(url);
  await operate(page, errors);
  await page.close();
});

test('Vue 3 host: .prop bindings, @sirene-* listeners, built by Vite from the packages', async () => {
  const dir = await buildWithVite('vue');
  const { url, server } = await serve([['/', dir]]);
  servers.push(server);
  const { page, errors } = await open(url);
  await operate(page, errors);
  await page.close();
});

test('the React (tsc) and Vue (vue-tsc) hosts type-check against the published type declarations', async () => {
  assert.deepEqual((await typechecks).filter(Boolean), []);
});
