import type { FastifyRequest } from 'fastify';
import { type Lang, langFrom } from '../i18n/messages.js';
import type { AppDeps } from './deps.js';
import { type AuthContext, authOf } from './policy.js';

// What a request carries, declared once: the session's user (app.ts's auth hook) or the feed's API key
// (modules/feed's hook); null on requests without one.
declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
    feedKey: { id: string; wardIds: string[] | null } | null;
  }
}

/** Who acts, when and in which language: what a route hands a use case, in every module. */
export interface RequestContext {
  auth: AuthContext;
  now: Date;
  lang: Lang;
}

/** A logged-in request's context: its user, the app's clock (CCHC_NOW) and its Accept-Language. */
export const requestContextOf = (deps: Pick<AppDeps, 'clock'>, request: FastifyRequest): RequestContext => ({
  auth: authOf(request),
  now: deps.clock.now(),
  lang: langFrom(request.headers['accept-language']),
});

/** Who acts where the console acts too (no session: `userId` null), when, and in which language. */
export interface Actor {
  userId: string | null;
  now: Date;
  lang: Lang;
}

/** A logged-in request's actor: its user's id, the app's clock, its Accept-Language. */
export const requestActorOf = (deps: Pick<AppDeps, 'clock'>, request: FastifyRequest): Actor => {
  const { auth, now, lang } = requestContextOf(deps, request);
  return { userId: auth.userId, now, lang };
};
