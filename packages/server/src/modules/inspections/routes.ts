import { rolesFor } from '@cchc/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderDocx, renderHtml } from '../../documents/index.js';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { requestContextOf } from '../../http/request-context.js';
import { conclusionNotice } from './notice.js';
import {
  cancelBody,
  concludeBody,
  coverageOut,
  coverageQuery,
  findingBody,
  followUpBody,
  followUpDoneBody,
  followUpParams,
  idParams,
  inspectionDetailOut,
  inspectionOut,
  planCreate,
  planOut,
  selfAssessmentBody,
  visitCreate,
  yearQuery,
} from './schemas.js';
import {
  addFinding,
  addFollowUp,
  cancelInspection,
  completeFollowUp,
  concludeInspection,
  submitSelfAssessment,
} from './use-cases/inspection-actions.js';
import { addInspection, createInspectionPlan } from './use-cases/manage-plans.js';
import { coverageOf, inspectionDetail, listConclusions, listInspectionPlans } from './use-cases/read-inspections.js';

const tags = ['inspections'];
const VIEW = { roles: rolesFor('inspection.view') };
const CONCLUSIONS = { roles: rolesFor('inspection.view_conclusions') };
const MANAGE = { roles: rolesFor('inspection.manage') };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Self-inspections of PAR work: plans, unit forms, findings, follow-ups, conclusions and target đ. */
export function inspectionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const detail = (request: FastifyRequest, id: string) =>
      inspectionDetail(deps.db, authOf(request), id, deps.clock.now());
    /** Runs a change and answers the inspection as it now stands. */
    const changed = async (request: FastifyRequest, id: string, run: () => Promise<unknown>) => {
      await run();
      return detail(request, id);
    };

    app.get(
      '/inspections/plans',
      { config: { policy: VIEW }, schema: { tags, querystring: yearQuery, response: { 200: z.array(planOut) } } },
      async (request) => listInspectionPlans(deps.db, authOf(request).tenantId, request.query.year),
    );

    app.post(
      '/inspections/plans',
      { config: { policy: MANAGE }, schema: { tags, body: planCreate, response: { 201: z.object({ id: z.uuid() }) } } },
      async (request, reply) =>
        reply
          .status(201)
          .send({ id: await createInspectionPlan(deps.db, requestContextOf(deps, request), request.body) }),
    );

    app.post(
      '/inspections/plans/:id/inspections',
      {
        config: { policy: MANAGE },
        schema: { tags, params: idParams, body: visitCreate, response: { 201: z.object({ id: z.uuid() }) } },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send({ id: await addInspection(deps.db, requestContextOf(deps, request), request.params.id, request.body) }),
    );

    app.get(
      '/inspections/conclusions',
      {
        config: { policy: CONCLUSIONS },
        schema: { tags, querystring: yearQuery, response: { 200: z.array(inspectionOut) } },
      },
      async (request) => listConclusions(deps.db, authOf(request).tenantId, request.query.year),
    );

    app.get(
      '/inspections/coverage',
      { config: { policy: CONCLUSIONS }, schema: { tags, querystring: coverageQuery, response: { 200: coverageOut } } },
      async (request) => coverageOf(deps.db, authOf(request).tenantId, request.query.year),
    );

    app.get(
      '/inspections/:id',
      { config: { policy: CONCLUSIONS }, schema: { tags, params: idParams, response: { 200: inspectionDetailOut } } },
      async (request) => detail(request, request.params.id),
    );

    const post = <S extends z.ZodType>(
      path: string,
      body: S,
      run: (request: FastifyRequest, id: string, input: z.infer<S>) => Promise<unknown>,
    ) =>
      app.post(
        `/inspections/:id/${path}`,
        { config: { policy: VIEW }, schema: { tags, params: idParams, body, response: { 200: inspectionDetailOut } } },
        async (request) => {
          const { id } = request.params;
          return changed(request, id, () => run(request, id, request.body as z.infer<S>));
        },
      );
    post('self-assessment', selfAssessmentBody, (r, id, b) =>
      submitSelfAssessment(deps.db, requestContextOf(deps, r), id, b),
    );
    post('findings', findingBody, (r, id, b) => addFinding(deps.db, requestContextOf(deps, r), id, b));
    post('follow-ups', followUpBody, (r, id, b) => addFollowUp(deps.db, requestContextOf(deps, r), id, b));
    post('conclude', concludeBody, (r, id, b) => concludeInspection(deps.db, requestContextOf(deps, r), id, b));
    post('cancel', cancelBody, (r, id, b) => cancelInspection(deps.db, requestContextOf(deps, r), id, b));

    app.post(
      '/inspections/:id/follow-ups/:followUpId/done',
      {
        config: { policy: VIEW },
        schema: { tags, params: followUpParams, body: followUpDoneBody, response: { 200: inspectionDetailOut } },
      },
      async (request) => {
        const { id, followUpId } = request.params;
        return changed(request, id, () =>
          completeFollowUp(deps.db, requestContextOf(deps, request), id, followUpId, request.body),
        );
      },
    );

    /** The conclusion notice, as Word or as printable HTML. */
    const notice = async (
      request: FastifyRequest<{ Params: { id: string } }>,
      reply: FastifyReply,
      format: 'docx' | 'html',
    ) => {
      const r = requestContextOf(deps, request);
      const doc = await conclusionNotice(deps.db, r.auth, request.params.id, r.now, r.lang);
      if (format === 'html') return reply.type('text/html; charset=utf-8').send(renderHtml(doc));
      return reply
        .type(DOCX)
        .header(
          'content-disposition',
          `attachment; filename="thong-bao-ket-luan-${request.params.id.slice(0, 8)}.docx"`,
        )
        .send(await renderDocx(doc));
    };
    app.get(
      '/inspections/:id/notice.docx',
      { config: { policy: CONCLUSIONS }, schema: { tags, params: idParams } },
      (request, reply) => notice(request, reply, 'docx'),
    );
    app.get(
      '/inspections/:id/notice.html',
      { config: { policy: CONCLUSIONS }, schema: { tags, params: idParams } },
      (request, reply) => notice(request, reply, 'html'),
    );
  };
}
