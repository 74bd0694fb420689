// Stories as tests: build Storybook statically (or reuse SIRENE_STORYBOOK_DIR), serve it
// on 127.0.0.1, and open every story in Debian's Chromium. A story passes when it renders
// with no page error, no console error, and no axe-core violation of WCAG 2.0/2.1 A and
// AA inside #storybook-root (shadow roots included).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  type Page,
} from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const axePath = join(root, 'node_modules/axe-core/axe.min.js');
/** Pages driven at once: enough to overlap network and rendering on two cores. */
const concurrency = 2;
const storyTimeout = 30_000;
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Console errors that are not the story's fault. Each entry says why it is allowed.
 * Keep this short: anything else an element logs as an error fails its story.
 */
const allowedConsoleErrors: { pattern: RegExp; reason: string }[] = [];

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  importPath: string;
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

interface StoryResult {
  id: string;
  errors: string[];
  violations: Violation[];
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

const transparentPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
/** Requests for something other than a tile that left this server, by page. */
const offline: { page: Page; url: string }[] = [];

let dir: string;
let ownBuild: string | undefined;
let server: Server;
let base: string;
let browser: Browser;
let context: BrowserContext;

before(async () => {
  if (process.env['SIRENE_STORYBOOK_DIR']) {
    dir = process.env['SIRENE_STORYBOOK_DIR'];
    assert.ok(
      existsSync(join(dir, 'index.json')),
      `SIRENE_STORYBOOK_DIR=${dir} has no index.json: run \`npm run build-storybook\` first`,
    );
  } else {
    ownBuild = mkdtempSync(join(tmpdir(), 'sirene-storybook-'));
    dir = ownBuild;
    await run('npm', ['run', 'build:manifest'], { cwd: root, maxBuffer: 64 << 20 });
    await run('npx', ['storybook', 'build', '-o', dir, '--quiet'], {
      cwd: root,
      maxBuffer: 64 << 20,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
  }
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(dir, path);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (path === '/favicon.ico') {
      // Chromium asks for it by itself; Storybook ships favicon.svg only.
      res.writeHead(204).end();
      return;
    }
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      // Hashed assets are shared by every story: let the browser keep them.
      'cache-control': 'max-age=3600',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  // tsx compiles this file with esbuild's keepNames, which wraps the functions passed to
  // page.evaluate in calls to its `__name` helper; give the page a no-op one.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  // The machines have no network. Base-map tiles from public tile servers (the RD New
  // story uses PDOK's) get a transparent tile instead of failing with console errors;
  // any other request off this server is recorded and fails its story.
  await context.route(
    (url) => url.origin !== new URL(base).origin,
    async (route) => {
      const request = route.request();
      if (request.resourceType() === 'image' || /\.(png|jpe?g|webp)(\?|$)/.test(request.url())) {
        await route.fulfill({
          status: 200,
          contentType: 'image/png',
          headers: { 'access-control-allow-origin': '*' },
          body: transparentPng,
        });
      } else {
        offline.push({ page: request.frame().page(), url: request.url() });
        await route.abort('internetdisconnected');
      }
    },
  );
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (ownBuild) rmSync(ownBuild, { recursive: true, force: true });
});

/** Waits until the story is shown and every custom element in it has finished updating. */
async function settle(page: Page): Promise<string | undefined> {
  await page.waitForFunction(
    () => {
      if (document.body.classList.contains('sb-show-errordisplay')) return true;
      // Storybook's own record of the render: 'finished' once rendering and any play
      // function are done (older builds stop at 'completed').
      const phase = (
        window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }
      ).__STORYBOOK_PREVIEW__?.currentRender?.phase;
      if (phase === 'errored' || phase === 'aborted') return true;
      const done = phase === undefined || phase === 'finished' || phase === 'completed';
      return (
        done &&
        document.body.classList.contains('sb-show-main') &&
        (document.querySelector('#storybook-root')?.childElementCount ?? 0) > 0
      );
    },
    undefined,
    { timeout: storyTimeout },
  );
  return page.evaluate(async () => {
    const phase = (
      window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }
    ).__STORYBOOK_PREVIEW__?.currentRender?.phase;
    if (document.body.classList.contains('sb-show-errordisplay') || phase === 'errored') {
      return document.querySelector('#error-message')?.textContent || `render ${phase ?? 'failed'}`;
    }
    const pending = (): Promise<unknown>[] => {
      const out: Promise<unknown>[] = [];
      const walk = (node: ParentNode): void => {
        for (const el of node.querySelectorAll('*')) {
          const update = (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
          if (update instanceof Promise) out.push(update);
          // Elements that compute after rendering (the overshoot estimator's worker) say
          // when they are done: their results are part of what is checked. Bounded, so a
          // story that never settles is still checked as it stands.
          const settled = (el as Element & { whenSettled?: () => Promise<unknown> }).whenSettled;
          if (typeof settled === 'function') {
            out.push(
              Promise.race([
                settled.call(el).catch(() => undefined),
                new Promise((resolve) => setTimeout(resolve, 15_000)),
              ]),
            );
          }
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document.querySelector('#storybook-root') ?? document);
      return out;
    };
    // Twice: an element's first update can create and update children.
    for (let i = 0; i < 2; i++) await Promise.all(pending());
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await Promise.all(pending());
    return undefined;
  });
}

/** A pass over the stories: everything, or one concern in another setting. */
type Pass = { kind: 'full' } | { kind: 'theme'; theme: string } | { kind: 'reflow'; width: number };

/**
 * Opens a story and checks it. A `theme` pass (a toolbar theme, applied through
 * Storybook's globals) checks only colour contrast, a `reflow` pass only that nothing
 * makes the page scroll sideways at that width (WCAG 1.4.10: 320 CSS px is a 1280 px
 * window at 400 % zoom); the full pass checks everything else.
 */
async function check(page: Page, entry: IndexEntry, pass: Pass): Promise<StoryResult> {
  const errors: string[] = [];
  const onPageError = (e: Error): void => void errors.push(`page error: ${e.message}`);
  const onConsole = (msg: ConsoleMessage): void => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (!allowedConsoleErrors.some(({ pattern }) => pattern.test(text))) {
      const where = msg.location().url;
      errors.push(`console error: ${text}${where ? ` (${where})` : ''}`);
    }
  };
  page.on('pageerror', onPageError);
  page.on('console', onConsole);
  let violations: Violation[] = [];
  try {
    const theme = pass.kind === 'theme' ? pass.theme : undefined;
    const globals = theme ? `&globals=theme:${theme}` : '';
    await page.goto(
      `${base}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story${globals}`,
      { timeout: storyTimeout },
    );
    const shown = await settle(page);
    if (shown) errors.push(`Storybook showed an error: ${shown.trim()}`);
    else if (pass.kind === 'reflow') {
      const wider = await overflowing(page, pass.width);
      if (wider.length) errors.push(`wider than ${pass.width} px: ${wider.join('; ')}`);
    } else if (theme) {
      const applied = await page.evaluate(
        () => document.getElementById('sirene-theme')?.textContent ?? '',
      );
      if (!applied.includes('--sirene-color-surface:')) errors.push(`theme ${theme} not applied`);
      violations = await axeViolations(page, '#storybook-root', ['color-contrast']);
    } else {
      violations = await axeViolations(page, '#storybook-root');
    }
  } catch (e) {
    errors.push(`did not render: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    for (let i = offline.length - 1; i >= 0; i--) {
      if (offline[i]!.page !== page) continue;
      errors.unshift(`needs the network: ${offline[i]!.url}`);
      offline.splice(i, 1);
    }
    page.off('pageerror', onPageError);
    page.off('console', onConsole);
  }
  return { id: entry.id, errors, violations };
}

function describe(result: StoryResult): string {
  const lines = [...result.errors];
  for (const v of result.violations) {
    lines.push(`axe ${v.id} (${v.impact ?? 'n/a'}): ${v.help}`);
    for (const n of v.nodes.slice(0, 5)) lines.push(`  at ${n.target}: ${n.summary}`);
    if (v.nodes.length > 5) lines.push(`  … and ${v.nodes.length - 5} more`);
  }
  return lines.join('\n');
}

/** Every story of the built Storybook. */
function allStories(): IndexEntry[] {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
    entries: Record<string, IndexEntry>;
  };
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  assert.ok(stories.length > 0, 'index.json lists no stories');
  return stories;
}

/** Checks every story, `concurrency` pages at a time. */
async function checkAll(
  stories: IndexEntry[],
  pass: Pass = { kind: 'full' },
): Promise<Map<string, StoryResult>> {
  const results = new Map<string, StoryResult>();
  const queue = [...stories];
  await Promise.all(
    Array.from({ length: Math.min(concurrency, stories.length) }, async () => {
      const page = await context.newPage();
      if (pass.kind === 'reflow') await page.setViewportSize({ width: pass.width, height: 640 });
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        results.set(entry.id, await check(page, entry, pass));
      }
      await page.close();
    }),
  );
  return results;
}

test('every story renders in Chromium with no errors and no axe violations', async (t) => {
  const stories = allStories();
  const results = await checkAll(stories);

  for (const entry of stories) {
    const result = results.get(entry.id)!;
    await t.test(`${entry.title} › ${entry.name}`, () => {
      assert.ok(
        result.errors.length === 0 && result.violations.length === 0,
        `${entry.id}\n${describe(result)}`,
      );
    });
  }
  const failing = [...results.values()].filter((r) => r.errors.length || r.violations.length);
  assert.equal(
    failing.length,
    0,
    `${failing.length} of ${stories.length} stories fail:\n\n` +
      failing.map((r) => `${r.id}\n${describe(r)}`).join('\n\n'),
  );
});

// Vendors and control rooms switch themes (a dark one at night, high contrast for low
// vision): the elements' own colours must keep AA contrast under each shipped theme.
for (const theme of ['dark', 'high-contrast']) {
  test(`every story keeps WCAG AA colour contrast in the ${theme} theme`, async () => {
    const stories = allStories();
    const results = await checkAll(stories, { kind: 'theme', theme });
    const failing = [...results.values()].filter((r) => r.errors.length || r.violations.length);
    assert.equal(
      failing.length,
      0,
      `${failing.length} of ${stories.length} stories fail in the ${theme} theme:\n\n` +
        failing.map((r) => `${r.id}\n${describe(r)}`).join('\n\n'),
    );
  });
}

test('every story reflows at 320 CSS px: nothing makes the page scroll sideways', async () => {
  const stories = allStories();
  const results = await checkAll(stories, { kind: 'reflow', width: 320 });
  const failing = [...results.values()].filter((r) => r.errors.length || r.violations.length);
  assert.equal(
    failing.length,
    0,
    `${failing.length} of ${stories.length} stories scroll sideways at 320 px:\n\n` +
      failing.map((r) => `${r.id}\n${describe(r)}`).join('\n\n'),
  );
});

/**
 * When the page is wider than `width`: the innermost elements (shadow roots included)
 * that reach past it, as `host >> tag.class` paths, at most five.
 */
async function overflowing(page: Page, width: number): Promise<string[]> {
  return page.evaluate((limit) => {
    if (document.documentElement.scrollWidth <= limit) return [];
    const out: string[] = [];
    const name = (el: Element): string =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      [...el.classList].map((c) => `.${c}`).join('');
    const walk = (root: ParentNode, path: string): boolean => {
      let any = false;
      for (const el of root.children) {
        const inner =
          walk(el, path) || (el.shadowRoot ? walk(el.shadowRoot, `${path}${name(el)} >> `) : false);
        const right = el.getBoundingClientRect().right;
        if (right > limit + 0.5) {
          if (!inner) out.push(`${path}${name(el)} (to ${Math.round(right)} px)`);
          any = true;
        } else if (inner) any = true;
      }
      return any;
    };
    walk(document.querySelector('#storybook-root') ?? document.body, '');
    if (out.length === 0) out.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    return out.slice(0, 5);
  }, width);
}

/**
 * The axe violations inside `selector` on the page: of the WCAG 2.0/2.1 A and AA rules,
 * or only of `rules` when given.
 */
async function axeViolations(page: Page, selector: string, rules?: string[]): Promise<Violation[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(
    async ([scope, tags, only]) => {
      interface AxeResult {
        violations: {
          id: string;
          impact: string | null;
          help: string;
          nodes: { target: unknown[]; failureSummary?: string }[];
        }[];
      }
      const axe = (window as unknown as { axe: { run(c: string, o: object): Promise<AxeResult> } })
        .axe;
      const result = await axe.run(scope, {
        runOnly: only ? { type: 'rule', values: only } : { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: JSON.stringify(n.target),
          summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
        })),
      }));
    },
    [selector, wcagTags, rules] as const,
  );
}

test('the written pages (Getting started, Embedding, Keyboard) render with no errors and no axe violations', async (t) => {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
    entries: Record<string, IndexEntry>;
  };
  const pages = Object.values(index.entries).filter(
    (e) => e.type === 'docs' && e.importPath.endsWith('.mdx'),
  );
  assert.deepEqual(pages.map((p) => p.title).sort(), ['Embedding', 'Getting started', 'Keyboard']);
  const page = await context.newPage();
  try {
    for (const entry of pages) {
      await t.test(entry.title, async () => {
        const errors: string[] = [];
        const onPageError = (e: Error): void => void errors.push(`page error: ${e.message}`);
        page.on('pageerror', onPageError);
        try {
          await page.goto(`${base}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`);
          await page.waitForSelector('#storybook-docs h1', { timeout: storyTimeout });
          const violations = await axeViolations(page, '#storybook-docs');
          const result = { id: entry.id, errors, violations };
          assert.ok(errors.length === 0 && violations.length === 0, describe(result));
          if (entry.title !== 'Keyboard') return;
          // Each element's section comes from its README's "## Keyboard" section.
          const sections = await page.$$eval('#storybook-docs [data-keyboard]', (nodes) =>
            nodes.map((n) => ({
              tag: n.getAttribute('data-keyboard'),
              text: (n.textContent ?? '').replace(/\s+/g, ' ').trim(),
            })),
          );
          assert.deepEqual(
            sections.map((s) => s.tag),
            [
              'sirene-area-editor',
              'sirene-message-composer',
              'sirene-cap-preview',
              'sirene-overshoot-estimator',
              'sirene-checklist',
            ],
          );
          for (const s of sections) {
            assert.doesNotMatch(s.text, /has no “Keyboard” section/, `${s.tag}: ${s.text}`);
            assert.ok(s.text.length > 200, `${s.tag}: too little said: ${s.text}`);
          }
          const editor = sections[0]?.text ?? '';
          assert.match(editor, /Shift\+Enter finishes/, 'the area editor README text is shown');
        } finally {
          page.off('pageerror', onPageError);
        }
      });
    }
  } finally {
    await page.close();
  }
});
