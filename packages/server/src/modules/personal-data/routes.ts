import { rolesFor } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { exportCitizenData } from './export.js';
import { citizenExportOut, citizenKey } from './schemas.js';

/** Decree 13: one citizen's data on request. */
export function personalDataRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/personal-data/export',
      {
        config: { policy: { roles: rolesFor('personal_data.export') } },
        schema: { tags: ['personal data'], querystring: citizenKey, response: { 200: citizenExportOut } },
      },
      async (request) => {
        const auth = authOf(request);
        const who = { tenantId: auth.tenantId, actorUserId: auth.userId };
        return exportCitizenData(deps.db, who, request.query, deps.clock.now());
      },
    );
  };
}
