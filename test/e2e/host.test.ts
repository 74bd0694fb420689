// The reference host as a dispatch team uses it, in Debian's Chromium, against the real
// server (host-demo/server/src/main.ts) on http://localhost: the composer logs in, picks
// a template, picks the area, fills the checklist and marks ready; the decider records
// the decision; the broadcaster is notified live (SSE, no reload), does the final check
// and broadcasts; delivery reaches 100 %; an end message follows in one action; the CAP
// feed holds both, schema-valid. Every operator action of the template path is counted
// and printed. Needs `npm run build` first (npm test does that).
// SIRENE_E2E_SHOTS=<dir> writes a screenshot of each screen there.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { validateCapXml } from '@sirene/core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = new URL('../../', import.meta.url).pathname;
const axePath = join(root, 'node_modules/axe-core/axe.min.js');
const port = 19000 + Math.floor(Math.random() * 1000);
const base = `http://localhost:${port}`;
const shots = process.env.SIRENE_E2E_SHOTS;
const dataDir = mkdtempSync(join(tmpdir(), 'sirene-host-e2e-'));
let server: ChildProcess;
let browser: Browser;
let serverLog = '';

before(async () => {
  for (const file of ['dist/browser/sirene-core.js', 'host-demo/web/dist/main.js']) {
    assert.ok(existsSync(join(root, file)), `run \`npm run build\` first: ${file} is missing`);
  }
  if (shots) mkdirSync(shots, { recursive: true });
  server = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'host-demo/server/src/main.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        SIRENE_DATA_DIR: dataDir,
        SIRENE_MODE: 'exercise',
        SIRENE_SIM_SPEED: '40',
        SIRENE_SEED_SUBSCRIBERS: '200',
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stderr!.on('data', (d: Buffer) => (serverLog += d.toString()));
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (d: Buffer) => {
      serverLog += d.toString();
      if (serverLog.includes('Sirene reference host:')) resolve();
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${serverLog}`)));
  });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

type Role = 'composer' | 'decider' | 'broadcaster' | 'police';
const USERS: Record<Role, string> = {
  composer: 'opsteller',
  decider: 'beslisser',
  broadcaster: 'uitzender',
  police: 'politie',
};

/** Operator actions: a click, a selection, or typing into one field. */
const actions: Record<Role, number> = { composer: 0, decider: 0, broadcaster: 0, police: 0 };

interface Operator {
  role: Role;
  context: BrowserContext;
  page: Page;
  errors: string[];
  /** Does something an operator does, and counts it. */
  act(what: (page: Page) => Promise<unknown>): Promise<void>;
}

async function operator(role: Role): Promise<Operator> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${role} pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${role} console: ${m.text()}`);
  });
  return {
    role,
    context,
    page,
    errors,
    async act(what) {
      actions[role]++;
      await what(page);
    },
  };
}

async function shot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  await page.evaluate(() => document.querySelector('sirene-area-editor')?.whenMapRendered());
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
}

