import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** The SQL of the public lookup's throttle (`lookup-throttle.ts`). */
export function lookupFailuresRepository(db: Db) {
  return {
    /**
     * Counts one compared lookup and says whether it may answer, in one statement (`dossier_lookup_attempt`,
     * migration 0028) under the address's advisory lock.
     */
    attempt: async (
      attempt: { code: string; ip: string; now: Date; matches: boolean },
      limits: { perPair: number; perAddress: number; windowSeconds: number },
    ): Promise<boolean> => {
      const { rows } = await sql<{ allowed: boolean }>`
        SELECT dossier_lookup_attempt(${attempt.code}, ${attempt.ip}, ${attempt.now}, ${attempt.matches},
                 ${limits.perPair}, ${limits.perAddress}, make_interval(secs => ${limits.windowSeconds})) AS allowed`.execute(
        db,
      );
      return rows[0]?.allowed === true;
    },
  };
}
