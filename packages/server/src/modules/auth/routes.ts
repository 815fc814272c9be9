import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { langFrom } from '../../i18n/messages.js';
import { orgRepository } from '../org/index.js';
import { changeOwnPassword, listOwnSessions, revokeOwnSession } from './account.js';
import { presentMe } from './presenter.js';
import { authRepository } from './repository.js';
import { loginBody, meResponse, passwordChange, sessionOut } from './schemas.js';
import { logIn, logOut } from './service.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

const ANY = { policy: { roles: 'any' as const } };
const TAGS = ['auth'];

export function authRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const repo = authRepository(deps.db);
  const org = orgRepository(deps.db);
  return async (app) => {
    app.post(
      '/auth/login',
      {
        config: { policy: { public: true } },
        schema: { tags: ['auth'], body: loginBody, response: { 204: z.null() } },
      },
      async (request, reply) => {
        const cookie = await logIn(repo, deps.clock, {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'],
          sessionDays: deps.config.sessionDays,
        });
        setSessionCookie(reply, request, deps.config, cookie.value);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/auth/logout',
      { config: { policy: { roles: 'any' } }, schema: { tags: ['auth'], response: { 204: z.null() } } },
      async (request, reply) => {
        await logOut(repo, authOf(request));
        clearSessionCookie(reply);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/auth/password',
      { config: ANY, schema: { tags: TAGS, body: passwordChange, response: { 204: z.null() } } },
      async (request, reply) => {
        const lang = langFrom(request.headers['accept-language']);
        await changeOwnPassword(deps.db, repo, authOf(request), { ...request.body, now: deps.clock.now(), lang });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/auth/sessions',
      { config: ANY, schema: { tags: TAGS, response: { 200: z.array(sessionOut) } } },
      async (request) => listOwnSessions(repo, authOf(request), deps.clock.now()),
    );

    app.delete(
      '/auth/sessions/:id',
      { config: ANY, schema: { tags: TAGS, params: z.object({ id: z.uuid() }), response: { 204: z.null() } } },
      async (request, reply) => {
        const lang = langFrom(request.headers['accept-language']);
        await revokeOwnSession(repo, authOf(request), request.params.id, lang);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/auth/me',
      { config: { policy: { roles: 'any' } }, schema: { tags: ['auth'], response: { 200: meResponse } } },
      async (request) => presentMe(authOf(request), await org.loadProfile(authOf(request))),
    );
  };
}
