import type pg from 'pg';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import type { PublicInputsListener } from '../db/public-inputs-listener.js';
import type { Logger } from '../logger.js';

/** What every route module receives: no module reaches for globals. */
export interface AppDeps {
  config: Config;
  db: Db;
  pool: pg.Pool;
  clock: Clock;
  log: Logger;
  /**
   * A streaming read replica (DATABASE_REPLICA_URL) for what reads many rows and tolerates a second's lag: reports,
   * the city view, the feed. Absent, those read the primary. Read through {@link readDb}.
   */
  replica?: { db: Db; pool: pg.Pool };
  /**
   * What tells the public pages' caches that their inputs changed (LISTEN/NOTIFY, migration 0031); buildApp starts
   * one per app server. Absent, the caches read the inputs' stamps on every request.
   */
  publicInputs?: PublicInputsListener;
  /** The job queue, when this process runs jobs (`cchc serve`); without it long work runs in-process. */
  jobs?: { send(name: string, payload: unknown): Promise<string | null> };
}

/**
 * The database that heavy read-only views query: the replica when one is configured, else the primary; the
 * primary too for a client whose last write the replica has not replayed (`http/read-your-writes.ts`).
 */
export const readDb = (deps: Pick<AppDeps, 'db' | 'replica'>, request: { readsPrimary: boolean }): Db =>
  request.readsPrimary ? deps.db : (deps.replica?.db ?? deps.db);
