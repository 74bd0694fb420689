import { join } from 'node:path';

/** How the server runs: an exercise (practice) server never reaches a real adapter. */
export type ServerMode = 'exercise' | 'actual';

/** Everything the server reads from its environment. */
export interface ServerConfig {
  port: number;
  host: string;
  /** PostgreSQL server; when absent, embedded PGlite in {@link dataDir}. */
  databaseUrl: string | undefined;
  /** PGlite data directory; `undefined` keeps it in memory (tests only). */
  dataDir: string | undefined;
  mode: ServerMode;
  /** CAP `sender` for alerts that do not name one. */
  sender: string;
  /** Mark the session cookie `Secure` (default true; browsers accept it on localhost). */
  cookieSecure: boolean;
  sessionHours: number;
  /** Login attempts per user name and address per minute. */
  loginRateMax: number;
  /** Multiplies the simulated channels' speed (tests slow them down, demos may speed up). */
  simulationSpeed: number;
  /** Serve host-demo/web at `/` and dist/browser at `/dist/browser/`. */
  staticFiles: { web: string; dist: string } | undefined;
  /** Seed demo subscribers around Rotterdam and Brussels (exercise mode). */
  seedSubscribers: number;
  /** Log requests (pino) to stdout. */
  logRequests: boolean;
  /** On a live server without users: the first admin's password (user `admin`). */
  adminPassword: string | undefined;
}

const repoRoot = new URL('../../../', import.meta.url).pathname;

/**
 * Reads the configuration from environment variables:
 * `PORT` (8080), `HOST` (0.0.0.0), `DATABASE_URL`, `SIRENE_DATA_DIR`
 * (host-demo/server/data), `SIRENE_MODE` (`exercise` unless `actual`), `SIRENE_SENDER`,
 * `SIRENE_COOKIE_SECURE` (`false` to drop the Secure flag), `SIRENE_SESSION_HOURS` (12),
 * `SIRENE_LOGIN_RATE_MAX` (10 per minute), `SIRENE_SIM_SPEED` (1),
 * `SIRENE_SEED_SUBSCRIBERS` (2000 in exercise mode), `SIRENE_LOG` (`1` logs requests),
 * `SIRENE_ADMIN_PASSWORD` (creates user `admin` on a live server that has no users).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const number = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) {
      throw new Error(`${name}=${raw} is not a non-negative number; fix or unset it.`);
    }
    return value;
  };
  const mode: ServerMode = env.SIRENE_MODE === 'actual' ? 'actual' : 'exercise';
  if (env.SIRENE_MODE !== undefined && !['actual', 'exercise', ''].includes(env.SIRENE_MODE)) {
    throw new Error(`SIRENE_MODE=${env.SIRENE_MODE}: use "exercise" or "actual".`);
  }
  return {
    port: number('PORT', 8080),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.SIRENE_DATA_DIR || join(repoRoot, 'host-demo', 'server', 'data'),
    mode,
    sender: env.SIRENE_SENDER || 'meldkamer@sirene.example',
    cookieSecure: env.SIRENE_COOKIE_SECURE !== 'false',
    sessionHours: number('SIRENE_SESSION_HOURS', 12),
    loginRateMax: number('SIRENE_LOGIN_RATE_MAX', 10),
    simulationSpeed: number('SIRENE_SIM_SPEED', 1) || 1,
    staticFiles: {
      web: join(repoRoot, 'host-demo', 'web'),
      dist: join(repoRoot, 'dist', 'browser'),
    },
    seedSubscribers: number('SIRENE_SEED_SUBSCRIBERS', mode === 'exercise' ? 2000 : 0),
    logRequests: env.SIRENE_LOG === '1',
    adminPassword: env.SIRENE_ADMIN_PASSWORD || undefined,
  };
}
