import { vietnamDateOf } from '@cchc/domain';
import { publicStampCache } from '../../db/public-stamp-cache.js';
import type { AppDeps } from '../../http/deps.js';
import { unknownWardError } from '../../http/unknown-ward.js';
import { publicResultsOut } from './schemas.js';
import { monthlyResults } from './use-cases/public-results.js';

/**
 * The monthly public results (`GET /public/:tenantCode/results`) served from results computed once per ward,
 * month and input stamp (db/public-stamp-cache.ts), as the JSON the route sends (http/cached-body.ts). The figures depend on `now` only
 * through its Vietnam day (the day open dossiers are judged at, docs/DOMAIN.md §4), so the day is part of the key: a due
 * day passing on the app clock recomputes the running month. Closed months come from their frozen revisions.
 */
export function publicResultsCache({ db, pool, publicInputs }: Pick<AppDeps, 'db' | 'pool' | 'publicInputs'>) {
  const cache = publicStampCache(pool, publicInputs);
  return {
    /**
     * The response body of a ward's month (or its `revision`) at `now`; 404 as the route answers it.
     * `readsOwnWrites`: a signed-in client, who must see its own writes (db/public-stamp-cache.ts).
     */
    async body(tenantCode: string, month: string, now: Date, revision?: number, readsOwnWrites = false) {
      const body = await cache.body(
        tenantCode,
        `${month}|${revision ?? ''}|${vietnamDateOf(now)}`,
        async () => JSON.stringify(publicResultsOut.parse(await monthlyResults(db, tenantCode, month, now, revision))),
        readsOwnWrites,
      );
      if (body === undefined) throw unknownWardError();
      return body;
    },
  };
}
