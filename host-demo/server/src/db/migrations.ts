import type { Db } from './db.js';

/** One schema change, applied once, in order, in its own transaction. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The schema, identical on PGlite and PostgreSQL. Never edit a released migration:
 * add a new one.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'users, sessions, alerts, deliveries, subscribers, audit log',
    sql: `
CREATE TABLE users (
  id            serial PRIMARY KEY,
  username      text NOT NULL UNIQUE,
  display_name  text NOT NULL,
  roles         jsonb NOT NULL,
  password_hash text NOT NULL,
  demo          boolean NOT NULL DEFAULT false,
  disabled      boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id    integer NOT NULL REFERENCES users(id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE alerts (
  id            text PRIMARY KEY,
  identifier    text NOT NULL,
  sender        text NOT NULL,
  status        text NOT NULL,
  msg_type      text NOT NULL,
  state         text NOT NULL
                CHECK (state IN ('draft', 'ready', 'broadcasting', 'expired', 'stopped')),
  cap           jsonb NOT NULL,
  sirene        jsonb NOT NULL,
  procedure     jsonb NOT NULL DEFAULT '{}',
  revision      integer NOT NULL DEFAULT 1,
  version       integer NOT NULL DEFAULT 1,
  follows       text REFERENCES alerts(id),
  created_by    integer REFERENCES users(id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  ready_at      timestamptz,
  broadcast_at  timestamptz,
  broadcast_by  integer REFERENCES users(id),
  expires_at    timestamptz,
  ended_at      timestamptz,
  end_reason    text,
  UNIQUE (sender, identifier)
);
CREATE INDEX alerts_expiry ON alerts (state, expires_at);

CREATE TABLE alert_revisions (
  alert_id  text NOT NULL REFERENCES alerts(id),
  revision  integer NOT NULL,
  cap       jsonb NOT NULL,
  sirene    jsonb NOT NULL,
  saved_by  integer REFERENCES users(id),
  saved_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (alert_id, revision)
);

CREATE TABLE police_advice (
  id             serial PRIMARY KEY,
  alert_id       text NOT NULL REFERENCES alerts(id),
  user_id        integer NOT NULL REFERENCES users(id),
  advice         jsonb NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX police_advice_alert ON police_advice (alert_id);

CREATE TABLE idempotency_keys (
  key         text PRIMARY KEY,
  user_id     integer NOT NULL REFERENCES users(id),
  alert_id    text NOT NULL REFERENCES alerts(id),
  action      text NOT NULL,
  status_code integer NOT NULL,
  response    jsonb NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- One row per recipient and channel of an alert: the unique key is what makes a
-- delivery happen at most once, whatever crashes or retries. The last CHECK keeps
-- exercise alerts away from real adapters even if the code above it were wrong.
CREATE TABLE deliveries (
  id           serial PRIMARY KEY,
  alert_id     text NOT NULL REFERENCES alerts(id),
  channel      text NOT NULL,
  recipient    text NOT NULL,
  status       text NOT NULL
               CHECK (status IN ('pending', 'sending', 'delivered', 'failed', 'unknown', 'cancelled')),
  alert_status text NOT NULL,
  adapter_mode text NOT NULL CHECK (adapter_mode IN ('exercise', 'actual')),
  attempted_at timestamptz,
  finished_at  timestamptz,
  detail       text,
  UNIQUE (alert_id, channel, recipient),
  CHECK ((alert_status = 'Actual') = (adapter_mode = 'actual'))
);
CREATE INDEX deliveries_pending ON deliveries (alert_id, channel, status);

-- What the simulated networks received: the "phones" of the simulation. No unique key
-- on purpose, so a duplicate delivery would show.
CREATE TABLE sim_inbox (
  id          serial PRIMARY KEY,
  alert_id    text NOT NULL,
  channel     text NOT NULL,
  recipient   text NOT NULL,
  mode        text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sim_inbox_alert ON sim_inbox (alert_id, channel);

CREATE TABLE subscribers (
  id         serial PRIMARY KEY,
  name       text NOT NULL,
  phone      text,
  email      text,
  voice      boolean NOT NULL DEFAULT false,
  language   text NOT NULL DEFAULT 'nl',
  addresses  jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE audit_log (
  seq       integer PRIMARY KEY,
  at        text NOT NULL,
  user_id   integer,
  username  text NOT NULL,
  action    text NOT NULL,
  alert_id  text,
  details   jsonb NOT NULL,
  prev_hash text NOT NULL,
  hash      text NOT NULL
);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
`,
  },
];

/**
 * Brings the schema up to date. Safe when several servers start at once against one
 * PostgreSQL: an advisory lock lets one migrate while the others wait.
 *
 * @returns the versions applied now
 */
export async function migrate(
  db: Db,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(727361)');
      const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        migration.version,
      ]);
      if (rows.length > 0) return false;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}

/** Splits on `;` at line ends, keeping `$$ … $$` bodies whole. */
function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let current = '';
  let inBody = false;
  for (const line of sql.split('\n')) {
    if (/^\s*--/.test(line)) continue;
    current += line + '\n';
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) inBody = !inBody;
    if (!inBody && /;\s*$/.test(line)) {
      out.push(current.trim());
      current = '';
    }
  }
  if (current.trim() !== '') out.push(current.trim());
  return out;
}