/** Runs axe (WCAG 2.0/2.1 A and AA) on the page; returns the violations, readable. */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const run = (
      window as unknown as {
        axe: {
          run(
            c: Document,
            o: object,
          ): Promise<{
            violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await run.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  });
}

async function login(op: Operator): Promise<void> {
  await op.page.goto(`${base}/`);
  await op.page.waitForSelector('#login');
  await op.act((p) => p.fill('#username', USERS[op.role]));
  await op.act((p) => p.fill('#password', 'oefenen-oefenen'));
  await op.act((p) => p.click('#login-submit'));
  await op.page.waitForSelector('#alerts');
  await op.page.waitForSelector('#live.live');
}

/** Ticks checklist items (one action each) and waits until the server stored each. */
async function tick(op: Operator, items: readonly string[]): Promise<void> {
  for (const item of items) {
    const box = op.page.locator(`sirene-checklist #c-${item}`);
    const stored = op.page.waitForResponse((r) => r.url().endsWith('/checklist'));
    await op.act(() => box.check());
    assert.equal((await stored).status(), 200, `${op.role} ${item}`);
    await op.page.waitForSelector('.checklists[data-pending="0"]');
  }
}

async function choose(op: Operator, item: string, option: string): Promise<void> {
  const stored = op.page.waitForResponse((r) => r.url().endsWith('/checklist'));
  await op.act((p) => p.locator(`sirene-checklist #c-${item}--${option}`).check());
  assert.equal((await stored).status(), 200, `${op.role} ${item}`);
  await op.page.waitForSelector('.checklists[data-pending="0"]');
}

const alertIdOf = (page: Page): string => /#\/alert\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';

/** The composer's steps on a draft: the checklist items that are theirs, then ready. */
async function composeAndReady(composer: Operator): Promise<void> {
  await tick(composer, ['step-7-area', 'step-9-check']);
  await choose(composer, 'step-9-translation', 'matches');
  await tick(composer, ['step-10-duration']);
  const ready = composer.page.locator('sirene-message-composer #mark-ready');
  if ((await ready.getAttribute('aria-disabled')) === 'true') {
    const why = await composer.page.locator('sirene-message-composer #ready-reasons').textContent();
    assert.fail(`mark ready is blocked: ${why?.replace(/\s+/g, ' ')}`);
  }
  await composer.act(() => ready.click());
  await composer.act((p) => p.locator('sirene-message-composer #confirm-yes').click());
  await composer.page.waitForSelector('#screen-heading[data-t="review-heading"]');
}

/** The decider's part of the procedure on an open draft. */
async function decide(decider: Operator): Promise<void> {
  await decider.page.waitForSelector('sirene-checklist');
  await tick(decider, ['criterion-act-now']);
  await choose(decider, 'extreme-violence', 'no');
  await tick(decider, ['decision']);
}

/** The broadcaster: notified live, opens it, final check (step 14), broadcasts. */
async function checkAndBroadcast(
  broadcaster: Operator,
  id: string,
  name: string,
  beforeSend: () => Promise<void> = async () => undefined,
): Promise<void> {
  const notice = broadcaster.page.locator(`#notice-open-${id}`);
  await notice.waitFor({ timeout: 10_000 });
  await shot(broadcaster.page, `${name}-notified`);
  await broadcaster.act(() => notice.click());
  await broadcaster.page.waitForSelector('#screen-heading[data-t="broadcast-heading"]');
  await broadcaster.page.waitForSelector('#estimate-total');
  assert.equal(await broadcaster.page.getAttribute('#send', 'aria-disabled'), 'true');
  await tick(broadcaster, ['step-14-components', 'step-14-area', 'step-14-duration']);
  await broadcaster.page.waitForSelector('#send[aria-disabled="false"]');
  await shot(broadcaster.page, `${name}-broadcaster`);
  await beforeSend();
  await broadcaster.act((p) => p.click('#send'));
  await broadcaster.page.waitForSelector('#send-dialog[open]');
  await shot(broadcaster.page, `${name}-confirm`);
  // A double click on the confirmation is one broadcast (one idempotency key).
  await broadcaster.act((p) => p.dblclick('#send-confirm'));
  await broadcaster.page.waitForSelector('#screen-heading[data-t="status-heading"]');
  await broadcaster.page.waitForSelector('#progress-total[data-percent="100"]', {
    timeout: 20_000,
  });
  await shot(broadcaster.page, `${name}-delivered`);
}

/** Whether the page's area editor has a live map that drew its layers. */
function mapDraws(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const el = document.querySelector('sirene-area-editor');
    await el?.whenMapRendered();
    return !!el?.map && !!el.shadowRoot?.querySelector('.ol-viewport canvas');
  });
}

/**
 * A confirmation dialog opened by `opener`: Escape closes it and focus goes back to the
 * opener (nothing happens); opened again, "yes" goes ahead.
 */
async function confirmWithDialog(page: Page, opener: string, dialog: string): Promise<void> {
  await page.click(opener);
  await page.waitForSelector(`${dialog}[open]`);
  assert.equal(
    await page.evaluate(() => document.activeElement?.id),
    `${dialog.slice(1)}-back`,
    'focus starts on "back"',
  );
  await page.keyboard.press('Escape');
  await page.waitForSelector(dialog, { state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), opener.slice(1));
  await page.click(opener);
  await page.waitForSelector(`${dialog}[open]`);
  await shot(page, `7-${dialog.slice(1)}`);
  await page.click(`${dialog}-confirm`);
}

