// The task list served from a list computed once per ward, day, filter and stamp of the ward's inputs (migrations
// 0018, 0031 and 0034 stamp every table the list reads, in the writing transaction), as the public pages are:
// a ward's officers read the same list many times between two writes. A listed task shows no one's rights, so the
// list depends on the caller only through `mine` (their unit).
import { vietnamDateOf } from '@cchc/domain';
import { publicStampCache } from '../../db/public-stamp-cache.js';
import type { AppDeps } from '../../http/deps.js';
import type { AuthContext } from '../../http/policy.js';
import type { TaskListQuery } from './schemas.js';
import { listTasks } from './use-cases/read-tasks.js';

/** Lists kept per app server: every ward's list in a few filters, a ward's list being ~30 kB for its ~50 tasks. */
const MAX_LISTS = 2000;

/**
 * The task list's body for `auth` on `now`'s day (`readsOwnWrites`: the client sees what it wrote, on any server);
 * null for a tenant without a stamp of its own (the city), whose list is computed on each request.
 */
export function taskListCache(deps: Pick<AppDeps, 'db' | 'pool' | 'publicInputs'>) {
  const lists = publicStampCache(deps.pool, deps.publicInputs, { by: 'id', maxEntries: MAX_LISTS });
  return async (auth: AuthContext, now: Date, query: TaskListQuery, readsOwnWrites: boolean) => {
    const key = `tasks|${vietnamDateOf(now)}|${query.mine ? auth.unitId : ''}|${JSON.stringify(query)}`;
    const make = async () => JSON.stringify(await listTasks(deps.db, auth, now, query));
    return (await lists.body(auth.tenantId, key, make, readsOwnWrites)) ?? null;
  };
}
