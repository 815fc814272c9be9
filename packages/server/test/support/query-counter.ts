import type pg from 'pg';

/**
 * Counts the SQL statements the server sends: every client of the pool, at its first checkout, has its `query`
 * wrapped to call `onQuery` with the statement's text first (Kysely checks out a client per query or transaction).
 */
export function onEveryQuery(pool: pg.Pool, onQuery: (text: string) => void): void {
  const counted = new WeakSet<pg.PoolClient>();
  pool.on('acquire', (client) => {
    if (counted.has(client)) return;
    counted.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      onQuery(typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string }).text ?? ''));
      return query(...args);
    };
  });
}
