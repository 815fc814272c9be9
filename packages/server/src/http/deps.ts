import type pg from 'pg';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import type { Logger } from '../logger.js';

/** What every route module receives: no module reaches for globals. */
export interface AppDeps {
  config: Config;
  db: Db;
  pool: pg.Pool;
  clock: Clock;
  log: Logger;
  /** The job queue, when this process runs jobs (`cchc serve`); without it long work runs in-process. */
  jobs?: { send(name: string, payload: unknown): Promise<string | null> };
}
