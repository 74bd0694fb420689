/**
 * Wires the server together: database and migrations, demo data on an exercise server,
 * adapters, the dispatcher, the alert service, HTTP; then the start-up duties: expire
 * what ran out while the server was down, resume interrupted deliveries.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { appendAudit, SYSTEM } from './audit.js';
import { AlertService } from './alerts/service.js';
import { createUser, DEMO_PASSWORD, DEMO_USERS } from './auth/sessions.js';
import { AdapterRegistry, type ChannelAdapter } from './channels/adapter.js';
import { Dispatcher } from './channels/dispatcher.js';
import { networkEngines } from './channels/network.js';
import { CHANNEL_FIGURES } from './channels/figures.js';
import { createSimulatedAdapter } from './channels/simulated.js';
import type { ServerConfig } from './config.js';
import type { Db } from './db/db.js';
import { migrate } from './db/migrations.js';
import { openPglite } from './db/pglite.js';
import { openPostgres } from './db/postgres.js';
import { EventHub } from './events.js';
import { buildApp } from './http/app.js';
import { seedDemoSubscribers } from './subscribers.js';
import type { ChannelId } from '@sirene/core';

/** A running server. */
export interface RunningServer {
  app: FastifyInstance;
  db: Db;
  hub: EventHub;
  alerts: AlertService;
  registry: AdapterRegistry;
  dispatcher: Dispatcher;
  /** `http://host:port`. */
  url: string;
  /** What start-up found: expired alerts and resumed deliveries. */
  startup: { expired: string[]; resumed: string[]; unknown: number };
  close(): Promise<void>;
}

/** Extra knobs for tests. */
export interface ServerOptions {
  /** Replaces the adapters the server registers. */
  adapters?: (registry: AdapterRegistry, db: Db) => void;
  /** How often expiry is checked (ms, default 1000). */
  expiryIntervalMs?: number;
  /** Print the demo users (default true). */
  print?: (line: string) => void;
}

const version = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/** Opens the database the configuration names. */
export async function openDatabase(config: ServerConfig): Promise<Db> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}

/** The simulated adapters: exercise ones always, stand-ins for real gateways on a live server. */
export function registerSimulatedAdapters(registry: AdapterRegistry, db: Db, speed: number): void {
  for (const channel of Object.keys(CHANNEL_FIGURES) as ChannelId[]) {
    registry.register(
      createSimulatedAdapter(channel, 'exercise', {
        db,
        speed,
      }) satisfies ChannelAdapter<'exercise'>,
    );
    if (registry.serverMode === 'actual') {
      registry.register(
        createSimulatedAdapter(channel, 'actual', { db, speed }) satisfies ChannelAdapter<'actual'>,
      );
    }
  }
}

/** Starts the whole server and listens. */
export async function startServer(
  config: ServerConfig,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const print = options.print ?? ((line: string) => console.log(line));
  const db = await openDatabase(config);
  try {
    await migrate(db);
    if (config.mode === 'exercise') {
      const created: string[] = [];
      for (const demo of DEMO_USERS) {
        if (await createUser(db, { ...demo, password: DEMO_PASSWORD, demo: true }))
          created.push(demo.username);
      }
      await seedDemoSubscribers(db, config.seedSubscribers);
      print(
        'Exercise mode (oefenomgeving): every alert goes out with status Exercise and reaches no real adapter.',
      );
      print(
        `Demo users (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => `${u.username} (${u.roles.join(', ')})`).join(', ')}`,
      );
    } else {
      const [users] = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM users WHERE NOT demo',
      );
      if ((users?.n ?? 0) === 0) {
        if (!config.adminPassword || config.adminPassword.length < 12) {
          throw new Error(
            'This live server has no users. Start it once with SIRENE_ADMIN_PASSWORD (12 characters or more) to create the user "admin", then create the others through the API.',
          );
        }
        await createUser(db, {
          username: 'admin',
          displayName: 'Administrator',
          roles: ['admin'],
          password: config.adminPassword,
        });
        print('Created the user "admin" with the password from SIRENE_ADMIN_PASSWORD.');
      }
    }
  } catch (error) {
    await db.close();
    throw error;
  }

  const hub = new EventHub();
  const registry = new AdapterRegistry(config.mode);
  if (options.adapters) options.adapters(registry, db);
  else registerSimulatedAdapters(registry, db, config.simulationSpeed);
  const dispatcher = new Dispatcher(db, registry, hub, config.simulationSpeed);
  // Prepare the cell network's overshoot model now (≈1 s, in slices), not inside the first
  // broadcast's transaction. A failure shows here and again when a broadcast needs it.
  networkEngines().catch((error: unknown) =>
    console.error(`The cell network could not be prepared: ${String(error)}`),
  );
  const alerts = new AlertService(db, hub, registry, dispatcher, config);

  const expired = await alerts.expireDue(new Date(), true);
  const resumed = await dispatcher.resume();
  await db.transaction((tx) =>
    appendAudit(tx, SYSTEM, 'server.start', null, {
      mode: config.mode,
      database: db.kind,
      expired: expired.length,
      resumed: resumed.resumed.length,
      unknownDeliveries: resumed.unknown,
    }),
  );

  const app = await buildApp({ config, db, hub, alerts, registry, dispatcher, version });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;

  let sweeping = false;
  const timer = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    alerts
      .expireDue()
      .catch((error: unknown) => console.error('expiry check failed:', error))
      .finally(() => (sweeping = false));
  }, options.expiryIntervalMs ?? 1000);
  timer.unref();

  let closing: Promise<void> | undefined;
  return {
    app,
    db,
    hub,
    alerts,
    registry,
    dispatcher,
    url,
    startup: { expired, resumed: resumed.resumed, unknown: resumed.unknown },
    close: () =>
      (closing ??= (async () => {
        clearInterval(timer);
        hub.close();
        await app.close();
        await dispatcher.close();
        while (sweeping) await new Promise((r) => setTimeout(r, 10));
        await db.close();
      })()),
  };
}