test('the template path: compose, decide, mark ready, broadcast, deliver, end message, CAP feed', async () => {
  const composer = await operator('composer');
  const decider = await operator('decider');
  const broadcaster = await operator('broadcaster');
  const everyone = [composer, decider, broadcaster];
  const violations: string[] = [];
  const checkAxe = async (op: Operator, screen: string) => {
    for (const v of await axe(op.page)) violations.push(`${screen}: ${v}`);
  };

  // Login over plain http://localhost with a Secure, HttpOnly cookie.
  await composer.page.goto(`${base}/`);
  await composer.page.waitForSelector('#login');
  await shot(composer.page, '1-login');
  await checkAxe(composer, 'login');
  await login(composer);
  const [cookie] = (await composer.context.cookies()).filter((c) => c.name === 'sirene_session');
  assert.ok(cookie, 'session cookie set');
  assert.equal(cookie.secure, true);
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Strict');
  assert.match(
    (await composer.page.textContent('#mode-band')) ?? '',
    /OEFENING/,
    'exercise watermark',
  );
  await login(broadcaster);
  await login(decider);
  // English on request (the elements follow the document's language), Dutch by default.
  await decider.page.click('#lang-switch');
  assert.equal(await decider.page.textContent('#dashboard-heading'), 'Alerts');
  assert.equal(await decider.page.getAttribute('html', 'lang'), 'en');
  await decider.page.click('#lang-switch');
  assert.equal(await decider.page.textContent('#dashboard-heading'), 'Meldingen');
  await shot(composer.page, '2-dashboard');
  await checkAxe(composer, 'dashboard');

  // Composer: new alert, template, area (a municipality, by name).
  await composer.act((p) => p.click('#new-alert'));
  const template = composer.page.locator('sirene-message-composer #f-template');
  await composer.act(() => template.selectOption('fire-smoke'));
  await composer.act((p) => p.locator('sirene-area-editor [data-tool="municipality"]').click());
  await composer.act((p) => p.locator('sirene-area-editor #search').fill('Rotterdam'));
  await composer.act((p) => p.locator('sirene-area-editor #search').press('Enter'));
  // The map zooms to the picked municipality, not the whole of the Netherlands and Belgium.
  const zoom = await composer.page.evaluate(
    () => document.querySelector('sirene-area-editor')?.map?.getView().zoom ?? 0,
  );
  assert.ok(zoom > 9, `the map shows Rotterdam, not all of NL/BE (zoom ${zoom})`);
  // The municipality's border has more points than NL-Alert allows: one repair simplifies it.
  const repair = composer.page.locator('sirene-area-editor button[data-repair]').first();
  await repair.waitFor();
  await composer.act(() => repair.click());
  await composer.page.waitForFunction(
    () => document.querySelector('sirene-area-editor')?.findings.length === 0,
  );
  await composer.act((p) =>
    p.locator('sirene-message-composer #f-location').fill('Rotterdam-Centrum'),
  );
  await composer.page.waitForFunction(() => /#\/alert\//.test(location.hash), null, {
    timeout: 10_000,
  });
  const id = alertIdOf(composer.page);
  await composer.page.waitForSelector('sirene-checklist');
  // The estimator works on the server's cell network and the drawn area.
  const estimated = await composer.page.evaluate(async () => {
    const el = document.querySelector('sirene-overshoot-estimator');
    for (let i = 0; i < 100 && !el?.estimate; i++) await new Promise((r) => setTimeout(r, 100));
    await el?.whenSettled();
    return { cells: el?.summary?.cells ?? 0, estimate: el?.estimate !== null };
  });
  assert.deepEqual(estimated, { cells: 507 + 495, estimate: true });
  // A reload loses nothing: the draft comes back from the server and this browser.
  await composer.page.waitForSelector('#save-status[data-t="save-done"]');
  await composer.page.reload();
  await composer.page.waitForSelector('sirene-checklist');
  assert.equal(
    await composer.page.locator('sirene-message-composer #f-location').inputValue(),
    'Rotterdam-Centrum',
  );
  assert.equal(
    await composer.page.locator('sirene-message-composer #f-template').inputValue(),
    'fire-smoke',
  );
  await shot(composer.page, '3-workspace');
  await checkAxe(composer, 'workspace');

  // Decider: opens the draft from the dashboard (live) and records the decision.
  const row = decider.page.locator(`tr[data-id="${id}"] a.title`);
  await row.waitFor({ timeout: 10_000 });
  await decider.act(() => row.click());
  await decide(decider);

  await composeAndReady(composer);

  // Broadcaster: notified without a reload (SSE), checks, broadcasts; delivery 100 %.
  await checkAndBroadcast(broadcaster, id, '4', () => checkAxe(broadcaster, 'broadcaster'));
  await checkAxe(broadcaster, 'broadcaster (after broadcast)');

  // End message in one action, from the composer's screen of the running alert.
  await composer.page.waitForSelector('#end-message', { timeout: 10_000 });
  await composer.act((p) => p.click('#end-message'));
  await composer.page.waitForFunction((first) => !location.hash.includes(first), id);
  await composer.page.waitForSelector('#save-status[data-t="save-done"]', { timeout: 10_000 });
  const endId = alertIdOf(composer.page);
  assert.notEqual(endId, id);
  // The broadcaster's screen of the first alert shows the new draft; its map still draws.
  await broadcaster.page.waitForSelector('#followed-by', { timeout: 10_000 });
  assert.equal(await mapDraws(broadcaster.page), true, 'status screen map after a re-render');
  await shot(composer.page, '5-end-message');
  await decider.act((p) => p.click('#nav-dashboard'));
  const endRow = decider.page.locator(`tr[data-id="${endId}"] a.title`);
  await endRow.waitFor({ timeout: 10_000 });
  await decider.act(() => endRow.click());
  await decide(decider);
  await composeAndReady(composer);
  await checkAndBroadcast(broadcaster, endId, '6');

  // Stopping the end message asks first, in the page's own dialog (not the browser's).
  await confirmWithDialog(broadcaster.page, '#stop', '#stop-dialog');
  await broadcaster.page.waitForSelector('.meta [data-state="stopped"]', { timeout: 10_000 });
  await checkAxe(broadcaster, 'broadcaster (stopped)');

  const total = actions.composer + actions.decider + actions.broadcaster;
  console.log(
    `operator actions (template path, alert and end message, logins included): ${total} — composer ${actions.composer}, decider ${actions.decider}, broadcaster ${actions.broadcaster}`,
  );
  assert.ok(total <= 60, `too many operator actions: ${total}`);

  // The CAP feed holds both, schema-valid, Exercise, the end message referencing the first.
  const feed = await (await fetch(`${base}/feeds/cap.atom`)).text();
  const docs = [
    ...feed.matchAll(/<content type="application\/cap\+xml">([\s\S]*?)<\/content>/g),
  ].map((m) => m[1] ?? '');
  assert.equal(docs.length, 2, feed);
  const reports = await Promise.all(
    docs.map((xml) => validateCapXml(xml, { verifySignatures: false })),
  );
  for (const r of reports) {
    assert.equal(r.valid, true, JSON.stringify(r.findings.filter((f) => f.severity === 'error')));
    assert.equal(r.alert?.status, 'Exercise');
  }
  const first = reports.find((r) => r.alert?.msgType === 'Alert')?.alert;
  const end = reports.find((r) => r.alert?.msgType !== 'Alert')?.alert;
  assert.ok(first && end, 'the alert and its end message');
  assert.ok(
    end.references.some((r) => r.identifier === first.identifier && r.sender === first.sender),
    'the end message references the alert',
  );

  // Sent in error: a cancellation (CAP Cancel) referencing it, after a confirmation that
  // says when to cancel and when to end. It is a draft until reviewed and broadcast.
  await composer.page.waitForSelector('.meta [data-state="stopped"]', { timeout: 10_000 });
  assert.match((await composer.page.textContent('#cancel-when')) ?? '', /eindbericht/);
  await shot(composer.page, '7-status-stopped');
  await checkAxe(composer, 'status with cancel');
  await confirmWithDialog(composer.page, '#cancel-alert', '#cancel-dialog');
  await composer.page.waitForFunction((end) => !location.hash.includes(end), endId);
  const cancelId = alertIdOf(composer.page);
  const cancel = await composer.page.evaluate(async (alertId) => {
    const r = await fetch(`/api/alerts/${alertId}`);
    return (await r.json()) as {
      follows: string;
      alert: { cap: { msgType: string; references: { identifier: string }[] } };
    };
  }, cancelId);
  assert.equal(cancel.alert.cap.msgType, 'Cancel');
  assert.equal(cancel.follows, endId);
  assert.ok(
    cancel.alert.cap.references.some((r) => r.identifier === end.identifier),
    'the cancellation references the end message',
  );
  await composer.page.waitForSelector('#screen-heading[data-t="workspace-heading"]');

  for (const op of everyone) assert.deepEqual(op.errors, []);
  assert.deepEqual(violations, []);
  for (const op of everyone) await op.context.close();
});

