import { lastFullMonth, vietnamDateOf } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicStampCache } from '../../db/public-stamp-cache.js';
import { AppError } from '../../errors.js';
import { SENDS_CACHED_BODY, sendCachedBody } from '../../http/cached-body.js';
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
    // The portal cached per ward, day and input stamp (plans, tasks, evidence since migration 0031; the results,
    // feedback and procedures it shows were stamped already): it depends on `now` only through the Vietnam day.
    const portals = publicStampCache(deps.pool, deps.publicInputs);

    app.get(
      '/public/:tenantCode/portal',
      {
        config: PUBLIC,
        ...SENDS_CACHED_BODY,
        schema: { tags: TAGS, params: tenantParams, response: { 200: wardPortalOut } },
      },
      async (request, reply) => {
        const { tenantCode } = request.params;
        const now = deps.clock.now();
        const body = await portals.body(
          tenantCode,
          `portal|${vietnamDateOf(now)}`,
          async () => JSON.stringify(wardPortalOut.parse(await wardPortal(deps.db, tenantCode, now))),
          request.readsOwnWrites,
        );
        if (body === undefined) throw new AppError('not_found');
        // Already validated against wardPortalOut when computed: sent as is.
        return sendCachedBody(request, reply, body);
      },
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
