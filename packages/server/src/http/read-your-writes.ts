import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './deps.js';
import { currentWalLsn, replayedUpTo } from './read-your-writes-repository.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** This client wrote something the replica has not replayed yet: its replica reads go to the primary. */
    readsPrimary: boolean;
  }
}

/** The primary's WAL position after the client's last write; carried by the client, so any app server sees it. */
export const WROTE_COOKIE = 'cchc_wrote';
const LSN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i;
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Beyond this a lagging replica is the operator's problem (health shows it), not a reason to keep a cookie. */
const KEEP_SECONDS = 600;

/**
 * Read-your-writes over a lagging replica: after a successful write the answer carries the primary's WAL
 * position; while the replica has not replayed up to it, that client's replica reads (`readDb`) use the
 * primary. Once replayed the cookie is dropped, so only a client that just wrote pays a primary read.
 */
export function readYourWrites(app: FastifyInstance, deps: Pick<AppDeps, 'db' | 'replica'>): void {
  app.decorateRequest('readsPrimary', false);
  const replica = deps.replica;
  if (!replica) return;
  app.addHook('onRequest', async (request, reply) => {
    const lsn = request.cookies[WROTE_COOKIE];
    if (!lsn || !request.url.startsWith('/api/')) return;
    const replayed = LSN.test(lsn) && (await replayedUpTo(replica.db, lsn).catch(() => false));
    if (replayed || !LSN.test(lsn)) void reply.clearCookie(WROTE_COOKIE, { path: '/' });
    else request.readsPrimary = true;
  });
  app.addHook('onSend', async (request, reply) => {
    if (READS.has(request.method) || reply.statusCode >= 400 || !request.url.startsWith('/api/')) return;
    const lsn = await currentWalLsn(deps.db);
    void reply.setCookie(WROTE_COOKIE, lsn, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: KEEP_SECONDS });
  });
}
