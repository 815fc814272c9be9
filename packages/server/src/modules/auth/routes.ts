import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { orgRepository } from '../org/repository.js';
import { presentMe } from './presenter.js';
import { authRepository } from './repository.js';
import { loginBody, meResponse } from './schemas.js';
import { logIn, logOut } from './service.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

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

    app.get(
      '/auth/me',
      { config: { policy: { roles: 'any' } }, schema: { tags: ['auth'], response: { 200: meResponse } } },
      async (request) => presentMe(authOf(request), await org.loadProfile(authOf(request))),
    );
  };
}
