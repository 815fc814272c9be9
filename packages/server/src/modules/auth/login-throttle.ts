import type { Db } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { loginFailuresRepository } from './login-failures-repository.js';

/**
 * Password guessing is slowed per (account, address) and per address, never per account alone: a stranger's
 * wrong guesses from one address do not lock the owner out from another.
 *
 * - Per (account, address): {@link LOGIN_FREE_FAILURES} failures are free; after that each attempt waits
 *   1 s, 2 s, 4 s… after the last failure, at most {@link LOGIN_MAX_DELAY_MS}. The owner who mistyped waits seconds.
 * - Per address: {@link LOGIN_MAX_FAILURES_PER_ADDRESS} failures in {@link LOGIN_WINDOW_MINUTES} minutes stop
 *   that address (a ward office shares one public address, hence the higher number).
 *
 * The attempt is counted before the password is checked, inside a transaction holding the address's advisory
 * lock: 40 parallel guesses take turns at the counter, so only the free ones reach the password check.
 */
export const LOGIN_FREE_FAILURES = 5;
export const LOGIN_MAX_DELAY_MS = 4_000;
export const LOGIN_MAX_FAILURES_PER_ADDRESS = 30;
export const LOGIN_WINDOW_MINUTES = 15;

/** The wait after `failures` failures of one (account, address), in milliseconds: 0 while they are free. */
export function loginDelayMs(failures: number): number {
  if (failures < LOGIN_FREE_FAILURES) return 0;
  return Math.min(1_000 * 2 ** (failures - LOGIN_FREE_FAILURES), LOGIN_MAX_DELAY_MS);
}

/** A counted attempt: its row is the failure unless {@link succeeded} takes it back. */
export interface LoginAttempt {
  succeeded(): Promise<void>;
}

/** Counts an attempt or refuses it (429, with the seconds to wait) before any password is checked. */
export async function beginLoginAttempt(db: Db, username: string, ip: string, now: Date): Promise<LoginAttempt> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  const id = await db.transaction().execute(async (trx) => {
    const failures = loginFailuresRepository(trx);
    await failures.lockAddress(ip);
    const row = await failures.counts(username, ip, since);
    const waitMs = waitOf(Number(row.byPair), row.lastPair as Date | null, Number(row.byAddress), now);
    if (waitMs > 0) throw new AppError('too_many_requests');
    return failures.insert(username, ip, now);
  });
  return {
    // A success clears this pair's failures only: other addresses' guesses at the account stay counted.
    succeeded: async () => {
      await loginFailuresRepository(db).clearPair(id, username, ip);
    },
  };
}

function waitOf(byPair: number, lastPair: Date | null, byAddress: number, now: Date): number {
  if (byAddress >= LOGIN_MAX_FAILURES_PER_ADDRESS) return 60_000;
  const delay = loginDelayMs(byPair);
  if (!lastPair || delay === 0) return 0;
  return Math.max(0, lastPair.getTime() + delay - now.getTime());
}
