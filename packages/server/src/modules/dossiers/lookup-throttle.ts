import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/**
 * Guessing the 4 phone digits of a dossier code is slowed per (code, address) and per address, never per code
 * alone: a stranger's wrong guesses must not lock the applicant out of their own dossier.
 */
export const LOOKUP_FAILURES_PER_CODE_AND_ADDRESS = 5;
export const LOOKUP_FAILURES_PER_ADDRESS = 30;
const WINDOW_MS = 15 * 60_000;

/**
 * Counts a lookup whose digits were compared (`matches`) and says whether it may answer: one statement
 * (`dossier_lookup_attempt`, migration 0028) under the address's advisory lock, so parallel guesses take turns at
 * the counter. A refused attempt is not counted; a wrong one is; a right one clears the pair's failures.
 */
export async function lookupAttemptAllowed(
  db: Db,
  attempt: { code: string; ip: string; now: Date; matches: boolean },
): Promise<boolean> {
  const { rows } = await sql<{ allowed: boolean }>`
    SELECT dossier_lookup_attempt(${attempt.code}, ${attempt.ip}, ${attempt.now}, ${attempt.matches},
             ${LOOKUP_FAILURES_PER_CODE_AND_ADDRESS}, ${LOOKUP_FAILURES_PER_ADDRESS},
             make_interval(secs => ${WINDOW_MS / 1000})) AS allowed`.execute(db);
  return rows[0]?.allowed === true;
}
