import { rolesFor, vietnamDateOf } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, readDb } from '../../http/deps.js';
import { authOf, hasRole } from '../../http/policy.js';
import { requestContextOf } from '../../http/request-context.js';
import { consolidatedRoutes } from './consolidated-routes.js';
import { reportsRepository } from './repository.js';
import { periodsOut, remindersOut, settingsIn, settingsOut, yearQuery } from './schemas.js';
import { loadReportSettings } from './settings.js';
import { unitReportRoutes } from './unit-report-routes.js';
import { listReportPeriods } from './use-cases/read-periods.js';
import { updateReportSettings } from './use-cases/report-settings.js';

const TAGS = ['reports'];
const VIEW = { policy: { roles: rolesFor('reports.view') } };

/** Periodic PAR reports: periods, settings and reminders here; units' reports and the consolidated report beside. */
export function reportRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(unitReportRoutes(deps));
    await app.register(consolidatedRoutes(deps));

    app.get(
      '/reports/periods',
      { config: VIEW, schema: { tags: TAGS, querystring: yearQuery, response: { 200: periodsOut } } },
      async (request) =>
        listReportPeriods(readDb(deps, request), authOf(request), deps.clock.now(), request.query.year),
    );

    app.get(
      '/reports/settings',
      { config: VIEW, schema: { tags: TAGS, response: { 200: settingsOut } } },
      async (request) => loadReportSettings(deps.db, authOf(request).tenantId),
    );

    app.put(
      '/reports/settings',
      {
        config: { policy: { roles: rolesFor('reports.settings') } },
        schema: { tags: TAGS, body: settingsIn, response: { 200: settingsOut } },
      },
      async (request) => updateReportSettings(deps.db, requestContextOf(deps, request), request.body),
    );

    app.get(
      '/reports/reminders',
      { config: VIEW, schema: { tags: TAGS, response: { 200: remindersOut } } },
      async (request) => {
        const auth = authOf(request);
        const all = hasRole(auth, ...rolesFor('reports.view_all'));
        if (!all && !auth.unitId) return [];
        const today = vietnamDateOf(deps.clock.now());
        const rows = await reportsRepository(deps.db).remindersOn(
          auth.tenantId,
          today,
          all ? undefined : (auth.unitId ?? ''),
        );
        return rows.map((r) => ({ period: r.period, unitId: r.unit_id, kind: r.kind, due: r.due_date }));
      },
    );
  };
}
