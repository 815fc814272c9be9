import { rolesFor, vietnamDateOf } from '@cchc/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { AppDeps } from '../../http/deps.js';
import { type AuthContext, authOf, hasRole, requireCapability } from '../../http/policy.js';
import { langFrom } from '../../i18n/messages.js';
import { presentPlan, presentPlanSummary, presentPreview, presentVersion, presentVersionSummary } from './presenter.js';
import { decodeUpload, PLAN_UPLOAD_BODY_LIMIT } from './readers/plan-file.js';
import { planRepository } from './repository.js';
import {
  currentQuery,
  decisionIn,
  decisionOut,
  type ImportIn,
  importIn,
  importOut,
  planOut,
  planParams,
  planSummaryOut,
  previewOut,
  rejectIn,
  versionOut,
  versionParams,
  versionSummaryOut,
} from './schemas.js';
import { confirmImport } from './use-cases/confirm-import.js';
import { decideAmendment } from './use-cases/decide-amendment.js';
import { exportPlanXlsx } from './use-cases/export-plan.js';
import { markPlanInUse } from './use-cases/mark-in-use.js';
import { previewImport } from './use-cases/preview-import.js';
import { findCurrentPlan, listVersions, loadPlanView, loadVersion, planOfTenant } from './use-cases/read-plan.js';

const TAGS = ['plans'];
const VIEW = { policy: { roles: rolesFor('plan.view') } };
const IMPORT = { policy: { roles: rolesFor('plan.import') } };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The plan of the year: reading it, importing documents, putting it in use, deciding amendments, exporting. */
export function planRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const context = (request: FastifyRequest) => ({
    now: deps.clock.now(),
    lang: langFrom(request.headers['accept-language']),
  });
  const actor = (auth: AuthContext) => ({ tenantId: auth.tenantId, userId: auth.userId });
  const upload = (request: FastifyRequest<{ Body: ImportIn }>) => ({
    ...request.body,
    bytes: decodeUpload(request.body.contentBase64, context(request).lang),
  });
  const planJson = async (auth: AuthContext, planId: string) =>
    presentPlan(await loadPlanView(deps.db, auth.tenantId, planId), {
      import: hasRole(auth, ...rolesFor('plan.import')),
      markInUse: hasRole(auth, ...rolesFor('plan.import')),
      approveAmendment: hasRole(auth, ...rolesFor('plan.approve_amendment')),
    });

  return async (app) => {
    app.get(
      '/plans',
      { config: VIEW, schema: { tags: TAGS, response: { 200: z.array(planSummaryOut) } } },
      async (request) => (await planRepository(deps.db).listPlans(authOf(request).tenantId)).map(presentPlanSummary),
    );

    app.get(
      '/plans/current',
      { config: VIEW, schema: { tags: TAGS, querystring: currentQuery, response: { 200: planOut } } },
      async (request) => {
        const auth = authOf(request);
        // The year in Vietnam (UTC+7): on the evening of 31/12 UTC it is already the new year there.
        const year = request.query.year ?? Number(vietnamDateOf(deps.clock.now()).slice(0, 4));
        const plan = await findCurrentPlan(deps.db, auth.tenantId, year);
        if (!plan) throw new AppError('not_found');
        return planJson(auth, plan.id);
      },
    );

    app.get(
      '/plans/:id',
      { config: VIEW, schema: { tags: TAGS, params: planParams, response: { 200: planOut } } },
      async (request) => planJson(authOf(request), request.params.id),
    );

    app.get(
      '/plans/:id/versions',
      { config: VIEW, schema: { tags: TAGS, params: planParams, response: { 200: z.array(versionSummaryOut) } } },
      async (request) => {
        const { versions, userNames } = await listVersions(deps.db, authOf(request).tenantId, request.params.id);
        return versions.map((v) => presentVersionSummary(v, userNames));
      },
    );

    app.get(
      '/plans/:id/versions/:version',
      { config: VIEW, schema: { tags: TAGS, params: versionParams, response: { 200: versionOut } } },
      async (request) => {
        const { id, version } = request.params;
        const { row, userNames } = await loadVersion(deps.db, authOf(request).tenantId, id, version);
        return presentVersion(row, userNames, context(request).lang);
      },
    );

    app.get(
      '/plans/:id/export.xlsx',
      { config: VIEW, schema: { tags: TAGS, params: planParams } },
      async (request, reply) => {
        const file = await exportPlanXlsx(deps.db, authOf(request).tenantId, request.params.id);
        void reply.type(XLSX).header('content-disposition', `attachment; filename="${file.fileName}"`);
        return reply.send(file.bytes);
      },
    );

    app.post(
      '/plans/imports/preview',
      {
        config: IMPORT,
        bodyLimit: PLAN_UPLOAD_BODY_LIMIT,
        schema: { tags: TAGS, body: importIn, response: { 200: previewOut } },
      },
      async (request) => {
        const { lang } = context(request);
        return presentPreview(await previewImport(deps.db, authOf(request).tenantId, upload(request), lang), lang);
      },
    );

    app.post(
      '/plans/imports',
      {
        config: IMPORT,
        bodyLimit: PLAN_UPLOAD_BODY_LIMIT,
        schema: { tags: TAGS, body: importIn, response: { 201: importOut } },
      },
      async (request, reply) => {
        const result = await confirmImport(deps.db, actor(authOf(request)), upload(request), context(request));
        return reply.status(201).send(result);
      },
    );

    app.post(
      '/plans/:id/in-use',
      { config: IMPORT, schema: { tags: TAGS, params: planParams, response: { 200: planOut } } },
      async (request) => {
        const auth = authOf(request);
        await markPlanInUse(deps.db, actor(auth), request.params.id, context(request));
        return planJson(auth, request.params.id);
      },
    );

    for (const [path, approve, body] of [
      ['approve', true, decisionIn],
      ['reject', false, rejectIn],
    ] as const) {
      app.post(
        `/plans/:id/versions/:version/${path}`,
        // Any ward user reaches the check: another tenant's plan answers 404 before the chairman's right is asked.
        { config: VIEW, schema: { tags: TAGS, params: versionParams, body, response: { 200: decisionOut } } },
        async (request) => {
          const auth = authOf(request);
          await planOfTenant(deps.db, auth.tenantId, request.params.id);
          requireCapability(auth, 'plan.approve_amendment');
          const target = { planId: request.params.id, version: request.params.version };
          return decideAmendment(deps.db, actor(auth), target, { approve, note: request.body.note }, context(request));
        },
      );
    }
  };
}
