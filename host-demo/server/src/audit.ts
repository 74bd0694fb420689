/**
 * The audit log: append-only (a database trigger refuses UPDATE, DELETE and TRUNCATE)
 * and hash-chained: each entry's hash covers its content and the previous entry's hash,
 * so changing, removing or reordering any entry breaks the chain from there on.
 */
import { createHash } from 'node:crypto';
import type { Queryable } from './db/db.js';

/** Who did something: a user, or the server itself (expiry, resume after restart). */
export interface Actor {
  id: number | null;
  username: string;
}

/** The server acting on its own. */
export const SYSTEM: Actor = { id: null, username: 'system' };

/** One entry as stored and returned. */
export interface AuditEntry {
  seq: number;
  at: string;
  userId: number | null;
  username: string;
  action: string;
  alertId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** The hash before the first entry. */
export const GENESIS = '0'.repeat(64);

/** JSON with object keys sorted at every level, so the same content hashes alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The hash of an entry: SHA-256 over the previous hash and the canonical content. */
export function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { prevHash, ...content } = entry;
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson(content))
    .digest('hex');
}

interface Row {
  seq: number;
  at: string;
  user_id: number | null;
  username: string;
  action: string;
  alert_id: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

const fromRow = (r: Row): AuditEntry => ({
  seq: r.seq,
  at: r.at,
  userId: r.user_id,
  username: r.username,
  action: r.action,
  alertId: r.alert_id,
  details: r.details,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/**
 * Appends an entry inside the caller's transaction, so the action and its record
 * commit together or not at all. A transaction-scoped advisory lock orders concurrent
 * appends on PostgreSQL (PGlite has one connection anyway).
 */
export async function appendAudit(
  tx: Queryable,
  actor: Actor,
  action: string,
  alertId: string | null,
  details: Record<string, unknown> = {},
  now: Date = new Date(),
): Promise<AuditEntry> {
  await tx.query('SELECT pg_advisory_xact_lock(727362)');
  const [last] = await tx.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
  );
  const base: Omit<AuditEntry, 'hash'> = {
    seq: (last?.seq ?? 0) + 1,
    at: now.toISOString(),
    userId: actor.id,
    username: actor.username,
    action,
    alertId,
    details: JSON.parse(JSON.stringify(details)) as Record<string, unknown>,
    prevHash: last?.hash ?? GENESIS,
  };
  const entry: AuditEntry = { ...base, hash: entryHash(base) };
  await tx.query(
    `INSERT INTO audit_log (seq, at, user_id, username, action, alert_id, details, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      entry.seq,
      entry.at,
      entry.userId,
      entry.username,
      entry.action,
      entry.alertId,
      entry.details,
      entry.prevHash,
      entry.hash,
    ],
  );
  return entry;
}

/** Entries, newest first, optionally of one alert. */
export async function listAudit(
  db: Queryable,
  { alertId, limit = 100, before }: { alertId?: string; limit?: number; before?: number } = {},
): Promise<AuditEntry[]> {
  const rows = await db.query<Row>(
    `SELECT * FROM audit_log
      WHERE ($1::text IS NULL OR alert_id = $1) AND ($2::integer IS NULL OR seq < $2)
      ORDER BY seq DESC LIMIT $3`,
    [alertId ?? null, before ?? null, Math.min(Math.max(limit, 1), 1000)],
  );
  return rows.map(fromRow);
}

/** The result of checking the chain. */
export interface ChainReport {
  valid: boolean;
  entries: number;
  /** The hash of the last entry: publish it elsewhere to detect a rewrite of the whole log. */
  head: string;
  /** The first entry that does not fit, and why. */
  broken?: { seq: number; reason: 'sequence' | 'previous-hash' | 'hash' };
}

/** Walks the whole log in order and recomputes every hash. */
export async function verifyAuditChain(db: Queryable): Promise<ChainReport> {
  let prev = GENESIS;
  let expectedSeq = 1;
  let count = 0;
  const page = 1000;
  for (;;) {
    const rows = await db.query<Row>(
      'SELECT * FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT $2',
      [expectedSeq, page],
    );
    for (const row of rows) {
      const entry = fromRow(row);
      const broken = (reason: 'sequence' | 'previous-hash' | 'hash'): ChainReport => ({
        valid: false,
        entries: count,
        head: prev,
        broken: { seq: entry.seq, reason },
      });
      if (entry.seq !== expectedSeq) return broken('sequence');
      if (entry.prevHash !== prev) return broken('previous-hash');
      const { hash, ...rest } = entry;
      if (entryHash(rest) !== hash) return broken('hash');
      prev = hash;
      expectedSeq++;
      count++;
    }
    if (rows.length < page) break;
  }
  const [{ n } = { n: 0 }] = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM audit_log',
  );
  if (n !== count)
    return {
      valid: false,
      entries: count,
      head: prev,
      broken: { seq: expectedSeq, reason: 'sequence' },
    };
  return { valid: true, entries: count, head: prev };
}
