import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { encodeParams, type Db, type Queryable, type SqlValue } from './db.js';

/**
 * Opens embedded PostgreSQL (PGlite) with its data in `dataDir` (created when missing),
 * or in memory when `dataDir` is undefined (tests that need no restart).
 */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  const pg = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir);
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<T extends object>(sql: string, params: readonly SqlValue[] = []) {
      const result = await q.query<T>(sql, encodeParams(params));
      return result.rows;
    },
  });
  const self = wrap(pg);
  return {
    kind: 'pglite',
    query: self.query,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    async exec(sql) {
      await pg.exec(sql);
    },
    close: () => pg.close(),
  };
}
