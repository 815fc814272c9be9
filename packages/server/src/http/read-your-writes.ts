import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../modules/auth/session-cookie.js';
import type { AppDeps } from './deps.js';
import { currentWalLsn, replayedUpTo } from './read-your-writes-repository.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** This client wrote something the replica has not replayed yet: its replica reads go to the primary. */
    readsPrimary: boolean;
    /**
     * A signed-in client: the public pages' caches (db/public-stamp-cache.ts) make it wait, on whichever server it
     * reads from, until that server has heard every change committed before its request.
     */
    readonly readsOwnWrites: boolean;
  }
  interface FastifyContextConfig {
    /** A read sent as a POST (a lookup whose proof stays out of URLs): its answer is not a write's. */
    readOnly?: boolean;
  }
}

/** The primary's WAL position after the client's last write; carried by the client, so any app server sees it. */
export const WROTE_COOKIE = 'cchc_wrote';
const LSN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i;
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Beyond this a lagging replica is the operator's problem (health shows it), not a reason to keep a cookie. */
const KEEP_SECONDS = 600;

const wrote = (request: FastifyRequest, reply: FastifyReply) =>
  !READS.has(request.method) &&
  reply.statusCode < 400 &&
  request.url.startsWith('/api/') &&
  !request.routeOptions.config.readOnly;

/**
 * Read-your-writes over a lagging replica: after a successful write the answer carries the primary's WAL
 * position; while the replica has not replayed up to it, that client's replica reads (`readDb`) use the
 * primary. Once replayed the cookie is dropped, so only a client that just wrote pays a primary read.
 */
export function readYourWrites(app: FastifyInstance, deps: Pick<AppDeps, 'db' | 'replica' | 'publicInputs'>): void {
  app.decorateRequest('readsPrimary', false);
  app.decorateRequest('readsOwnWrites', {
    getter(this: FastifyRequest) {
      return this.cookies[SESSION_COOKIE] !== undefined;
    },
  });
  // A write's answer leaves once this server's listener heard what it committed: whoever reads this server next
  // (the writer, a citizen's fresh tab, a test) finds the public pages' caches invalidated.
  const listener = deps.publicInputs;
  if (listener) {
    app.addHook('onSend', (request, reply, payload, done) => {
      if (!wrote(request, reply)) return done(null, payload);
      void listener.caughtUp().then(() => done(null, payload));
    });
  }
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
    if (!wrote(request, reply)) return;
    const lsn = await currentWalLsn(deps.db);
    void reply.setCookie(WROTE_COOKIE, lsn, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: KEEP_SECONDS });
  });
}
