import type { Db } from '../../db/database.js';
import { lookupFailuresRepository } from './lookup-failures-repository.js';

/**
 * Guessing the 4 phone digits of a dossier code is slowed per (code, address) and per address, never per code
 * alone: a stranger's wrong guesses must not lock the applicant out of their own dossier.
 */
export const LOOKUP_FAILURES_PER_CODE_AND_ADDRESS = 5;
export const LOOKUP_FAILURES_PER_ADDRESS = 30;
const WINDOW_MS = 15 * 60_000;

/** A counted lookup: its row stands as a failure unless {@link succeeded} takes it back. */
export interface LookupAttempt {
  allowed: boolean;
  succeeded(): Promise<void>;
}

/**
 * Counts a lookup before the digits are compared, under the address's advisory lock, so parallel guesses take
 * turns at the counter. A refused attempt is not counted (it compared nothing).
 */
export async function beginLookupAttempt(db: Db, code: string, ip: string, now: Date): Promise<LookupAttempt> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const id = await db.transaction().execute(async (trx) => {
    const failures = lookupFailuresRepository(trx);
    await failures.skipDiskWait();
    await failures.lockAddress(ip);
    const row = await failures.counts(code, ip, since);
    if (Number(row.byPair) >= LOOKUP_FAILURES_PER_CODE_AND_ADDRESS) return null;
    if (Number(row.byAddress) >= LOOKUP_FAILURES_PER_ADDRESS) return null;
    return failures.insert(code, ip, now);
  });
  return {
    allowed: id !== null,
    succeeded: async () => {
      if (id === null) return;
      await db.transaction().execute(async (trx) => {
        const failures = lookupFailuresRepository(trx);
        await failures.skipDiskWait();
        await failures.clearPair(id, code, ip);
      });
    },
  };
}
