import { rolesFor } from '@cchc/domain';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { requestContextOf } from '../../http/request-context.js';
import { dossierMessage } from '../dossiers/index.js';
import { idParams, importReportOut, listQuery, procedureIn, procedureOut } from './schemas.js';
import { importCatalogue } from './use-cases/import-catalogue.js';
import { createProcedure, listProcedures, readProcedure, updateProcedure } from './use-cases/save-procedure.js';

const TAGS = ['procedures'];
const VIEW = { policy: { roles: rolesFor('procedures.view') } };
const MANAGE = { policy: { roles: rolesFor('procedures.manage') } };
/** A catalogue of a few hundred procedures is far below this. */
const CATALOGUE_MAX_BYTES = 10 * 1024 * 1024;

/** The ward's procedure catalogue (thủ tục hành chính): list, form, .xlsx import. */
export function procedureRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    if (!app.hasContentTypeParser('multipart/form-data')) {
      await app.register(multipart, { limits: { files: 1, fileSize: CATALOGUE_MAX_BYTES, fields: 2, parts: 3 } });
    }

    app.get(
      '/procedures',
      { config: VIEW, schema: { tags: TAGS, querystring: listQuery, response: { 200: z.array(procedureOut) } } },
      async (request) => listProcedures(deps.db, authOf(request).tenantId, request.query),
    );

    app.get(
      '/procedures/:id',
      { config: VIEW, schema: { tags: TAGS, params: idParams, response: { 200: procedureOut } } },
      async (request) => readProcedure(deps.db, authOf(request).tenantId, request.params.id),
    );

    app.post(
      '/procedures',
      { config: MANAGE, schema: { tags: TAGS, body: procedureIn, response: { 201: procedureOut } } },
      async (request, reply) => {
        const created = await createProcedure(deps.db, requestContextOf(deps, request), request.body);
        return reply.status(201).send(created);
      },
    );

    app.put(
      '/procedures/:id',
      { config: MANAGE, schema: { tags: TAGS, params: idParams, body: procedureIn, response: { 200: procedureOut } } },
      async (request) => updateProcedure(deps.db, requestContextOf(deps, request), request.params.id, request.body),
    );

    app.post(
      '/procedures/import',
      {
        config: MANAGE,
        schema: { tags: TAGS, consumes: ['multipart/form-data'], response: { 200: importReportOut } },
      },
      async (request) => {
        const part = request.isMultipart() ? await request.file() : undefined;
        if (!part)
          throw dossierMessage.error(
            'validation_failed',
            'no_catalogue_file',
            requestContextOf(deps, request).lang,
            {},
            'file',
          );
        const bytes = await part.toBuffer();
        return importCatalogue(deps.db, requestContextOf(deps, request), part.filename, bytes);
      },
    );
  };
}
