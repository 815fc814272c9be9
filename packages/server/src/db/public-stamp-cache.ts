import type pg from 'pg';

/** Entries kept per cache and server: 114 wards × a few years of months, with room for revisions and pages. */
const MAX_ENTRIES = 5000;

/** A ward a public URL names and the stamp of its inputs. */
export type WardStamp = { tenantId: string; generation: string };

/**
 * The ward a public URL names and the stamp of its inputs (migration 0018): the newest of its own and the city's,
 * since the city's calendar and 766 configuration are every ward's defaults. One indexed query; undefined for
 * an unknown code or the city.
 */
const STAMP = {
  // Named, so each connection plans it once: it runs on every cached public request.
  name: 'public-results-stamp',
  text: `SELECT t.id, t.kind,
                (SELECT max(p.generation) FROM public_inputs p
                  WHERE p.tenant_id = t.id OR p.tenant_id IN (SELECT c.id FROM tenants c WHERE c.kind = 'city'))::text
                  AS generation
           FROM tenants t WHERE t.code = $1`,
};

export async function wardStampOf(pool: pg.Pool, tenantCode: string): Promise<WardStamp | undefined> {
  const { rows } = await pool.query<{ id: string; kind: string; generation: string | null }>({
    ...STAMP,
    values: [tenantCode],
  });
  const row = rows[0];
  if (!row || row.kind === 'city') return undefined;
  return { tenantId: row.id, generation: row.generation ?? '0' };
}

/**
 * Stamp reads of one ward shared by the requests waiting for them: a request joins the read that has not started
 * yet, never one already running, so every request still sees a stamp read after it arrived (a write committed
 * before it is seen). Under load one read per ward is running and one waiting, instead of one per request.
 */
export function sharedStampReads(pool: pg.Pool): (tenantCode: string) => Promise<WardStamp | undefined> {
  const last = new Map<string, Promise<unknown>>();
  const waiting = new Map<string, Promise<WardStamp | undefined>>();
  return (tenantCode) => {
    const joined = waiting.get(tenantCode);
    if (joined) return joined;
    const start = () => {
      waiting.delete(tenantCode); // from here on, arrivals wait for the next read
      return wardStampOf(pool, tenantCode);
    };
    const read = (last.get(tenantCode) ?? Promise.resolve()).then(start, start);
    waiting.set(tenantCode, read);
    const done: Promise<unknown> = read.then(
      () => last.get(tenantCode) === done && last.delete(tenantCode),
      () => last.get(tenantCode) === done && last.delete(tenantCode),
    );
    last.set(tenantCode, done);
    return read;
  };
}

/**
 * Response bodies of public pages computed once per ward, key and input stamp. Kept in memory, checked against
 * the database's stamp on every request, so several servers never serve stale pages. Parallel misses of one key
 * share one computation; its stamp was read before the page, so a write that lands meanwhile makes the next
 * request recompute rather than be lost.
 */
export function publicStampCache(pool: pg.Pool) {
  const entries = new Map<string, { generation: string; json: Buffer }>();
  const computing = new Map<string, Promise<Buffer>>();
  const stampOf = sharedStampReads(pool);

  async function compute(key: string, stamp: WardStamp, make: (stamp: WardStamp) => Promise<string>) {
    // Encoded once: sending a Buffer spares Fastify measuring and encoding the same text on every request.
    const json = Buffer.from(await make(stamp));
    entries.delete(key);
    entries.set(key, { generation: stamp.generation, json });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value ?? '');
    return json;
  }

  return {
    /** The body (UTF-8 JSON) for `key` in the ward `tenantCode`; undefined for an unknown ward (the route's 404). */
    async json(
      tenantCode: string,
      key: string,
      make: (stamp: WardStamp) => Promise<string>,
    ): Promise<Buffer | undefined> {
      const stamp = await stampOf(tenantCode);
      if (!stamp) return undefined;
      const full = `${stamp.tenantId}|${key}`;
      const cached = entries.get(full);
      if (cached?.generation === stamp.generation) return cached.json;
      const flight = `${full}|${stamp.generation}`;
      const pending = computing.get(flight) ?? compute(full, stamp, make);
      computing.set(flight, pending);
      try {
        return await pending;
      } finally {
        computing.delete(flight);
      }
    },
  };
}
