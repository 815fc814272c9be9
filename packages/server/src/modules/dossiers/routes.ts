import { rolesFor } from '@cchc/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderDocx, renderHtml } from '../../documents/index.js';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { type RequestContext, requestContextOf } from '../../http/request-context.js';
import { tellApplicant } from '../citizen-notices/index.js';
import { registerDossierRecomputer } from './deadlines.js';
import { dossierImportRoutes } from './import-routes.js';
import { publicDossierRoutes } from './public-routes.js';
import {
  ACTION_BODIES,
  apologyIn,
  DOSSIER_ACTIONS,
  dossierPatch,
  idParams,
  intakeIn,
  listQuery,
  settingsIn,
  settingsOut,
} from './schemas.js';
import { dossierDetailOut, dossierPageOut } from './schemas-out.js';
import { dossierSideRepository } from './side-repository.js';
import { ACTION_CAPABILITY, actOnDossier } from './use-cases/act-on-dossier.js';
import { DOSSIER_FORMS, dossierDocument } from './use-cases/dossier-documents.js';
import { intakeDossier } from './use-cases/intake-dossier.js';
import { listDossiers, readDossier } from './use-cases/read-dossiers.js';
import { loadDossierSettings, updateDossierSettings } from './use-cases/settings.js';
import { issueApology, updateDossier } from './use-cases/update-dossier.js';

const TAGS = ['dossiers'];
const VIEW = { policy: { roles: rolesFor('dossiers.view') } };
const PROCESS = { policy: { roles: rolesFor('dossiers.process') } };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Dossier times are kept to the second, as the national portal records them (yyyyMMddHHmmss). */
const wholeSecond = (at: Date) => new Date(Math.floor(at.getTime() / 1000) * 1000);

const requestOf = (deps: AppDeps, request: FastifyRequest): RequestContext => {
  const context = requestContextOf(deps, request);
  return { ...context, now: wholeSecond(context.now) };
};

const documentParams = z.object({ id: z.uuid(), form: z.enum(DOSSIER_FORMS), format: z.enum(['docx', 'html']) });
const documentQuery = z.object({ copy: z.coerce.number().int().min(1).max(2).default(1) });

/** The dossier actions, one route each, sharing the action runner. */
const actionRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    for (const action of DOSSIER_ACTIONS) {
      app.post(
        `/dossiers/:id/actions/${action.replaceAll('_', '-')}`,
        {
          // The action's own capability, so the declared policy is the whole role rule (the permission matrix).
          config: { policy: { roles: rolesFor(ACTION_CAPABILITY[action]) } },
          schema: { tags: TAGS, params: idParams, body: ACTION_BODIES[action], response: { 200: dossierDetailOut } },
        },
        async (request) => {
          const r = requestOf(deps, request);
          const warnings = await actOnDossier(deps.db, r, request.params.id, action, request.body);
          await tellApplicant(deps, r.auth.tenantId, request.params.id, action);
          return readDossier(deps.db, r, request.params.id, warnings);
        },
      );
    }
  };

/** One-stop dossiers: intake, list, the dossier page, actions, documents, settings, imports, public pages. */
export function dossierRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  registerDossierRecomputer();
  return async (app) => {
    await app.register(publicDossierRoutes(deps));
    await app.register(dossierImportRoutes(deps));
    await app.register(actionRoutes(deps));

    app.get(
      '/dossiers',
      { config: VIEW, schema: { tags: TAGS, querystring: listQuery, response: { 200: dossierPageOut } } },
      async (request) => listDossiers(deps.db, requestOf(deps, request), request.query),
    );

    app.post(
      '/dossiers',
      {
        config: { policy: { roles: rolesFor('dossiers.intake') } },
        schema: { tags: TAGS, body: intakeIn, response: { 201: dossierDetailOut } },
      },
      async (request, reply) => {
        const r = requestOf(deps, request);
        const id = await intakeDossier(deps.db, r, request.body);
        return reply.status(201).send(await readDossier(deps.db, r, id));
      },
    );

    app.get(
      '/dossiers/settings',
      { config: VIEW, schema: { tags: TAGS, response: { 200: settingsOut } } },
      async (request) => loadDossierSettings(deps.db, authOf(request).tenantId),
    );

    app.put(
      '/dossiers/settings',
      {
        config: { policy: { roles: rolesFor('dossiers.settings') } },
        schema: { tags: TAGS, body: settingsIn, response: { 200: settingsOut } },
      },
      async (request) => updateDossierSettings(deps.db, requestOf(deps, request), request.body),
    );

    app.get(
      '/dossiers/assignees',
      {
        config: VIEW,
        schema: {
          tags: TAGS,
          response: { 200: z.array(z.object({ id: z.string(), fullName: z.string(), unitId: z.string().nullable() })) },
        },
      },
      async (request) => {
        const users = await dossierSideRepository(deps.db).usersWithRoles(
          authOf(request).tenantId,
          rolesFor('dossiers.process'),
        );
        return users.map((u) => ({ id: u.id, fullName: u.full_name, unitId: u.unit_id }));
      },
    );

    app.get(
      '/dossiers/:id',
      { config: VIEW, schema: { tags: TAGS, params: idParams, response: { 200: dossierDetailOut } } },
      async (request) => readDossier(deps.db, requestOf(deps, request), request.params.id),
    );

    app.patch(
      '/dossiers/:id',
      {
        config: PROCESS,
        schema: { tags: TAGS, params: idParams, body: dossierPatch, response: { 200: dossierDetailOut } },
      },
      async (request) => {
        const r = requestOf(deps, request);
        await updateDossier(deps.db, r, request.params.id, request.body);
        return readDossier(deps.db, r, request.params.id);
      },
    );

    app.post(
      '/dossiers/:id/apology',
      {
        config: PROCESS,
        schema: { tags: TAGS, params: idParams, body: apologyIn, response: { 200: dossierDetailOut } },
      },
      async (request) => {
        const r = requestOf(deps, request);
        await issueApology(deps.db, r, request.params.id, request.body);
        await tellApplicant(deps, r.auth.tenantId, request.params.id, 'apology');
        return readDossier(deps.db, r, request.params.id);
      },
    );

    app.get(
      '/dossiers/:id/documents/:form/:format',
      { config: VIEW, schema: { tags: TAGS, params: documentParams, querystring: documentQuery } },
      async (request, reply) => {
        const { id, form, format } = request.params;
        const copy = request.query.copy === 2 ? 2 : 1;
        const { code, document } = await dossierDocument(deps.db, requestOf(deps, request), id, form, copy);
        if (format === 'html') return reply.type('text/html; charset=utf-8').send(renderHtml(document));
        const name = `${form}-${code}.docx`;
        return reply
          .type(DOCX)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
          .send(await renderDocx(document));
      },
    );
  };
}
