import { rolesFor } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type AppDeps, readDb } from '../../http/deps.js';
import { requestContextOf } from '../../http/request-context.js';
import { codeParams, consolidatedOut, generateIn, sendIn, versionIn, versionParams } from './schemas.js';
import { generateReport, readConsolidatedReport, saveReportVersion } from './use-cases/consolidated-report.js';
import { renderReportVersion } from './use-cases/render-report.js';
import { sendReport } from './use-cases/send-report.js';

const TAGS = ['reports'];
const VIEW_ALL = { policy: { roles: rolesFor('reports.view_all') } };
const CONSOLIDATE = { policy: { roles: rolesFor('reports.consolidate') } };

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The consolidated report of a period: reading, generating, saving versions, marking sent, downloading. */
export function consolidatedRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const read = (request: Parameters<typeof requestContextOf>[1], code: string) => {
      const c = requestContextOf(deps, request);
      return readConsolidatedReport(readDb(deps, request), c.auth, c.now, code, c.lang);
    };

    app.get(
      '/reports/periods/:code/report',
      { config: VIEW_ALL, schema: { tags: TAGS, params: codeParams, response: { 200: consolidatedOut } } },
      async (request) => read(request, request.params.code),
    );

    app.post(
      '/reports/periods/:code/report/generate',
      {
        config: CONSOLIDATE,
        schema: { tags: TAGS, params: codeParams, body: generateIn, response: { 201: consolidatedOut } },
      },
      async (request, reply) => {
        await generateReport(deps.db, requestContextOf(deps, request), request.params.code, request.body);
        return reply.status(201).send(await read(request, request.params.code));
      },
    );

    app.post(
      '/reports/periods/:code/report/versions',
      {
        config: CONSOLIDATE,
        schema: { tags: TAGS, params: codeParams, body: versionIn, response: { 201: consolidatedOut } },
      },
      async (request, reply) => {
        await saveReportVersion(deps.db, requestContextOf(deps, request), request.params.code, request.body);
        return reply.status(201).send(await read(request, request.params.code));
      },
    );

    app.post(
      '/reports/periods/:code/report/send',
      {
        config: { policy: { roles: rolesFor('reports.send') } },
        schema: { tags: TAGS, params: codeParams, body: sendIn, response: { 200: consolidatedOut } },
      },
      async (request) => {
        await sendReport(deps.db, requestContextOf(deps, request), request.params.code, request.body);
        return read(request, request.params.code);
      },
    );

    for (const format of ['docx', 'xlsx'] as const) {
      app.get(
        `/reports/periods/:code/report/versions/:version/document.${format}`,
        { config: VIEW_ALL, schema: { tags: TAGS, params: versionParams } },
        async (request, reply) => {
          const c = requestContextOf(deps, request);
          const { code, version } = request.params;
          const file = await renderReportVersion(deps.db, c.auth.tenantId, c.now, code, version, format, c.lang);
          return reply
            .type(MIME[format])
            .header('content-disposition', `attachment; filename="${file.name}"`)
            .send(file.buffer);
        },
      );
    }
  };
}
