// The HTTP API through real HTTP on 127.0.0.1, once against embedded PGlite and once
// against a PostgreSQL server (Debian's, started by scripts/postgres.mjs, or
// DATABASE_URL): every endpoint, every role, the lifecycle with its gates, exactly-once
// broadcast, live events, the CAP feed and the audit chain.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { validateCapXml } from '@sirene/core';
import { parseCellsCsv } from '@sirene/geo';
import { startPostgres, type TestPostgres } from '../../../scripts/postgres.mjs';
import type { RunningServer } from './server.js';
import { ApiClient, SseClient } from './test/client.js';
import { sampleCap } from './test/fixtures.js';
import {
  DEMO,
  demo,
  openNlGate,
  readyAlert,
  startTestServer,
  team,
  type Engine,
  type Team,
} from './test/harness.js';
import { ROLES, type Role } from './roles.js';

let postgres: TestPostgres | undefined;
before(async () => {
  postgres = await startPostgres();
});
after(async () => {
  await postgres?.stop();
});

type Alert = {
  id: string;
  revision: number;
  version: number;
  alert: {
    cap: Record<string, unknown> & { status: string; sent: string; references: unknown[] };
    sirene: { state: string };
  };
  gates: { checklist: string; open: boolean; required: boolean }[];
  follows: string | null;
  findings: { code: string; severity: string }[];
  notes?: { code: string }[];
  replayed?: boolean;
  endReason?: string | null;
};

