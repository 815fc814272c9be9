import pg from 'pg';
import { dbErrorCode } from '../http/db-errors.js';
import type { Logger } from '../logger.js';

// Waits before trying a statement again while the database restarts: about 30 s in all, then the error stands.
const RETRY_MS = [250, 500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000];

/** The connection pg-boss is given (its `db` option), which cchc opens and closes. */
export interface BossDb {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
  close(): Promise<void>;
}

/**
 * pg-boss's own pool, as pg-boss would make it, but a statement that meets the database restarting (shutting
 * down, starting up, refused) is tried again for a while. pg-boss 10 completes and fails a job without awaiting
 * it (manager.js, `onFetch`): an error there is an unhandled rejection, which would end the app server when the
 * database restarts just as a job finishes. Completing a job twice is harmless (its state moves once).
 */
export function bossDb(url: string, log: Logger): BossDb {
  const pool = new pg.Pool({ connectionString: url, max: 3, application_name: 'cchc-jobs' });
  pool.on('error', (err) => log.warn({ err }, 'hàng đợi công việc mất kết nối (job queue connection lost)'));
  let closed = false;
  return {
    async executeSql(text, values) {
      for (let attempt = 0; ; attempt++) {
        if (closed) return { rows: [] }; // as pg-boss's own pool after stop: nothing is run
        try {
          return await pool.query(text, values);
        } catch (error) {
          const delay = RETRY_MS[attempt];
          if (closed || delay === undefined || dbErrorCode(error) !== 'unavailable') throw error;
          await new Promise((resolve) => setTimeout(resolve, delay));
        }
      }
    },
    async close() {
      closed = true;
      await pool.end();
    },
  };
}
