// Faults: the server is killed with SIGKILL in the middle of a broadcast and started
// again on the same data directory. No draft is lost, the broadcast resumes (what was in
// flight is reported, not sent again), nobody receives the alert twice, and an alert
// whose time ran out while the server was down expires at start-up.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { openPglite } from './db/pglite.js';
import { openPostgres } from './db/postgres.js';
import type { Db } from './db/db.js';
import { startPostgres, type TestPostgres } from '../../../scripts/postgres.mjs';
import { sampleCap } from './test/fixtures.js';
import { freshDatabase, readyAlert, team, type Engine, type Team } from './test/harness.js';

const root = new URL('../../../', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'sirene-restart-'));
const children: ChildProcess[] = [];
let postgres: TestPostgres | undefined;

/** Starts main.ts as a child and resolves with its output once it listens. */
function launch(
  port: number,
  databaseUrl: string,
): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'host-demo/server/src/main.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        SIRENE_DATA_DIR: dataDir,
        SIRENE_SEED_SUBSCRIBERS: '500',
        SIRENE_SIM_SPEED: '1',
        DATABASE_URL: databaseUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
    child.stdout?.on('data', () => {
      if (out.includes('Sirene reference host:')) {
        clearTimeout(timer);
        resolve({ child, output: () => out });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve()
      : child.once('exit', () => resolve()),
  );

before(async () => {
  postgres = await startPostgres();
});
after(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  await postgres?.stop();
});

type Progress = {
  channel: string;
  total: number;
  pending: number;
  sending: number;
  delivered: number;
  unknown: number;
  cancelled: number;
};

for (const engine of ['pglite', 'postgres'] as Engine[]) {
  test(`${engine}: kill -9 during a broadcast: no draft lost, broadcast resumes or is reported, nothing sent twice, expiry after restart`, async () => {
    const databaseUrl = engine === 'postgres' && postgres ? await freshDatabase(postgres.url) : '';
    await scenario(engine, databaseUrl);
  });
}

async function scenario(engine: Engine, databaseUrl: string): Promise<void> {
  const port = 19000 + Math.floor(Math.random() * 900);
  const base = `http://127.0.0.1:${port}`;
  const first = await launch(port, databaseUrl);
  let t: Team = await team(base);

  // A draft in its second revision, which must survive.
  const draft = await t.composer.req<{ id: string }>('POST', '/api/alerts', {
    cap: sampleCap({ note: 'concept 1' }),
  });
  assert.equal(draft.status, 201);
  assert.equal(
    (
      await t.composer.req('PUT', `/api/alerts/${draft.body.id}`, {
        revision: 1,
        cap: sampleCap({ note: 'concept 2' }),
      })
    ).status,
    200,
  );

  // An alert that runs out while the server is down.
  const soon = new Date(Date.now() + 8000).toISOString().replace(/\.\d{3}Z$/, '-00:00');
  const shortCap = sampleCap();
  shortCap.infos = (shortCap.infos as Record<string, unknown>[]).map((i) => ({
    ...i,
    expires: soon,
  }));
  const short = await readyAlert(t, shortCap, { channels: ['cap-feed'] });
  assert.equal(
    (
      await t.broadcaster.req('POST', `/api/alerts/${short}/broadcast`, undefined, {
        'idempotency-key': randomUUID(),
      })
    ).status,
    200,
  );

  // A large alert over Rotterdam on the slow voice channel (600 calls per minute).
  const wide = sampleCap();
  wide.infos = (wide.infos as Record<string, unknown>[]).map((i) => ({
    ...i,
    areas: [
      {
        areaDesc: 'Rotterdam',
        polygons: [
          [
            [4.2, 51.75],
            [4.75, 51.75],
            [4.75, 52.1],
            [4.2, 52.1],
            [4.2, 51.75],
          ],
        ],
        circles: [],
        geocodes: [],
      },
    ],
  }));
  const big = await readyAlert(t, wide, { channels: ['voice', 'sms', 'email', 'cap-feed'] });
  assert.equal(
    (
      await t.broadcaster.req('POST', `/api/alerts/${big}/broadcast`, undefined, {
        'idempotency-key': randomUUID(),
      })
    ).status,
    200,
  );

  const voice = async () => {
    const r = await t.observer.req<{ channels: Progress[] }>(
      'GET',
      `/api/alerts/${big}/deliveries`,
    );
    return r.body.channels.find((c) => c.channel === 'voice');
  };
  for (;;) {
    const v = await voice();
    if (v && v.delivered >= 10) {
      assert.ok(v.pending > 20, `the voice broadcast must still be running (${JSON.stringify(v)})`);
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(Date.now() < Date.parse(soon) - 500, 'the short alert must still run at the kill');
  first.child.kill('SIGKILL');
  await exited(first.child);
  await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(soon) - Date.now() + 200)));

  const second = await launch(port, databaseUrl);
  assert.match(second.output(), /After restart: 1 alert\(s\) expired, 1 broadcast\(s\) resumed/);
  t = await team(base);

  const d = await t.observer.req<{
    revision: number;
    alert: { cap: { note: string }; sirene: { state: string } };
  }>('GET', `/api/alerts/${draft.body.id}`);
  assert.equal(d.body.revision, 2);
  assert.equal(d.body.alert.cap.note, 'concept 2');
  assert.equal(d.body.alert.sirene.state, 'draft');

  const s = await t.observer.req<{ alert: { sirene: { state: string } }; endReason: string }>(
    'GET',
    `/api/alerts/${short}`,
  );
  assert.equal(s.body.alert.sirene.state, 'expired');
  const audit = await t.observer.req<
    { action: string; username: string; details: { onStartup?: boolean } }[]
  >('GET', `/api/audit?alertId=${short}`);
  const expiry = audit.body.find((e) => e.action === 'alert.expire');
  assert.equal(expiry?.username, 'system');
  assert.equal(expiry?.details.onStartup, true, 'expired by the restarted server');

  let final: Progress[] = [];
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    final = (await t.observer.req<{ channels: Progress[] }>('GET', `/api/alerts/${big}/deliveries`))
      .body.channels;
    if (final.every((c) => c.pending === 0 && c.sending === 0)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const v = final.find((c) => c.channel === 'voice');
  assert.ok(v);
  assert.equal(v.pending + v.sending, 0, 'the broadcast resumed and finished');
  assert.equal(v.delivered + v.unknown, v.total);
  assert.ok(v.unknown <= 2, `at most one voice batch was in flight (${v.unknown} unknown)`);
  const report = await t.observer.req<{ action: string }[]>('GET', `/api/audit?alertId=${big}`);
  assert.ok(report.body.some((e) => e.action === 'delivery.report'));

  second.child.kill('SIGTERM');
  await exited(second.child);
  const db: Db = engine === 'pglite' ? await openPglite(dataDir) : await openPostgres(databaseUrl);
  try {
    const dup = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT channel, recipient FROM sim_inbox GROUP BY alert_id, channel, recipient HAVING count(*) > 1) x`,
    );
    assert.equal(dup[0]?.n, 0, 'nobody received an alert twice');
    const delivered = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM deliveries d WHERE d.alert_id = $1 AND d.status = 'delivered'
          AND NOT EXISTS (SELECT 1 FROM sim_inbox i WHERE i.alert_id = d.alert_id AND i.channel = d.channel AND i.recipient = d.recipient)`,
      [big],
    );
    assert.equal(delivered[0]?.n, 0, 'every delivery marked delivered reached the network');
  } finally {
    await db.close();
  }
}