for (const engine of ['pglite', 'postgres'] as Engine[]) {
  describe(`API on ${engine}`, () => {
    let server: RunningServer;
    let base: string;
    let t: Team;

    before(async () => {
      server = await startTestServer(
        engine,
        postgres && engine === 'postgres' ? { databaseUrl: postgres.url } : {},
      );
      base = server.url;
      t = await team(base);
    });
    after(async () => {
      await server?.close();
    });

    const create = async (
      cap = sampleCap(),
      sirene: Record<string, unknown> = { channels: ['cap-feed'] },
    ) => {
      const r = await t.composer.req<Alert>('POST', '/api/alerts', { cap, sirene });
      assert.equal(r.status, 201, r.text);
      return r.body;
    };
    const broadcastNew = async (
      cap = sampleCap(),
      sirene: Record<string, unknown> = { channels: ['cap-feed'] },
    ) => {
      const id = await readyAlert(t, cap, sirene);
      const r = await t.broadcaster.req<Alert>('POST', `/api/alerts/${id}/broadcast`, undefined, {
        'idempotency-key': randomUUID(),
      });
      assert.equal(r.status, 200, r.text);
      return id;
    };
    const waitUntil = async (check: () => Promise<boolean>, ms = 10_000) => {
      const end = Date.now() + ms;
      while (Date.now() < end) {
        if (await check()) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.fail('condition not met in time');
    };

    test('health, OpenAPI document listing every route, public CAP feed', async () => {
      const anon = new ApiClient(base);
      const health = await anon.req<{ ok: boolean; database: string }>('GET', '/healthz');
      assert.equal(health.status, 200);
      assert.equal(health.body.database, engine);
      const doc = await anon.req<{
        openapi: string;
        paths: Record<string, Record<string, unknown>>;
      }>('GET', '/api/openapi.json');
      assert.equal(doc.status, 200);
      assert.match(doc.body.openapi, /^3\./);
      for (const path of [
        '/api/session',
        '/api/users',
        '/api/alerts',
        '/api/alerts/{id}',
        '/api/alerts/{id}/broadcast',
        '/api/alerts/{id}/ready',
        '/api/alerts/{id}/stop',
        '/api/alerts/{id}/follow-up',
        '/api/alerts/{id}/checklist',
        '/api/alerts/{id}/police-advice',
        '/api/alerts/{id}/estimate',
        '/api/alerts/{id}/deliveries',
        '/api/estimate',
        '/api/events',
        '/api/audit',
        '/api/audit/verify',
        '/api/subscribers',
        '/api/channels',
        '/api/network/cells',
        '/feeds/cap.atom',
        '/healthz',
      ]) {
        assert.ok(doc.body.paths[path], `OpenAPI lacks ${path}`);
      }
      const feed = await anon.req('GET', '/feeds/cap.atom');
      assert.equal(feed.status, 200);
      assert.match(feed.headers.get('content-type') ?? '', /atom\+xml/);
    });

    test('login: wrong password 401 in Dutch; cookie HttpOnly, Secure, SameSite=Strict; logout ends the session', async () => {
      const nl = new ApiClient(base, 'nl');
      const bad = await nl.req<{ error: { code: string; message: string } }>(
        'POST',
        '/api/session',
        { username: DEMO.composer, password: 'wrong' },
      );
      assert.equal(bad.status, 401);
      assert.equal(bad.body.error.code, 'auth.invalid');
      assert.match(bad.body.error.message, /wachtwoord klopt niet/);
      const res = await fetch(`${base}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: DEMO.observer, password: 'oefenen-oefenen' }),
      });
      const cookie = res.headers.getSetCookie()[0] ?? '';
      assert.match(cookie, /HttpOnly/i);
      assert.match(cookie, /Secure/i);
      assert.match(cookie, /SameSite=Strict/i);
      const c = await demo(base, DEMO.observer);
      const session = await c.req<{ mode: string; sender: string }>('GET', '/api/session');
      assert.equal(session.status, 200);
      // The page starts drafts with the sender the server fills in.
      assert.deepEqual(
        [session.body.mode, session.body.sender],
        ['exercise', 'meldkamer@sirene.example'],
      );
      assert.equal((await c.req('DELETE', '/api/session')).status, 204);
      const saved = c.cookie;
      assert.equal(
        (await new ApiClient(base).req('GET', '/api/session', undefined, { cookie: saved })).status,
        401,
      );
    });

    test('CSRF: a change without the token or from another origin is refused', async () => {
      const c = await demo(base, DEMO.composer);
      const noToken = await c.req<{ error: { code: string } }>(
        'POST',
        '/api/alerts',
        { cap: sampleCap() },
        { 'x-csrf-token': '' },
      );
      assert.equal(noToken.status, 403);
      assert.equal(noToken.body.error.code, 'csrf.invalid');
      const foreign = await c.req<{ error: { code: string } }>(
        'POST',
        '/api/alerts',
        { cap: sampleCap() },
        { origin: 'https://evil.example' },
      );
      assert.equal(foreign.status, 403);
      assert.equal(foreign.body.error.code, 'origin.invalid');
    });

    test('login is rate limited per user name', async () => {
      const c = new ApiClient(base);
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++)
        statuses.push(
          (await c.req('POST', '/api/session', { username: 'mallory', password: `x${i}` })).status,
        );
      assert.deepEqual(statuses.slice(0, 10), Array(10).fill(401));
      assert.equal(statuses[11], 429);
      // Someone else from the same address is not locked out.
      assert.equal(
        (
          await new ApiClient(base).req('POST', '/api/session', {
            username: DEMO.admin,
            password: 'oefenen-oefenen',
          })
        ).status,
        200,
      );
    });

    describe('roles matrix: who may do what', () => {
      type Entry = {
        name: string;
        method: string;
        path: (role: Role) => Promise<string>;
        body?: (role: Role) => unknown;
        headers?: () => Record<string, string>;
        allowed: readonly Role[] | 'all';
        ok: number;
      };
      const draft = async () => (await create()).id;
      const ready = async () => readyAlert(t, sampleCap(), { channels: ['cap-feed'] });
      const live = async () => broadcastNew();
      const ownItem: Record<string, string> = {
        decider: 'criterion-act-now',
        composer: 'step-7-area',
        broadcaster: 'step-14-area',
      };
      const entries: Entry[] = [
        {
          name: 'list alerts',
          method: 'GET',
          path: async () => '/api/alerts',
          allowed: 'all',
          ok: 200,
        },
        {
          name: 'create alert',
          method: 'POST',
          path: async () => '/api/alerts',
          body: () => ({ cap: sampleCap() }),
          allowed: ['decider', 'composer'],
          ok: 201,
        },
        {
          name: 'read alert',
          method: 'GET',
          path: async () => `/api/alerts/${await draft()}`,
          allowed: 'all',
          ok: 200,
        },
        {
          name: 'edit draft',
          method: 'PUT',
          path: async () => `/api/alerts/${await draft()}`,
          body: () => ({ revision: 1, cap: sampleCap() }),
          allowed: ['composer'],
          ok: 200,
        },
        {
          name: 'revisions',
          method: 'GET',
          path: async () => `/api/alerts/${await draft()}/revisions`,
          allowed: 'all',
          ok: 200,
        },
        {
          name: 'CAP XML',
          method: 'GET',
          path: async () => `/api/alerts/${await draft()}/cap.xml`,
          allowed: 'all',
          ok: 200,
        },
        {
          name: 'mark ready',
          method: 'POST',
          path: async () => `/api/alerts/${await draft()}/ready`,
          allowed: ['composer'],
          ok: 200,
        },
        {
          name: 'reopen',
          method: 'POST',
          path: async () => `/api/alerts/${await ready()}/reopen`,
          allowed: ['composer', 'broadcaster'],
          ok: 200,
        },
        {
          name: 'broadcast',
          method: 'POST',
          path: async () => `/api/alerts/${await ready()}/broadcast`,
          headers: () => ({ 'idempotency-key': randomUUID() }),
          allowed: ['broadcaster'],
          ok: 200,
        },
        {
          name: 'stop',
          method: 'POST',
          path: async () => `/api/alerts/${await live()}/stop`,
          allowed: ['broadcaster', 'composer'],
          ok: 200,
        },
        {
          name: 'follow-up',
          method: 'POST',
          path: async () => `/api/alerts/${await live()}/follow-up`,
          body: () => ({ kind: 'Update' }),
          allowed: ['decider', 'composer'],
          ok: 201,
        },
        {
          name: 'checklist',
          method: 'POST',
          path: async () => `/api/alerts/${await draft()}/checklist`,
          body: (role) => ({
            checklist: 'nl-alert-procedure',
            action: { type: 'tick', item: ownItem[role] ?? 'decision' },
          }),
          allowed: ['decider', 'composer', 'broadcaster'],
          ok: 200,
        },
        {
          name: 'police advice',
          method: 'POST',
          path: async () => `/api/alerts/${await draft()}/police-advice`,
          body: () => ({
            function: 'hovd-p',
            name: 'J. Jansen',
            advisedAt: '2026-11-23T03:00:00+01:00',
            secondOpinion: true,
            recommendation: 'send',
          }),
          allowed: ['police-advisor'],
          ok: 201,
        },
        {
          name: 'deliveries',
          method: 'GET',
          path: async () => `/api/alerts/${await draft()}/deliveries`,
          allowed: 'all',
          ok: 200,
        },
        {
          name: 'estimate',
          method: 'GET',
          path: async () => `/api/alerts/${await draft()}/estimate`,
          allowed: ['decider', 'composer', 'broadcaster'],
          ok: 200,
        },
        {
          name: 'estimate unsaved',
          method: 'POST',
          path: async () => '/api/estimate',
          body: () => ({ cap: sampleCap(), sirene: { channels: ['sms', 'email'] } }),
          allowed: ['decider', 'composer', 'broadcaster'],
          ok: 200,
        },
        {
          name: 'channels',
          method: 'GET',
          path: async () => '/api/channels',
          allowed: 'all',
          ok: 200,
        },
        {
          name: 'network cells',
          method: 'GET',
          path: async () => '/api/network/cells',
          allowed: 'all',
          ok: 200,
        },
        {
          name: 'audit',
          method: 'GET',
          path: async () => '/api/audit',
          allowed: ['admin', 'observer'],
          ok: 200,
        },
        {
          name: 'audit verify',
          method: 'GET',
          path: async () => '/api/audit/verify',
          allowed: ['admin', 'observer'],
          ok: 200,
        },
        {
          name: 'list users',
          method: 'GET',
          path: async () => '/api/users',
          allowed: ['admin'],
          ok: 200,
        },
        {
          name: 'create user',
          method: 'POST',
          path: async () => '/api/users',
          body: () => ({
            username: `u-${randomUUID().slice(0, 8)}`,
            displayName: 'Nieuw',
            roles: ['observer'],
            password: 'een-lang-wachtwoord',
          }),
          allowed: ['admin'],
          ok: 201,
        },
        {
          name: 'list subscribers',
          method: 'GET',
          path: async () => '/api/subscribers',
          allowed: ['admin'],
          ok: 200,
        },
        {
          name: 'add subscriber',
          method: 'POST',
          path: async () => '/api/subscribers',
          body: () => ({
            name: 'Abonnee',
            phone: '+32470999001',
            addresses: [{ label: 'Thuis', position: [4.35, 50.85] }],
          }),
          allowed: ['admin'],
          ok: 201,
        },
        {
          name: 'delete subscriber',
          method: 'DELETE',
          path: async () => {
            const r = await t.admin.req<{ id: number }>('POST', '/api/subscribers', {
              name: 'Weg',
              email: 'weg@example.org',
              addresses: [{ label: 'x', position: [4.4, 51.9] }],
            });
            return `/api/subscribers/${r.body.id}`;
          },
          allowed: ['admin'],
          ok: 204,
        },
        {
          name: 'session',
          method: 'GET',
          path: async () => '/api/session',
          allowed: 'all',
          ok: 200,
        },
      ];
      for (const entry of entries) {
        test(`${entry.method} ${entry.name}`, async () => {
          const table: string[] = [];
          for (const role of ROLES) {
            const allowed = entry.allowed === 'all' || entry.allowed.includes(role);
            const path = await entry.path(role);
            const r = await t[role].req<{ error?: { code: string } }>(
              entry.method,
              path,
              entry.body?.(role),
              entry.headers?.() ?? {},
            );
            const expected = allowed ? entry.ok : 403;
            if (r.status !== expected)
              table.push(`${role}: ${r.status} (expected ${expected}) ${r.text.slice(0, 200)}`);
            if (!allowed) assert.equal(r.body.error?.code, 'auth.forbidden');
          }
          const anon = await new ApiClient(base).req(
            entry.method,
            await entry.path('observer'),
            entry.body?.('observer'),
          );
          if (anon.status !== 401) table.push(`anonymous: ${anon.status} (expected 401)`);
          assert.deepEqual(table, []);
        });
      }
      test('log out: every role may end its own session', async () => {
        for (const role of ROLES) {
          const c = await demo(base, DEMO[role]);
          assert.equal((await c.req('DELETE', '/api/session')).status, 204, role);
          assert.equal((await c.req('GET', '/api/session')).status, 401, role);
        }
        assert.equal((await new ApiClient(base).req('DELETE', '/api/session')).status, 401);
      });
      test('events stream: every role may listen, anonymous may not', async () => {
        for (const role of ROLES) (await SseClient.connect(base, t[role].cookie)).close();
        await assert.rejects(SseClient.connect(base, ''), /HTTP 401/);
      });
    });

    test('draft: saved with findings, stale revision refused with both versions, every revision kept', async () => {
      const a = await create();
      assert.equal(a.alert.sirene.state, 'draft');
      const r1 = await t.composer.req<Alert>('PUT', `/api/alerts/${a.id}`, {
        revision: 1,
        cap: sampleCap({ note: 'eerste' }),
      });
      assert.equal(r1.status, 200, r1.text);
      assert.equal(r1.body.revision, 2);
      const stale = await t.composer.req<{
        error: { code: string; current: Alert; yours: { cap: { note: string } } };
      }>('PUT', `/api/alerts/${a.id}`, { revision: 1, cap: sampleCap({ note: 'tweede' }) });
      assert.equal(stale.status, 409);
      assert.equal(stale.body.error.code, 'alert.conflict');
      assert.equal(stale.body.error.current.revision, 2);
      assert.equal(stale.body.error.yours.cap.note, 'tweede');
      const revisions = await t.observer.req<unknown[]>('GET', `/api/alerts/${a.id}/revisions`);
      assert.equal(revisions.body.length, 2);
      const invalid = await t.composer.req<{ error: { code: string; findings: unknown[] } }>(
        'POST',
        '/api/alerts',
        { cap: { infos: 'nope' } },
      );
      assert.equal(invalid.status, 422);
      assert.equal(invalid.body.error.code, 'alert.invalid');
      assert.ok(invalid.body.error.findings.length > 0);
    });

    test('exercise server: an Actual alert is stored as Exercise, with a note saying so', async () => {
      const r = await t.composer.req<Alert>('POST', '/api/alerts', {
        cap: sampleCap({ status: 'Actual' }),
      });
      assert.equal(r.status, 201);
      assert.equal(r.body.alert.cap.status, 'Exercise');
      assert.ok(r.body.notes?.some((n) => n.code === 'server.exercise-status'));
    });

    test('ready notifies the broadcaster at once (step 12); ready refuses an invalid alert', async () => {
      const sse = await SseClient.connect(base, t.broadcaster.cookie);
      try {
        const a = await create();
        const ready = await t.composer.req<Alert>('POST', `/api/alerts/${a.id}/ready`);
        assert.equal(ready.status, 200);
        const event = await sse.waitFor(
          (e) => e.type === 'alert.ready' && e.data.data.alertId === a.id,
        );
        assert.deepEqual(event.data.notify, ['broadcaster']);
        assert.match(String(event.data.data.headline), /Grote brand/);
        const bad = await create(sampleCap({ infos: [] }));
        const refused = await t.composer.req<{ error: { code: string } }>(
          'POST',
          `/api/alerts/${bad.id}/ready`,
        );
        assert.equal(refused.status, 422);
        assert.equal(refused.body.error.code, 'alert.invalid');
        // A border with more points than NL-Alert allows (141 > 100) is refused by the
        // server itself, with the geometry finding and its repair, whatever the page did.
        const ring = Array.from({ length: 140 }, (_, k) => {
          const angle = (2 * Math.PI * k) / 140;
          return [4.48 + 0.04 * Math.cos(angle), 51.92 + 0.025 * Math.sin(angle)];
        });
        ring.push(ring[0]!);
        const base = sampleCap();
        const dense = await create(
          sampleCap({
            infos: (base.infos as { areas: { polygons: number[][][] }[] }[]).map((info) => ({
              ...info,
              areas: info.areas.map((area) => ({ ...area, polygons: [ring] })),
            })),
          }),
        );
        const tooDense = await t.composer.req<{
          error: { code: string; findings: { code: string; path: string }[] };
        }>('POST', `/api/alerts/${dense.id}/ready`);
        assert.equal(tooDense.status, 422);
        assert.ok(
          tooDense.body.error.findings.some(
            (f) => f.code === 'geo.too-many-vertices' && f.path.startsWith('infos[0].areas[0]'),
          ),
          JSON.stringify(tooDense.body.error.findings),
        );
        const twice = await t.composer.req<{ error: { code: string } }>(
          'POST',
          `/api/alerts/${a.id}/ready`,
        );
        assert.equal(twice.status, 409);
        assert.equal(twice.body.error.code, 'lifecycle.already-ready');
      } finally {
        sse.close();
      }
    });

    test('the server enforces the send gate and the checklist roles, not only the page', async () => {
      const a = await create();
      await t.composer.req('POST', `/api/alerts/${a.id}/ready`);
      const key = { 'idempotency-key': randomUUID() };
      const closed = await t.broadcaster.req<{ error: { code: string; message: string } }>(
        'POST',
        `/api/alerts/${a.id}/broadcast`,
        undefined,
        key,
      );
      assert.equal(closed.status, 409);
      assert.equal(closed.body.error.code, 'alert.gate-closed');
      const wrongRole = await t.composer.req<{ error: { code: string } }>(
        'POST',
        `/api/alerts/${a.id}/checklist`,
        {
          checklist: 'nl-alert-procedure',
          action: { type: 'tick', item: 'decision' },
        },
      );
      assert.equal(wrongRole.status, 403);
      assert.equal(wrongRole.body.error.code, 'checklist.role-mismatch');
      assert.equal(
        (await t.broadcaster.req('POST', `/api/alerts/${a.id}/broadcast`)).status,
        400,
        'no Idempotency-Key',
      );
      await openNlGate(t, a.id);
      const sent = await t.broadcaster.req<Alert>(
        'POST',
        `/api/alerts/${a.id}/broadcast`,
        undefined,
        key,
      );
      assert.equal(sent.status, 200, sent.text);
      assert.equal(sent.body.alert.sirene.state, 'broadcasting');
    });

    test('reopen undoes the broadcaster checks: the changed message is checked again before it goes out', async () => {
      const id = await readyAlert(t, sampleCap(), { channels: ['cap-feed'] });
      assert.equal((await t.broadcaster.req('POST', `/api/alerts/${id}/reopen`)).status, 200);
      const edited = await t.composer.req<Alert>('PUT', `/api/alerts/${id}`, {
        revision: 1,
        cap: sampleCap({ note: 'gebied aangepast' }),
        sirene: { channels: ['cap-feed'] },
      });
      assert.equal(edited.status, 200, edited.text);
      assert.equal(
        edited.body.gates.find((g) => g.checklist === 'nl-alert-procedure')?.open,
        false,
      );
      assert.equal((await t.composer.req('POST', `/api/alerts/${id}/ready`)).status, 200);
      const key = { 'idempotency-key': randomUUID() };
      const refused = await t.broadcaster.req<{ error: { code: string } }>(
        'POST',
        `/api/alerts/${id}/broadcast`,
        undefined,
        key,
      );
      assert.equal(refused.body.error.code, 'alert.gate-closed');
      await t.broadcaster.req('POST', `/api/alerts/${id}/checklist`, {
        checklist: 'nl-alert-procedure',
        action: { type: 'tick', item: 'step-14-area' },
      });
      assert.equal(
        (await t.broadcaster.req('POST', `/api/alerts/${id}/broadcast`, undefined, key)).status,
        200,
      );
    });

    test('extreme violence: no broadcast without recorded police advice with a second opinion', async () => {
      const a = await create();
      await openNlGate(t, a.id);
      const d = (item: string, action: Record<string, unknown>) =>
        t.decider.req('POST', `/api/alerts/${a.id}/checklist`, {
          checklist: 'nl-alert-procedure',
          action: { item, ...action },
        });
      assert.equal((await d('extreme-violence', { type: 'set', value: 'yes' })).status, 200);
      await d('police-advisor-function', { type: 'set', value: 'hovd-p' });
      await d('police-advisor-name', { type: 'set', value: 'J. Jansen' });
      await d('police-advice-time', { type: 'set', value: '2026-11-23T03:05:00+01:00' });
      await d('second-opinion', { type: 'tick' });
      await d('police-advice-weighed', { type: 'tick' });
      await t.composer.req('POST', `/api/alerts/${a.id}/ready`);
      const tryIt = () =>
        t.broadcaster.req<{ error: { code: string } }>(
          'POST',
          `/api/alerts/${a.id}/broadcast`,
          undefined,
          { 'idempotency-key': randomUUID() },
        );
      let r = await tryIt();
      // The extreme-violence guideline's own checklist applies now too.
      assert.equal(r.status, 409);
      assert.ok(
        ['alert.gate-closed', 'alert.police-advice-missing'].includes(r.body.error.code),
        r.text,
      );
      const advice = await t['police-advisor'].req<Alert>(
        'POST',
        `/api/alerts/${a.id}/police-advice`,
        {
          function: 'hovd-p',
          name: 'J. Jansen',
          advisedAt: '2026-11-23T03:05:00+01:00',
          secondOpinion: true,
          recommendation: 'send-with-changes',
          text: 'Noem geen zoekgebied.',
        },
      );
      assert.equal(advice.status, 201);
      r = await tryIt();
      assert.notEqual(r.body.error?.code, 'alert.police-advice-missing');
    });

    test('exactly once: retries replay, a second key and a second broadcaster are refused, nobody gets it twice', async () => {
      await t.admin.req('POST', '/api/subscribers', {
        name: 'R1',
        phone: '+31612000001',
        email: 'r1@example.org',
        voice: true,
        addresses: [
          { label: 'Thuis', position: [4.47, 51.92] },
          { label: 'Werk', position: [4.48, 51.925] },
        ],
      });
      await t.admin.req('POST', '/api/subscribers', {
        name: 'R2',
        phone: '+31612000002',
        addresses: [{ label: 'Thuis', position: [4.5, 51.91] }],
      });
      const id = await readyAlert(t, sampleCap(), {
        channels: ['sms', 'email', 'voice', 'cap-feed', 'cell-broadcast'],
      });
      const second = await demo(base, DEMO.broadcaster);
      const keys = [randomUUID(), randomUUID()];
      const attempts = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          (i % 2 ? second : t.broadcaster).req<Alert & { error?: { code: string } }>(
            'POST',
            `/api/alerts/${id}/broadcast`,
            undefined,
            {
              'idempotency-key': keys[i % 2] ?? '',
            },
          ),
        ),
      );
      const fresh = attempts.filter((r) => r.status === 200 && r.body.replayed === false);
      const replays = attempts.filter((r) => r.status === 200 && r.body.replayed === true);
      const refused = attempts.filter((r) => r.status === 409);
      assert.equal(
        fresh.length,
        1,
        attempts.map((a) => `${a.status} ${a.text.slice(0, 80)}`).join('\n'),
      );
      assert.equal(fresh.length + replays.length + refused.length, 8);
      for (const r of refused) assert.equal(r.body.error?.code, 'lifecycle.already-broadcasting');
      for (const r of replays) assert.equal(r.body.alert.cap.sent, fresh[0]?.body.alert.cap.sent);
      await waitUntil(async () => {
        const d = await t.observer.req<{ channels: { pending: number; sending: number }[] }>(
          'GET',
          `/api/alerts/${id}/deliveries`,
        );
        return (
          d.body.channels.length > 0 &&
          d.body.channels.every((c) => c.pending === 0 && c.sending === 0)
        );
      });
      const dup = await server.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM (SELECT channel, recipient FROM sim_inbox WHERE alert_id = $1 GROUP BY channel, recipient HAVING count(*) > 1) d`,
        [id],
      );
      assert.equal(dup[0]?.n, 0);
      const got = await server.db.query<{ channel: string; n: number }>(
        'SELECT channel, count(*)::int AS n FROM sim_inbox WHERE alert_id = $1 GROUP BY channel ORDER BY channel',
        [id],
      );
      const byChannel = Object.fromEntries(got.map((g) => [g.channel, g.n]));
      assert.equal(byChannel.sms, 2, 'R1 has two addresses in the area and still gets one SMS');
      assert.equal(byChannel.voice, 1);
      assert.equal(byChannel.email, 1);
      assert.equal(byChannel['cap-feed'], 1);
      assert.ok((byChannel['cell-broadcast'] ?? 0) > 1);
      const modes = await server.db.query<{ mode: string }>(
        'SELECT DISTINCT adapter_mode AS mode FROM deliveries',
      );
      assert.deepEqual(
        modes.map((m) => m.mode),
        ['exercise'],
      );
    });

    test('estimate: recipients, time and cost before sending (€0.055 per SMS part or voice minute)', async () => {
      await t.admin.req('POST', '/api/subscribers', {
        name: 'E1',
        phone: '+31612000101',
        email: 'e1@example.org',
        voice: true,
        addresses: [{ label: 'Thuis', position: [4.45, 51.91] }],
      });
      const a = await create(sampleCap(), {
        channels: ['sms', 'voice', 'email', 'lb-sms', 'cap-feed'],
      });
      const r = await t.composer.req<{
        channels: {
          channel: string;
          recipients: number | null;
          costEur: number;
          unitsPerRecipient: number;
          seconds: number;
        }[];
        costEur: number;
        subscribersInArea: number;
      }>('GET', `/api/alerts/${a.id}/estimate`);
      assert.equal(r.status, 200);
      const ch = Object.fromEntries(r.body.channels.map((c) => [c.channel, c]));
      assert.ok(r.body.subscribersInArea >= 1);
      const sms = ch.sms!;
      assert.ok(sms.recipients! >= 1);
      assert.equal(
        sms.costEur,
        Math.round(sms.recipients! * sms.unitsPerRecipient * 0.055 * 1000) / 1000,
      );
      assert.equal(ch.email!.costEur, 0);
      assert.equal(ch['cap-feed']!.costEur, 0);
      assert.equal(
        ch['lb-sms']!.recipients,
        null,
        'location-based SMS cannot be counted in advance',
      );
      assert.ok(ch.voice!.seconds >= ch.voice!.recipients! / 10 - 0.1);
      const tooMany = await t.admin.req<{ error: { code: string } }>('POST', '/api/subscribers', {
        name: 'Zes',
        phone: '+31612000199',
        addresses: Array.from({ length: 6 }, () => ({ label: 'x', position: [4.4, 51.9] })),
      });
      assert.equal(tooMany.status, 422);
    });

    test('network cells: the synthetic network as one CSV the estimator reads, for logged-in users only', async () => {
      const anon = await new ApiClient(base).req('GET', '/api/network/cells');
      assert.equal(anon.status, 401);
      const r = await t.observer.req('GET', '/api/network/cells');
      assert.equal(r.status, 200);
      assert.match(r.headers.get('content-type') ?? '', /text\/csv/);
      const lines = r.text.trimEnd().split('\n');
      assert.equal(lines.filter((l) => l.startsWith('id,')).length, 1, 'one header');
      assert.match(lines[0] ?? '', /^id,operator,lon,lat,azimuth_deg/);
      const cells = parseCellsCsv(r.text);
      assert.ok(cells.ok, JSON.stringify(cells.findings.slice(0, 3)));
      // Rotterdam centre and south-west Drenthe (packages/geo/data/synthetic/README.md).
      assert.equal(cells.cells.length, 507 + 495);
      assert.ok(cells.cells.some((c) => c.position[0] > 4.43 && c.position[0] < 4.52));
      assert.ok(cells.cells.some((c) => c.position[0] > 6.3 && c.position[0] < 6.6));
    });

    test('follow-up prepared while broadcasting references the chain; its broadcast stops the previous first', async () => {
      const sse = await SseClient.connect(base, t.observer.cookie);
      try {
        const first = await broadcastNew();
        const upd = await t.composer.req<Alert>('POST', `/api/alerts/${first}/follow-up`, {
          kind: 'Update',
        });
        assert.equal(upd.status, 201, upd.text);
        assert.equal(upd.body.alert.cap.msgType, 'Update');
        assert.equal(upd.body.follows, first);
        assert.equal(upd.body.alert.cap.references.length, 1);
        const again = await t.composer.req<{ error: { code: string } }>(
          'POST',
          `/api/alerts/${first}/follow-up`,
          { kind: 'Cancel' },
        );
        assert.equal(again.body.error.code, 'alert.follow-up-open');
        await openNlGate(t, upd.body.id);
        assert.equal(
          (await t.composer.req('POST', `/api/alerts/${upd.body.id}/ready`)).status,
          200,
        );
        const sent = await t.broadcaster.req<Alert>(
          'POST',
          `/api/alerts/${upd.body.id}/broadcast`,
          undefined,
          { 'idempotency-key': randomUUID() },
        );
        assert.equal(sent.status, 200, sent.text);
        const prev = await t.observer.req<Alert>('GET', `/api/alerts/${first}`);
        assert.equal(prev.body.alert.sirene.state, 'stopped');
        assert.equal(prev.body.endReason, 'superseded');
        await sse.waitFor((e) => e.type === 'alert.stopped' && e.data.data.alertId === first);
        // An end message after the update, then the chain is closed.
        assert.equal((await t.composer.req('POST', `/api/alerts/${upd.body.id}/stop`)).status, 200);
        const end = await t.composer.req<Alert>('POST', `/api/alerts/${upd.body.id}/follow-up`, {
          kind: 'Cancel',
        });
        assert.equal(end.body.alert.cap.msgType, 'Cancel');
        assert.equal(end.body.alert.cap.references.length, 2);
        const draftFollow = await t.composer.req<{ error: { code: string } }>(
          'POST',
          `/api/alerts/${end.body.id}/follow-up`,
          { kind: 'Update' },
        );
        assert.equal(draftFollow.body.error.code, 'lifecycle.follow-up-never-sent');
      } finally {
        sse.close();
      }
    });

    test('expires by itself at its end time, with an event', async () => {
      const sse = await SseClient.connect(base, t.observer.cookie);
      try {
        const soon = new Date(Date.now() + 2500);
        const cap = sampleCap();
        const infos = (cap.infos as Record<string, unknown>[]).map((i) => ({
          ...i,
          expires: formatOffset(soon),
        }));
        const id = await broadcastNew({ ...cap, infos });
        await sse.waitFor((e) => e.type === 'alert.expired' && e.data.data.alertId === id, 8000);
        const a = await t.observer.req<Alert>('GET', `/api/alerts/${id}`);
        assert.equal(a.body.alert.sirene.state, 'expired');
      } finally {
        sse.close();
      }
    });

    test('CAP feed: one entry per alert sent on cap-feed, each a valid CAP 1.2 document', async () => {
      const id = await broadcastNew();
      await waitUntil(async () => {
        const d = await t.observer.req<{ channels: { delivered: number }[] }>(
          'GET',
          `/api/alerts/${id}/deliveries`,
        );
        return d.body.channels[0]?.delivered === 1;
      });
      const feed = await new ApiClient(base).req('GET', '/feeds/cap.atom');
      assert.ok(feed.text.includes(`urn:sirene:alert:${id}`));
      const docs = [
        ...feed.text.matchAll(/<content type="application\/cap\+xml">([\s\S]*?)<\/content>/g),
      ].map((m) => m[1] ?? '');
      const ids = [...feed.text.matchAll(/<id>urn:sirene:alert:([^<]+)<\/id>/g)].map((m) => m[1]);
      assert.ok(docs.length >= 1);
      assert.equal(new Set(ids).size, ids.length, 'one entry per alert');
      const link = /<link rel="alternate" type="application\/cap\+xml" href="([^"]+)"/.exec(
        feed.text,
      )?.[1];
      assert.ok(link);
      const one = await fetch(link.replace(/^http:\/\/[^/]+/, base));
      assert.equal(one.status, 200);
      assert.equal(
        (await validateCapXml(await one.text(), { verifySignatures: false })).valid,
        true,
      );
      for (const xml of docs.slice(0, 3)) {
        const report = await validateCapXml(xml, { verifySignatures: false });
        assert.equal(
          report.valid,
          true,
          JSON.stringify(report.findings.filter((f) => f.severity === 'error')),
        );
        assert.equal(report.alert?.status, 'Exercise');
      }
    });

    test('SSE: a reconnecting client gets what it missed (Last-Event-ID)', async () => {
      const first = await SseClient.connect(base, t.observer.cookie);
      const a = await create();
      const seen = await first.waitFor(
        (e) => e.type === 'alert.created' && e.data.data.alertId === a.id,
      );
      first.close();
      await t.composer.req('POST', `/api/alerts/${a.id}/ready`);
      const again = await SseClient.connect(base, t.observer.cookie, seen.id);
      try {
        await again.waitFor((e) => e.type === 'alert.ready' && e.data.data.alertId === a.id, 3000);
      } finally {
        again.close();
      }
    });

    test('users: the admin creates users; names are unique', async () => {
      const body = {
        username: `nieuw-${engine}`,
        displayName: 'Nieuwe opsteller',
        roles: ['composer'],
        password: 'een-lang-wachtwoord',
      };
      assert.equal((await t.admin.req('POST', '/api/users', body)).status, 201);
      assert.equal((await t.admin.req('POST', '/api/users', body)).status, 409);
      const c = await new ApiClient(base).login(body.username, body.password);
      assert.equal((await c.req('POST', '/api/alerts', { cap: sampleCap() })).status, 201);
      assert.equal(
        (await t.admin.req('POST', '/api/users', { ...body, username: 'x', password: 'kort' }))
          .status,
        400,
      );
    });

    test('audit: every action with user and time, append-only, and a chain that detects tampering', async () => {
      const entries = await t.observer.req<
        { seq: number; action: string; username: string; at: string }[]
      >('GET', '/api/audit?limit=1000');
      const actions = new Set(entries.body.map((e) => e.action));
      for (const a of [
        'session.login',
        'alert.create',
        'alert.edit',
        'alert.mark-ready',
        'alert.broadcast',
        'alert.stop',
        'alert.expire',
        'checklist.tick',
        'police-advice.record',
        'user.create',
        'delivery.report',
      ]) {
        assert.ok(actions.has(a), `audit lacks ${a}`);
      }
      assert.ok(entries.body.every((e) => e.username && !Number.isNaN(Date.parse(e.at))));
      const ok = await t.admin.req<{ valid: boolean; entries: number }>('GET', '/api/audit/verify');
      assert.equal(ok.body.valid, true);
      assert.ok(ok.body.entries > 20);
      await assert.rejects(server.db.query('DELETE FROM audit_log WHERE seq = 3'), /append-only/);
      await assert.rejects(
        server.db.query(`UPDATE audit_log SET username = 'x' WHERE seq = 3`),
        /append-only/,
      );
      // Someone with database rights bypasses the trigger: the chain shows it.
      await server.db.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
      await server.db.query(`UPDATE audit_log SET username = 'mallory' WHERE seq = 5`);
      await server.db.exec('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
      const broken = await t.admin.req<{ valid: boolean; broken: { seq: number; reason: string } }>(
        'GET',
        '/api/audit/verify',
      );
      assert.equal(broken.body.valid, false);
      assert.deepEqual(broken.body.broken, { seq: 5, reason: 'hash' });
    });
  });
}

/** A CAP dateTime in UTC written with the -00:00 offset CAP wants. */
function formatOffset(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, '-00:00');
}
