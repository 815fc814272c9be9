import { lastFullMonth } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../http/deps.js';
import { registerRateLimit } from '../../http/rate-limit/register.js';
import { cityPublicPageOut, wardPortalOut } from './portal-schemas.js';
import { cityPublicPage, openData, openDataCsv, wardPortal } from './use-cases/portal.js';

const TAGS = ['city (public)'];
const PUBLIC = { policy: { public: true as const }, rateLimit: { max: 120, timeWindow: 60_000 } };
const tenantParams = z.object({ tenantCode: z.string().trim().min(1).max(60) });

/** Public pages (no login): each ward's portal and open data, the city's list of its wards with their scorecards. */
export function cityPortalRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await registerRateLimit(app, deps);

    app.get(
      '/public/:tenantCode/portal',
      { config: PUBLIC, schema: { tags: TAGS, params: tenantParams, response: { 200: wardPortalOut } } },
      async (request) => wardPortal(deps.db, request.params.tenantCode, deps.clock.now()),
    );

    app.get(
      '/public/:tenantCode/open-data.json',
      { config: PUBLIC, schema: { tags: TAGS, params: tenantParams } },
      async (request) => openData(deps.db, request.params.tenantCode, deps.clock.now()),
    );

    app.get(
      '/public/:tenantCode/open-data.csv',
      { config: PUBLIC, schema: { tags: TAGS, params: tenantParams } },
      async (request, reply) => {
        const data = await openData(deps.db, request.params.tenantCode, deps.clock.now());
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="du-lieu-mo-${data.ward.code}.csv"`)
          .send(openDataCsv(data));
      },
    );

    app.get(
      '/public/wards',
      {
        config: PUBLIC,
        schema: {
          tags: TAGS,
          querystring: z.object({
            month: z
              .string()
              .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Tháng theo dạng YYYY-MM' })
              .optional(),
          }),
          response: { 200: cityPublicPageOut },
        },
      },
      async (request) =>
        cityPublicPage(deps.db, request.query.month ?? lastFullMonth(deps.clock.now()), deps.clock.now()),
    );
  };
}
