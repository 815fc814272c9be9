import { rolesFor } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, readDb } from '../../http/deps.js';
import { langFrom } from '../../i18n/messages.js';
import { cityInboxRoutes } from './inbox-routes.js';
import { cityPortalRoutes } from './portal-routes.js';
import {
  overviewOut,
  overviewQuery,
  rankingsOut,
  rankingsQuery,
  seriesOut,
  seriesQuery,
  wardDetailOut,
  wardParams,
} from './schemas.js';
import { cityTaskRoutes } from './task-routes.js';
import { cityOverview } from './use-cases/overview.js';
import { overviewXlsx } from './use-cases/overview-xlsx.js';
import { cityRankings } from './use-cases/rankings.js';
import { wardDetail, wardSeries } from './use-cases/ward-detail.js';

const TAGS = ['city'];
const VIEW = { policy: { roles: rolesFor('city.view'), tenant: 'city' as const } };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The city view: every ward ranked in its block, the table's export, a ward's read-only drill-down. */
export function cityRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(cityInboxRoutes(deps));
    await app.register(cityTaskRoutes(deps));
    await app.register(cityPortalRoutes(deps));
    app.get(
      '/city/rankings',
      { config: VIEW, schema: { tags: TAGS, querystring: rankingsQuery, response: { 200: rankingsOut } } },
      async (request) => {
        const { period, measure } = request.query;
        return cityRankings(
          readDb(deps, request),
          measure,
          period,
          deps.clock.now(),
          langFrom(request.headers['accept-language']),
        );
      },
    );

    app.get(
      '/city/overview',
      { config: VIEW, schema: { tags: TAGS, querystring: overviewQuery, response: { 200: overviewOut } } },
      async (request) =>
        cityOverview(
          readDb(deps, request),
          request.query.period,
          deps.clock.now(),
          langFrom(request.headers['accept-language']),
        ),
    );

    app.get(
      '/city/overview.xlsx',
      { config: VIEW, schema: { tags: TAGS, querystring: overviewQuery } },
      async (request, reply) => {
        const overview = await cityOverview(readDb(deps, request), request.query.period, deps.clock.now(), 'vi');
        const file = await overviewXlsx(overview);
        return reply
          .type(XLSX)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .send(file.bytes);
      },
    );

    app.get(
      '/city/wards/:code',
      {
        config: VIEW,
        schema: { tags: TAGS, params: wardParams, querystring: overviewQuery, response: { 200: wardDetailOut } },
      },
      async (request) =>
        wardDetail(
          readDb(deps, request),
          request.params.code,
          request.query.period,
          deps.clock.now(),
          langFrom(request.headers['accept-language']),
        ),
    );

    app.get(
      '/city/wards/:code/series',
      {
        config: VIEW,
        schema: { tags: TAGS, params: wardParams, querystring: seriesQuery, response: { 200: seriesOut } },
      },
      async (request) =>
        wardSeries(
          readDb(deps, request),
          request.params.code,
          request.query.year,
          deps.clock.now(),
          langFrom(request.headers['accept-language']),
        ),
    );
  };
}
