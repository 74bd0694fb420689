/**
 * One small database interface over both engines Sirene supports: embedded PGlite (a
 * data directory on disk, the default) and a PostgreSQL server (`DATABASE_URL`). The
 * rest of the server speaks plain PostgreSQL through it; one schema, one set of
 * migrations for both.
 */

/** A parameter value; objects and arrays are sent as JSON (for `jsonb` columns). */
export type SqlValue = string | number | boolean | null | Date | object;

/** Something that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one statement with `$1…` parameters and returns its rows. */
  query<T extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly SqlValue[],
  ): Promise<T[]>;
}

/** The database: queries, transactions and closing. */
export interface Db extends Queryable {
  /** `pglite` or `postgres`. */
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it
   * throws (the error is rethrown).
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** JSON-encodes objects (not Dates) so both drivers store them in `jsonb` alike. */
export function encodeParams(params: readonly SqlValue[]): unknown[] {
  return params.map((p) =>
    p !== null && typeof p === 'object' && !(p instanceof Date) ? JSON.stringify(p) : p,
  );
}
