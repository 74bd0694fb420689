/**
 * Starts a server for a test suite on 127.0.0.1 and a random port, against embedded
 * PGlite (in memory) or a fresh database on a PostgreSQL server.
 */
import pg from 'pg';
import { loadConfig, type ServerConfig } from '../config.js';
import { startServer, type RunningServer, type ServerOptions } from '../server.js';
import { DEMO_PASSWORD } from '../auth/sessions.js';
import { ApiClient } from './client.js';
import { NL_GATE_ACTIONS } from './fixtures.js';

export type Engine = 'pglite' | 'postgres';

/** A fresh, empty database on the server at `url`; returns its URL. */
export async function freshDatabase(url: string): Promise<string> {
  const name = `sirene_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Starts a test server. `databaseUrl` is required for PostgreSQL. */
export async function startTestServer(
  engine: Engine,
  overrides: Partial<ServerConfig> & { databaseUrl?: string } = {},
  options: ServerOptions = {},
): Promise<RunningServer> {
  const config: ServerConfig = {
    ...loadConfig({}),
    port: 0,
    host: '127.0.0.1',
    dataDir: undefined,
    staticFiles: undefined,
    seedSubscribers: 0,
    cookieSecure: true,
    ...overrides,
  };
  if (engine === 'postgres') {
    if (!overrides.databaseUrl) throw new Error('postgres engine needs databaseUrl');
    config.databaseUrl = await freshDatabase(overrides.databaseUrl);
  } else config.databaseUrl = undefined;
  return startServer(config, { print: () => undefined, expiryIntervalMs: 200, ...options });
}

/** Logs in a demo user. */
export function demo(base: string, username: string, lang = 'en'): Promise<ApiClient> {
  return new ApiClient(base, lang).login(username, DEMO_PASSWORD);
}

/** Demo user names by role. */
export const DEMO = {
  decider: 'beslisser',
  composer: 'opsteller',
  broadcaster: 'uitzender',
  'police-advisor': 'politie',
  observer: 'waarnemer',
  admin: 'beheerder',
} as const;

/** One client per demo role. */
export type Team = Record<keyof typeof DEMO, ApiClient>;

export async function team(base: string): Promise<Team> {
  const entries = await Promise.all(
    (Object.keys(DEMO) as (keyof typeof DEMO)[]).map(
      async (role) => [role, await demo(base, DEMO[role])] as const,
    ),
  );
  return Object.fromEntries(entries) as Team;
}

/** Ticks everything the NL-Alert procedure's send gate needs, each by its role. */
export async function openNlGate(t: Team, alertId: string): Promise<void> {
  for (const { role, action } of NL_GATE_ACTIONS) {
    const r = await t[role].req('POST', `/api/alerts/${alertId}/checklist`, {
      checklist: 'nl-alert-procedure',
      action,
    });
    if (r.status !== 200)
      throw new Error(`${role} ${JSON.stringify(action)}: ${r.status} ${r.text}`);
  }
}

/** A ready alert with an open gate, made by the team; returns its id. */
export async function readyAlert(
  t: Team,
  cap: Record<string, unknown>,
  sirene: Record<string, unknown> = {},
): Promise<string> {
  const created = await t.composer.req<{ id: string }>('POST', '/api/alerts', { cap, sirene });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${created.text}`);
  const id = created.body.id;
  await openNlGate(t, id);
  const ready = await t.composer.req('POST', `/api/alerts/${id}/ready`);
  if (ready.status !== 200) throw new Error(`ready: ${ready.status} ${ready.text}`);
  return id;
}
