import pg from 'pg';
import { encodeParams, type Db, type Queryable, type SqlValue } from './db.js';

/** Connects to a PostgreSQL server through a small pool. */
export async function openPostgres(url: string, maxConnections = 10): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  // An idle connection the server drops (restart, failover) must not crash the process;
  // the pool opens a new one on the next query.
  pool.on('error', (error) => console.error(`database connection lost: ${error.message}`));
  // Fail at start-up, with the server's own message, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const query = async <T extends object>(
    runner: Pick<pg.PoolClient, 'query'>,
    sql: string,
    params: readonly SqlValue[],
  ): Promise<T[]> => {
    const result = await runner.query(sql, encodeParams(params));
    return result.rows as T[];
  };
  return {
    kind: 'postgres',
    query: (sql, params = []) => query(pool, sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const tx: Queryable = { query: (sql, params = []) => query(client, sql, params) };
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
