import { rolesFor } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { exportCitizenData } from './export.js';

const exportQuery = z
  .object({
    phone: z
      .string()
      .trim()
      .regex(/^[\d\s.+-]{8,20}$/)
      .optional(),
    idNumber: z
      .string()
      .trim()
      .regex(/^\d{9,12}$/)
      .optional(),
  })
  .refine((q) => q.phone !== undefined || q.idNumber !== undefined, {
    message: 'Cần số điện thoại hoặc số định danh (phone or idNumber required)',
    path: ['phone'],
  });

/** Decree 13: one citizen's data on request. */
export function personalDataRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/personal-data/export',
      {
        config: { policy: { roles: rolesFor('personal_data.export') } },
        schema: { tags: ['personal data'], querystring: exportQuery },
      },
      async (request) => exportCitizenData(deps.db, authOf(request), request.query, deps.clock.now()),
    );
  };
}
