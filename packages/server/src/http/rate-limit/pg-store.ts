import type { FastifyRateLimitOptions, FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Db } from '../../db/database.js';
import { countHit, dropEndedWindows } from './rate-limit-repository.js';

/** Windows are kept a day (the longest limit is 10 minutes), then deleted by the occasional sweep. */
const KEEP_MS = 24 * 60 * 60_000;
/** One count in this many runs also sweeps ended windows: no timer, no job, the table stays small. */
const SWEEP_EVERY = 1000;

/**
 * A @fastify/rate-limit store in PostgreSQL, so that behind N app servers an address gets the limit once, not N
 * times. Fixed windows (the library's local store slides the window from the first hit; a shared fixed window
 * needs no per-key start time). `continueExceeding` and `exponentialBackoff` are not used by cchc's routes.
 */
export function postgresRateLimitStore(db: Db): FastifyRateLimitStoreCtor {
  let runs = 0;
  class PostgresRateLimitStore implements FastifyRateLimitStore {
    constructor(
      _options: FastifyRateLimitOptions,
      private readonly prefix = '',
    ) {}

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow?: number,
    ): void {
      const windowMs = timeWindow ?? 60_000;
      runs = (runs + 1) % SWEEP_EVERY;
      const sweep = runs === 0 ? dropEndedWindows(db, KEEP_MS) : Promise.resolve();
      Promise.all([countHit(db, this.prefix + key, windowMs), sweep]).then(
        ([result]) => callback(null, result),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      // The library's types say route options; it passes the route's limit settings with the route as `routeInfo`.
      const route = (routeOptions as unknown as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
      return new PostgresRateLimitStore({}, `${this.prefix}${String(route?.method)} ${route?.url}|`);
    }
  }
  return PostgresRateLimitStore;
}
