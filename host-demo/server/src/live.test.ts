// A live (actual-mode) server: no demo users, a bootstrap admin, real-adapter stand-ins
// for Actual alerts, and exercise alerts still only on exercise adapters, down to a
// database constraint.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { RunningServer } from './server.js';
import { ApiClient } from './test/client.js';
import { sampleCap } from './test/fixtures.js';
import { DEMO_PASSWORD } from './auth/sessions.js';
import { readyAlert, startTestServer, type Team } from './test/harness.js';

let server: RunningServer;
let t: Team;
const PASSWORD = 'een-lang-beheerwachtwoord';

before(async () => {
  server = await startTestServer('pglite', { mode: 'actual', adminPassword: PASSWORD });
  const admin = await new ApiClient(server.url).login('admin', PASSWORD);
  const clients: Partial<Team> = { admin };
  for (const role of [
    'decider',
    'composer',
    'broadcaster',
    'police-advisor',
    'observer',
  ] as const) {
    const created = await admin.req('POST', '/api/users', {
      username: `live-${role}`,
      displayName: role,
      roles: [role],
      password: PASSWORD,
    });
    assert.equal(created.status, 201, created.text);
    clients[role] = await new ApiClient(server.url).login(`live-${role}`, PASSWORD);
  }
  t = clients as Team;
});
after(() => server?.close());

test('no demo users on a live server', async () => {
  const r = await new ApiClient(server.url).req('POST', '/api/session', {
    username: 'opsteller',
    password: DEMO_PASSWORD,
  });
  assert.equal(r.status, 401);
});

test('an Actual alert goes to the real adapters, an Exercise alert only to exercise adapters', async () => {
  const ids: Record<string, string> = {};
  for (const status of ['Actual', 'Exercise'] as const) {
    const id = await readyAlert(
      t,
      sampleCap({ status, note: status === 'Exercise' ? 'Oefening' : undefined }),
      { channels: ['cap-feed', 'cell-broadcast'] },
    );
    const r = await t.broadcaster.req('POST', `/api/alerts/${id}/broadcast`, undefined, {
      'idempotency-key': randomUUID(),
    });
    assert.equal(r.status, 200, r.text);
    ids[status] = id;
  }
  await new Promise((r) => setTimeout(r, 500));
  const rows = await server.db.query<{ alert_id: string; adapter_mode: string; mode: string }>(
    `SELECT DISTINCT d.alert_id, d.adapter_mode, i.mode FROM deliveries d
       JOIN sim_inbox i ON i.alert_id = d.alert_id AND i.channel = d.channel AND i.recipient = d.recipient`,
  );
  const modes = (id: string | undefined) => [
    ...new Set(rows.filter((r) => r.alert_id === id).flatMap((r) => [r.adapter_mode, r.mode])),
  ];
  assert.deepEqual(modes(ids.Actual), ['actual']);
  assert.deepEqual(modes(ids.Exercise), ['exercise']);
});

test('the database refuses an exercise delivery on a real adapter, even if the code tried', async () => {
  const [alert] = await server.db.query<{ id: string }>('SELECT id FROM alerts LIMIT 1');
  await assert.rejects(
    server.db.query(
      `INSERT INTO deliveries (alert_id, channel, recipient, status, alert_status, adapter_mode)
       VALUES ($1, 'sms', '+31612999999', 'pending', 'Exercise', 'actual')`,
      [alert?.id ?? ''],
    ),
    /check constraint/,
  );
});
