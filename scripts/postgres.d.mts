/** A throwaway PostgreSQL server (or the one DATABASE_URL names). */
export interface TestPostgres {
  url: string;
  stop(): Promise<void>;
}
export function startPostgres(): Promise<TestPostgres>;
