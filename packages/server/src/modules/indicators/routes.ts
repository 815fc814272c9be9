import { rolesFor } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import { SENDS_CACHED_BODY, sendCachedBody } from '../../http/cached-body.js';
import type { AppDeps } from '../../http/deps.js';
import { type AuthContext, authOf, requireCapability } from '../../http/policy.js';
import { registerRateLimit } from '../../http/rate-limit/register.js';
import { langFrom } from '../../i18n/messages.js';
import { configIn, configOut, loadIndicatorConfig, presentConfig } from './config.js';
import { periodNamed } from './load-input.js';
import { publicResultsCache } from './public-cache.js';
import { indicatorsRepository } from './repository.js';
import {
  entriesQuery,
  entryOut,
  membersOut,
  membersParams,
  membersQuery,
  publicationIn,
  publicationsOut,
  publicationsQuery,
  publicResultsOut,
  publicResultsParams,
  publicResultsQuery,
  reportOut,
  reportQuery,
  tableOut,
  tableQuery,
} from './schemas.js';
import { indicatorReport } from './use-cases/compute-report.js';
import { entryIn, listEntries, saveEntry } from './use-cases/entries.js';
import { indicatorDossiers } from './use-cases/indicator-dossiers.js';
import { processingTable, processingTableXlsx } from './use-cases/processing-table.js';
import { monthRevisions, publishMonth } from './use-cases/public-results.js';

const TAGS = ['indicators'];
const VIEW = { policy: { roles: rolesFor('indicators.view') } };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The tenant whose figures are read: the caller's own, or any ward of the city for a city admin. */
async function targetTenant(deps: AppDeps, auth: AuthContext, code: string | undefined) {
  const repo = indicatorsRepository(deps.db);
  if (code === undefined) {
    const own = await repo.tenantById(auth.tenantId);
    if (!own) throw new AppError('not_found');
    return own;
  }
  requireCapability(auth, 'city.view_all_tenants');
  const tenant = await repo.tenant(code);
  if (!tenant) throw new AppError('not_found');
  return tenant;
}

/** Decision 766 indicators, form II.06a, entered figures, the index's configuration, the public monthly results. */
export function indicatorRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await registerRateLimit(app, deps);
    const results = publicResultsCache(deps);

    app.get(
      '/indicators',
      { config: VIEW, schema: { tags: TAGS, querystring: reportQuery, response: { 200: reportOut } } },
      async (request) => {
        const { period, unitId, tenantCode } = request.query;
        const tenant = await targetTenant(deps, authOf(request), tenantCode);
        const report = await indicatorReport(deps.db, tenant.id, period, unitId, deps.clock.now());
        const { from, to } = periodNamed(period);
        return {
          ...report,
          period,
          from,
          to,
          tenant: { code: tenant.code, name: tenant.name },
          unitId: unitId ?? null,
        };
      },
    );

    app.get(
      '/indicators/:code/dossiers',
      {
        config: VIEW,
        schema: { tags: TAGS, params: membersParams, querystring: membersQuery, response: { 200: membersOut } },
      },
      async (request) => {
        const { period, unitId, tenantCode, part } = request.query;
        const tenant = await targetTenant(deps, authOf(request), tenantCode);
        const lang = langFrom(request.headers['accept-language']);
        periodNamed(period, lang);
        const query = { period, code: request.params.code, part, unitId, now: deps.clock.now(), lang };
        return indicatorDossiers(deps.db, tenant.id, query);
      },
    );

    app.get(
      '/indicators/publications',
      {
        config: VIEW,
        schema: { tags: TAGS, querystring: publicationsQuery, response: { 200: publicationsOut } },
      },
      async (request) => monthRevisions(deps.db, authOf(request).tenantId, request.query.month),
    );

    app.post(
      '/indicators/publications',
      {
        config: { policy: { roles: rolesFor('indicators.enter') } },
        schema: { tags: TAGS, body: publicationIn, response: { 200: publicationsOut } },
      },
      async (request) => {
        const auth = authOf(request);
        const tenant = await targetTenant(deps, auth, undefined);
        const context = { now: deps.clock.now(), reason: 'republished' as const, userId: auth.userId };
        await publishMonth(deps.db, tenant, request.body.month, context);
        return monthRevisions(deps.db, tenant.id, request.body.month);
      },
    );

    app.get(
      '/indicators/entries',
      { config: VIEW, schema: { tags: TAGS, querystring: entriesQuery, response: { 200: z.array(entryOut) } } },
      async (request) => listEntries(deps.db, authOf(request).tenantId, request.query.period),
    );

    app.put(
      '/indicators/entries',
      {
        config: { policy: { roles: rolesFor('indicators.enter') } },
        schema: { tags: TAGS, body: entryIn, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await saveEntry(deps.db, authOf(request), deps.clock.now(), request.body);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/indicators/config',
      { config: VIEW, schema: { tags: TAGS, response: { 200: configOut } } },
      async (request) => {
        const { config, source } = await loadIndicatorConfig(deps.db, authOf(request).tenantId);
        return { source, ...presentConfig(config) };
      },
    );

    app.put(
      '/indicators/config',
      {
        config: { policy: { roles: rolesFor('indicators.configure'), tenant: 'city' } },
        schema: { tags: TAGS, body: configIn, response: { 200: configOut } },
      },
      async (request) => {
        const auth = authOf(request);
        await indicatorsRepository(deps.db).saveConfig(auth.tenantId, request.body, auth.userId, deps.clock.now());
        const { config, source } = await loadIndicatorConfig(deps.db, auth.tenantId);
        return { source, ...presentConfig(config) };
      },
    );

    app.get(
      '/statistics/processing-table',
      { config: VIEW, schema: { tags: TAGS, querystring: tableQuery, response: { 200: tableOut } } },
      async (request) => {
        const tenant = await targetTenant(deps, authOf(request), request.query.tenantCode);
        return processingTable(deps.db, tenant.id, request.query.period, request.query.grouping);
      },
    );

    app.get(
      '/statistics/processing-table.xlsx',
      { config: VIEW, schema: { tags: TAGS, querystring: tableQuery } },
      async (request, reply) => {
        const tenant = await targetTenant(deps, authOf(request), request.query.tenantCode);
        const file = await processingTableXlsx(deps.db, tenant.id, request.query.period, request.query.grouping);
        return reply
          .type(XLSX)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .send(file.bytes);
      },
    );

    app.get(
      '/public/:tenantCode/results',
      {
        config: { policy: { public: true }, rateLimit: { max: 60, timeWindow: 60_000 } },
        ...SENDS_CACHED_BODY,
        schema: {
          tags: ['indicators (public)'],
          params: publicResultsParams,
          querystring: publicResultsQuery,
          response: { 200: publicResultsOut },
        },
      },
      async (request, reply) => {
        const { tenantCode } = request.params;
        const { month, revision } = request.query;
        const body = await results.body(tenantCode, month, deps.clock.now(), revision, request.readsOwnWrites);
        // Already validated against publicResultsOut when computed: sent as is.
        return sendCachedBody(request, reply, body);
      },
    );
  };
}
