import { rolesFor } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../http/deps.js';
import { authOf, requireCapability } from '../../http/policy.js';
import { presentUnit } from './presenter.js';
import { orgRepository, unitOfTenant } from './repository.js';
import { idParams, unitOut, unitPatch } from './schemas.js';
import { updateUnit } from './use-cases/update-unit.js';
import { userRoutes } from './user-routes.js';

export function orgRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const repo = orgRepository(deps.db);
  return async (app) => {
    app.get(
      '/units',
      {
        config: { policy: { roles: rolesFor('org.view') } },
        schema: { tags: ['org'], response: { 200: z.array(unitOut) } },
      },
      async (request) => (await repo.listUnits(authOf(request).tenantId)).map(presentUnit),
    );

    app.get(
      '/units/:id',
      {
        config: { policy: { roles: rolesFor('org.view') } },
        schema: { tags: ['org'], params: idParams, response: { 200: unitOut } },
      },
      async (request) => presentUnit(await unitOfTenant(repo, authOf(request).tenantId, request.params.id)),
    );

    app.patch(
      '/units/:id',
      {
        config: { policy: { roles: 'any' } },
        schema: { tags: ['org'], params: idParams, body: unitPatch, response: { 200: unitOut } },
      },
      async (request) => {
        const auth = authOf(request);
        // Existence first, then the right: another tenant's unit answers 404, one's own without the right 403.
        await unitOfTenant(repo, auth.tenantId, request.params.id);
        requireCapability(auth, 'org.manage_units');
        return updateUnit(deps.db, auth, request.params.id, request.body, deps.clock.now());
      },
    );

    await app.register(userRoutes(deps));
  };
}