test('two tabs edit one draft: the later save conflicts, nothing is overwritten, the operator chooses; police advice is stored with it', async () => {
  const composer = await operator('composer');
  await login(composer);
  await composer.page.click('#new-alert');
  await composer.page.locator('sirene-message-composer #f-template').selectOption('gas-leak');
  await composer.page.waitForFunction(() => /#\/alert\//.test(location.hash));
  await composer.page.waitForSelector('#save-status[data-t="save-done"]');
  const url = composer.page.url();
  const other = await composer.context.newPage();
  other.on('pageerror', (e) => composer.errors.push(`tab 2 pageerror: ${e.message}`));
  await other.goto(url);
  await other.waitForSelector('#save-status[data-t="save-done"]');
  const locationField = (p: Page) => p.locator('sirene-message-composer #f-location');
  await locationField(composer.page).fill('Stationsplein');
  await composer.page.waitForSelector('#save-status[data-t="save-done"]:has-text("2")');
  await locationField(other).fill('Coolsingel');
  await other.waitForSelector('#conflict');
  assert.match((await other.textContent('#conflict')) ?? '', /Versie 2/);
  await other.click('#conflict-mine');
  await other.waitForSelector('#save-status[data-t="save-done"]:has-text("3")');
  const id = alertIdOf(other);
  const saved = await other.evaluate(async (alertId) => {
    const r = await fetch(`/api/alerts/${alertId}/revisions`);
    return (await r.json()) as { revision: number }[];
  }, id);
  // Every version is kept: the first tab's save is not lost, the second came after it.
  assert.deepEqual(
    saved.map((r) => r.revision),
    [3, 2, 1],
  );
  assert.equal(await locationField(other).inputValue(), 'Coolsingel');
  assert.deepEqual(
    composer.errors.filter((e) => !/409 \(Conflict\)/.test(e)),
    [],
  );

  // The police advisor records advice on the same draft; it is stored with the alert.
  // Keyboard only: focus starts in the user name field; Tab, Enter.
  const police = await operator('police');
  await police.page.goto(`${base}/`);
  await police.page.waitForSelector('#login');
  await police.page.keyboard.type(USERS.police);
  await police.page.keyboard.press('Tab');
  await police.page.keyboard.type('oefenen-oefenen');
  await police.page.keyboard.press('Enter');
  await police.page.waitForSelector('#alerts');
  await police.page.goto(url);
  await police.page.fill('#pa-name', 'J. de Vries');
  await police.page.check('#pa-second');
  await police.page.click('#pa-submit');
  await police.page.waitForSelector('#police-advice li');
  assert.match((await police.page.textContent('#police-advice')) ?? '', /HOvD-P J\. de Vries/);
  assert.equal(
    await police.page.locator('sirene-message-composer #f-location').isEditable(),
    false,
  );
  assert.deepEqual(police.errors, []);
  assert.deepEqual(await axe(police.page), []);
  await police.context.close();
  await composer.context.close();
});
