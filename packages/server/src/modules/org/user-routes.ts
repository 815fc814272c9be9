import { rolesFor } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../http/deps.js';
import { type AuthContext, authOf } from '../../http/policy.js';
import { langFrom } from '../../i18n/messages.js';
import { type Lang, orgMessage } from './messages.js';
import { presentUser } from './presenter.js';
import { orgRepository } from './repository.js';
import { idParams, passwordReset, userCreate, userOut, userPatch, usersQuery } from './schemas.js';
import { createUser } from './use-cases/create-user.js';
import { resetPassword, revokeUserSessions, updateUser } from './use-cases/manage-user.js';

const MANAGE = { policy: { roles: rolesFor('org.manage_users') } };
const TAGS = ['org'];

/**
 * The tenant a user route works in: the caller's own, or (city admin only) a ward of the city named by its code.
 * Grant rules themselves are checked in the use cases.
 */
async function tenantOf(deps: AppDeps, auth: AuthContext, code: string | undefined, lang: Lang): Promise<string> {
  if (code === undefined) return auth.tenantId;
  const tenant = await orgRepository(deps.db).findTenantByCode(code);
  if (!tenant) throw orgMessage.error('not_found', 'no_such_tenant', lang);
  if (tenant.id === auth.tenantId) return tenant.id;
  const cityAdmin = auth.tenantKind === 'city' && auth.roles.includes('city_admin');
  if (!cityAdmin || tenant.parent_id !== auth.tenantId) throw orgMessage.error('forbidden', 'other_tenant', lang);
  return tenant.id;
}

/** Accounts: list, create, edit (roles, unit, deactivation), an admin's password reset and session revocation. */
export function userRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const repo = orgRepository(deps.db);
  return async (app) => {
    app.get(
      '/users',
      { config: MANAGE, schema: { tags: TAGS, querystring: usersQuery, response: { 200: z.array(userOut) } } },
      async (request) => {
        const auth = authOf(request);
        const tenantId = await tenantOf(
          deps,
          auth,
          request.query.tenantCode,
          langFrom(request.headers['accept-language']),
        );
        return (await repo.listUsers(tenantId)).map(presentUser);
      },
    );

    app.post(
      '/users',
      { config: MANAGE, schema: { tags: TAGS, body: userCreate, response: { 201: z.object({ id: z.uuid() }) } } },
      async (request, reply) => {
        const auth = authOf(request);
        const lang = langFrom(request.headers['accept-language']);
        const { tenantCode, ...body } = request.body;
        const created = await createUser(deps.db, {
          ...body,
          tenantId: await tenantOf(deps, auth, tenantCode, lang),
          actorUserId: auth.userId,
          granter: auth,
          now: deps.clock.now(),
          lang,
        });
        return reply.status(201).send(created);
      },
    );

    app.patch(
      '/users/:id',
      { config: MANAGE, schema: { tags: TAGS, params: idParams, body: userPatch, response: { 200: userOut } } },
      async (request) =>
        updateUser(
          deps.db,
          authOf(request),
          request.params.id,
          request.body,
          deps.clock.now(),
          langFrom(request.headers['accept-language']),
        ),
    );

    app.post(
      '/users/:id/password',
      { config: MANAGE, schema: { tags: TAGS, params: idParams, body: passwordReset, response: { 204: z.null() } } },
      async (request, reply) => {
        const lang = langFrom(request.headers['accept-language']);
        await resetPassword(deps.db, authOf(request), request.params.id, request.body.password, deps.clock.now(), lang);
        return reply.status(204).send(null);
      },
    );

    app.delete(
      '/users/:id/sessions',
      { config: MANAGE, schema: { tags: TAGS, params: idParams, response: { 204: z.null() } } },
      async (request, reply) => {
        const lang = langFrom(request.headers['accept-language']);
        await revokeUserSessions(deps.db, authOf(request), request.params.id, deps.clock.now(), lang);
        return reply.status(204).send(null);
      },
    );
  };
}
