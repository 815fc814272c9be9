import { vietnamDateOf } from '@cchc/domain';
import type pg from 'pg';
import type { Db } from '../../db/database.js';
import { unknownWardError } from '../../http/unknown-ward.js';
import { publicResultsOut } from './schemas.js';
import { monthlyResults } from './use-cases/public-results.js';

/** Entries kept per server: 114 wards × a few years of months, with room for revisions. */
const MAX_ENTRIES = 5000;

type Stamped = { tenantId: string; generation: string };

/**
 * The ward a public URL names and the stamp of its inputs (migration 0018): the newest of its own and the city's,
 * since the city's calendar and 766 configuration are every ward's defaults. One indexed query.
 */
const STAMP = {
  // Named, so each connection plans it once: it runs on every public results request.
  name: 'public-results-stamp',
  text: `SELECT t.id, t.kind,
                (SELECT max(p.generation) FROM public_inputs p
                  WHERE p.tenant_id = t.id OR p.tenant_id IN (SELECT c.id FROM tenants c WHERE c.kind = 'city'))::text
                  AS generation
           FROM tenants t WHERE t.code = $1`,
};

async function stampOf(pool: pg.Pool, tenantCode: string): Promise<Stamped | undefined> {
  const { rows } = await pool.query<{ id: string; kind: string; generation: string | null }>({
    ...STAMP,
    values: [tenantCode],
  });
  const row = rows[0];
  if (!row || row.kind === 'city') return undefined;
  return { tenantId: row.id, generation: row.generation ?? '0' };
}

/**
 * The monthly public results (`GET /public/:tenantCode/results`) served from results computed once per ward,
 * month and input stamp, as the JSON the route sends. The figures depend on `now` only through its Vietnam day
 * (the day open dossiers are judged at, DOMAIN §4), so the day is part of the key: a due day passing on the app
 * clock recomputes the running month. Closed months come from their frozen revisions (`monthlyResults`). Kept in
 * memory, checked against the database's stamp on every request, so several servers never serve stale figures.
 */
export function publicResultsCache(db: Db, pool: pg.Pool) {
  const entries = new Map<string, { generation: string; json: string }>();
  const computing = new Map<string, Promise<string>>();

  async function compute(key: string, stamp: Stamped, args: Parameters<typeof monthlyResults>): Promise<string> {
    const json = JSON.stringify(publicResultsOut.parse(await monthlyResults(...args)));
    entries.delete(key);
    entries.set(key, { generation: stamp.generation, json });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value ?? '');
    return json;
  }

  return {
    /** The response body of a ward's month (or its `revision`) at `now`; 404 as the route answers it. */
    async json(tenantCode: string, month: string, now: Date, revision?: number): Promise<string> {
      const stamp = await stampOf(pool, tenantCode);
      if (!stamp) throw unknownWardError();
      const key = `${stamp.tenantId}|${month}|${revision ?? ''}|${vietnamDateOf(now)}`;
      const cached = entries.get(key);
      if (cached?.generation === stamp.generation) return cached.json;
      // Parallel misses of one key share one computation; its stamp was read before the figures, so a write
      // that lands meanwhile makes the next request recompute rather than be lost.
      const flight = `${key}|${stamp.generation}`;
      const pending = computing.get(flight) ?? compute(key, stamp, [db, tenantCode, month, now, revision]);
      computing.set(flight, pending);
      try {
        return await pending;
      } finally {
        computing.delete(flight);
      }
    },
  };
}
