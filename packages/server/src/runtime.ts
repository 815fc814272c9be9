import fs from 'node:fs';
import { type Clock, createClock } from './clock.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { connect, type DatabaseHandle, openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { createLogger, type Logger } from './logger.js';
import { seedFirstStart } from './seed/first-start.js';

/** Config, logger, clock and a migrated database: what every CLI command and the server start from. */
export interface Runtime {
  config: Config;
  log: Logger;
  clock: Clock;
  database: DatabaseHandle;
  /** The read replica, when DATABASE_REPLICA_URL is set; closed with the runtime by its owner. */
  replica: DatabaseHandle | null;
}

/** Reads the config or exits 1 with the list of problems; a bad config must never half-start cchc. */
export function configOrExit(): Config {
  // A .env in the working folder fills what the environment does not set (variables already set win).
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
}

/** What {@link openRuntime} does besides opening the database. */
export interface RuntimeOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /**
   * Load the first-start data when `CCHC_SEED` allows it (default false): a command that needs the ward on a fresh
   * data folder finds the same city, ward and plan as the first `npm start`.
   */
  seed?: boolean;
}

export async function openRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const config = configOrExit();
  const log = createLogger(config);
  const clock = createClock(config.now);
  if (config.now) log.warn({ now: config.now.toISOString() }, 'đồng hồ hệ thống được đặt bởi CCHC_NOW');
  const database = await openDatabase(config, log);
  try {
    if (options.migrate ?? true) {
      await migrate(database.pool, (name) => log.info({ migration: name }, 'đã áp dụng migration'));
    }
    if (options.seed && config.seedOnFirstStart) await seedFirstStart(database.db, clock.now(), log);
  } catch (e) {
    await database.close();
    throw e;
  }
  const replica = config.databaseReplicaUrl ? connect(config.databaseReplicaUrl, false, async () => {}) : null;
  return { config, log, clock, database, replica };
}

/** Closes the database (and stops the embedded server) once, on the first of SIGINT/SIGTERM or on demand. */
export function closeOnSignals(close: () => Promise<void>, log: Logger): void {
  let closing = false;
  const handler = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'đang dừng cchc (shutting down)');
    close().then(
      () => process.exit(0),
      (e: unknown) => {
        log.error({ err: e }, 'lỗi khi dừng');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => handler('SIGINT'));
  process.once('SIGTERM', () => handler('SIGTERM'));
}
