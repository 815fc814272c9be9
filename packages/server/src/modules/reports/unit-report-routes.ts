import { rolesFor } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps.js';
import { requestContextOf } from '../../http/request-context.js';
import {
  acceptIn,
  codeParams,
  returnIn,
  saveUnitIn,
  submitUnitIn,
  unitParams,
  unitReportOut,
  unitReportsOut,
} from './schemas.js';
import { changeUnitReport, type UnitReportCommand } from './use-cases/change-unit-report.js';
import { listUnitReports, readUnitReport } from './use-cases/read-unit-reports.js';

const TAGS = ['reports'];
const VIEW = { policy: { roles: rolesFor('reports.view') } };
const SUBMIT = { policy: { roles: rolesFor('reports.submit') } };
const REVIEW = { policy: { roles: rolesFor('reports.review') } };

/** The units' reports of a period: the list, one unit's form, saving, submitting, returning and accepting. */
export function unitReportRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/reports/periods/:code/units',
      { config: VIEW, schema: { tags: TAGS, params: codeParams, response: { 200: unitReportsOut } } },
      async (request) => {
        const c = requestContextOf(deps, request);
        return listUnitReports(deps.db, c.auth, c.now, request.params.code, c.lang);
      },
    );

    app.get(
      '/reports/periods/:code/units/:unitId',
      { config: VIEW, schema: { tags: TAGS, params: unitParams, response: { 200: unitReportOut } } },
      async (request) => {
        const c = requestContextOf(deps, request);
        return readUnitReport(deps.db, c.auth, c.now, request.params.code, request.params.unitId, c.lang);
      },
    );

    /** Runs one command on a unit's report and answers with the form as it now stands. */
    const act = async (
      request: Parameters<typeof requestContextOf>[1],
      params: { code: string; unitId: string },
      command: UnitReportCommand,
    ) => {
      const c = requestContextOf(deps, request);
      await changeUnitReport(deps.db, c, params.code, params.unitId, command);
      return readUnitReport(deps.db, c.auth, c.now, params.code, params.unitId, c.lang);
    };

    app.put(
      '/reports/periods/:code/units/:unitId',
      {
        config: SUBMIT,
        schema: { tags: TAGS, params: unitParams, body: saveUnitIn, response: { 200: unitReportOut } },
      },
      async (request) => act(request, request.params, { action: 'save', content: request.body.content }),
    );

    app.post(
      '/reports/periods/:code/units/:unitId/submit',
      {
        config: SUBMIT,
        schema: { tags: TAGS, params: unitParams, body: submitUnitIn, response: { 200: unitReportOut } },
      },
      async (request) =>
        act(request, request.params, {
          action: 'submit',
          content: request.body.content,
          confirmed: request.body.confirm === true,
        }),
    );

    app.post(
      '/reports/periods/:code/units/:unitId/return',
      { config: REVIEW, schema: { tags: TAGS, params: unitParams, body: returnIn, response: { 200: unitReportOut } } },
      async (request) => act(request, request.params, { action: 'return', comment: request.body.comment }),
    );

    app.post(
      '/reports/periods/:code/units/:unitId/accept',
      { config: REVIEW, schema: { tags: TAGS, params: unitParams, body: acceptIn, response: { 200: unitReportOut } } },
      async (request) => act(request, request.params, { action: 'accept', comment: request.body.comment }),
    );
  };
}
