import type pg from 'pg';
import { type CachedBody, cachedBody } from '../http/cached-body.js';
import type { PublicInputsListener } from './public-inputs-listener.js';

/** Entries kept per cache and server by default: 114 wards × a few years of months, with room for revisions and pages. */
const MAX_ENTRIES = 5000;

/** A ward a public URL names and the stamp of its inputs. */
export type WardStamp = { tenantId: string; generation: string };

/** How a cache's callers name the ward: by its code (a public URL) or by its id (a signed-in user's tenant). */
export type WardKey = 'code' | 'id';

/**
 * The ward a public URL (or a session) names and the stamp of its inputs (migration 0018): the newest of its own
 * and the city's, since the city's calendar and 766 configuration are every ward's defaults. One indexed query;
 * undefined for an unknown ward or the city.
 */
const stampQuery = (by: WardKey) => ({
  // Named, so each connection plans it once: it runs on every cached public request.
  name: `public-results-stamp-by-${by}`,
  text: `SELECT t.id, t.kind,
                (SELECT max(p.generation) FROM public_inputs p
                  WHERE p.tenant_id = t.id OR p.tenant_id IN (SELECT c.id FROM tenants c WHERE c.kind = 'city'))::text
                  AS generation
           FROM tenants t WHERE ${by === 'code' ? 't.code = $1' : 't.id = $1::uuid'}`,
});
const STAMP = { code: stampQuery('code'), id: stampQuery('id') };

export async function wardStampOf(pool: pg.Pool, ward: string, by: WardKey = 'code'): Promise<WardStamp | undefined> {
  const { rows } = await pool.query<{ id: string; kind: string; generation: string | null }>({
    ...STAMP[by],
    values: [ward],
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
export function sharedStampReads(
  pool: pg.Pool,
  by: WardKey = 'code',
): (ward: string) => Promise<WardStamp | undefined> {
  const last = new Map<string, Promise<unknown>>();
  const waiting = new Map<string, Promise<WardStamp | undefined>>();
  return (ward) => {
    const joined = waiting.get(ward);
    if (joined) return joined;
    const start = () => {
      waiting.delete(ward); // from here on, arrivals wait for the next read
      return wardStampOf(pool, ward, by);
    };
    const read = (last.get(ward) ?? Promise.resolve()).then(start, start);
    waiting.set(ward, read);
    const done: Promise<unknown> = read.then(
      () => last.get(ward) === done && last.delete(ward),
      () => last.get(ward) === done && last.delete(ward),
    );
    last.set(ward, done);
    return read;
  };
}

type Entry = { tenantId: string; generation: string; heardAt: number | undefined; body: CachedBody };

/**
 * Response bodies of public pages computed once per ward, key and inputs. Kept in memory; several servers never
 * serve stale pages. While `listener` listens (db/public-inputs-listener.ts), an entry is valid until a
 * notification for its ward or the city arrives, and a request costs no query: a change shows on every server as
 * soon as its notification is heard (at commit). A write's answer waits until its server heard it, and a signed-in
 * client's read waits for the listener to catch up with what was committed before it (one round trip, shared),
 * so both read their own writes (http/read-your-writes.ts).
 * Otherwise each request reads the ward's stamp (one indexed query) and the entry is valid while the stamp is the
 * one it was computed under.
 * Parallel misses of one key share one computation; its stamp (or listener position) was taken before the page, so a
 * write that lands meanwhile makes the next request recompute rather than be lost.
 */
export function publicStampCache(
  pool: pg.Pool,
  listener?: PublicInputsListener,
  { by = 'code', maxEntries = MAX_ENTRIES }: { by?: WardKey; maxEntries?: number } = {},
) {
  // Keyed by the ward as its callers name it (a public URL's code): a renamed ward's notification invalidates its
  // entries.
  const entries = new Map<string, Entry>();
  const computing = new Map<string, { heardAt: number | undefined; page: Promise<CachedBody | undefined> }>();
  const stampOf = sharedStampReads(pool, by);

  function store(key: string, entry: Entry) {
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value ?? '');
  }

  async function compute(
    key: string,
    known: WardStamp | undefined,
    ward: string,
    heardAt: number | undefined,
    make: (stamp: WardStamp) => Promise<string>,
  ): Promise<CachedBody | undefined> {
    const stamp = known ?? (await stampOf(ward));
    if (!stamp) return undefined;
    // Encoded once (and compressed once per encoding asked): Fastify sends the same bytes on every request.
    const body = cachedBody(Buffer.from(await make(stamp)));
    store(key, { tenantId: stamp.tenantId, generation: stamp.generation, heardAt, body });
    return body;
  }

  /** One computation per key at a time, joined by requests for which it is current. */
  async function shared(
    flight: string,
    current: (pending: { heardAt: number | undefined }) => boolean,
    start: () => Promise<CachedBody | undefined>,
    heardAt: number | undefined,
  ) {
    const joined = computing.get(flight);
    if (joined && current(joined)) return joined.page;
    const page = start();
    const mine = { heardAt, page };
    computing.set(flight, mine);
    try {
      return await page;
    } finally {
      if (computing.get(flight) === mine) computing.delete(flight);
    }
  }

  return {
    /** The body (UTF-8 JSON) for `key` in `ward` (its code or id, as the cache was made); undefined for an unknown ward (the route's 404).
     * Sent by `sendCachedBody` (http/cached-body.ts).
     * `readsOwnWrites`: a signed-in client (http/read-your-writes.ts), who must see what it wrote on any server.
     */
    async body(
      ward: string,
      key: string,
      make: (stamp: WardStamp) => Promise<string>,
      readsOwnWrites = false,
    ): Promise<CachedBody | undefined> {
      const full = `${ward}|${key}`;
      const heardAt = readsOwnWrites ? await listener?.caughtUp() : listener?.heard();
      if (listener && heardAt !== undefined) {
        const cached = entries.get(full);
        if (cached?.heardAt !== undefined && !listener.changedSince(cached.tenantId, cached.heardAt))
          return cached.body;
        // A computation started at an earlier position serves this request too if nothing was heard since.
        return shared(
          full,
          (pending) => pending.heardAt !== undefined && !listener.anyChangeSince(pending.heardAt),
          () => compute(full, undefined, ward, heardAt, make),
          heardAt,
        );
      }
      const stamp = await stampOf(ward);
      if (!stamp) return undefined;
      const cached = entries.get(full);
      if (cached?.tenantId === stamp.tenantId && cached.generation === stamp.generation) return cached.body;
      return shared(
        `${full}|${stamp.tenantId}|${stamp.generation}`,
        () => true,
        () => compute(full, stamp, ward, undefined, make),
        undefined,
      );
    },
  };
}
