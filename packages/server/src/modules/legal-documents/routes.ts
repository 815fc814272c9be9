import { rolesFor, vietnamDateOf } from '@cchc/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderDocx, renderHtml } from '../../documents/index.js';
import type { AppDeps } from '../../http/deps.js';
import { authOf, hasRole } from '../../http/policy.js';
import { requestContextOf } from '../../http/request-context.js';
import { committeeOf } from '../inspections/index.js';
import { buildExpiredDecision } from './expired-decision.js';
import { legalFileRoutes } from './file-routes.js';
import {
  documentCreate,
  documentDetailOut,
  documentOut,
  documentPatch,
  expiredListOut,
  idParams,
  listQuery,
  resultParams,
  reviewPlanCreate,
  reviewPlanOut,
  reviewResultBody,
  statusChange,
  yearParams,
} from './schemas.js';
import { changeStatus, createDocument, updateDocument } from './use-cases/manage-documents.js';
import { documentDetail, expiredList, listDocuments } from './use-cases/read-documents.js';
import { createReviewPlan, listReviewPlans, saveReviewResult } from './use-cases/reviews.js';

const tags = ['legal documents'];
const VIEW = { roles: rolesFor('legal.view') };
const MANAGE = { roles: rolesFor('legal.manage') };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TYPE_NAMES = { resolution: 'Nghị quyết', decision: 'Quyết định' } as const;

/** The year's expired-documents decision, as Word or printable HTML. */
async function decision(
  deps: AppDeps,
  request: FastifyRequest<{ Params: { year: number } }>,
  reply: FastifyReply,
  format: 'docx' | 'html',
) {
  const { tenantId } = authOf(request);
  const { year } = request.params;
  const today = vietnamDateOf(deps.clock.now());
  const [list, committee] = await Promise.all([
    expiredList(deps.db, tenantId, year, today),
    committeeOf(deps.db, tenantId),
  ]);
  const line = (d: (typeof list.whole)[number]) => ({
    typeName: TYPE_NAMES[d.docType],
    numberSymbol: d.numberSymbol,
    signedOn: d.signedOn,
    title: d.title,
    reason: d.reason,
    endedOn: d.endedOn,
  });
  const doc = buildExpiredDecision({
    ...committee,
    year,
    date: vietnamDateOf(deps.clock.now()),
    whole: list.whole.map(line),
    partial: list.partial.map(line),
  });
  if (format === 'html') return reply.type('text/html; charset=utf-8').send(renderHtml(doc));
  return reply
    .type(DOCX)
    .header('content-disposition', `attachment; filename="qd-van-ban-het-hieu-luc-${year}.docx"`)
    .send(await renderDocx(doc));
}

/** The ward's legal documents (VBQPPL): register, links between documents, reviews, the yearly expired list. */
export function legalDocumentRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  // Statuses follow the documents' dates on the app's day (Vietnam time).
  const today = () => vietnamDateOf(deps.clock.now());
  return async (app) => {
    app.get(
      '/legal-documents',
      { config: { policy: VIEW }, schema: { tags, querystring: listQuery, response: { 200: z.array(documentOut) } } },
      async (request) => listDocuments(deps.db, authOf(request).tenantId, request.query, today()),
    );

    app.post(
      '/legal-documents',
      {
        config: { policy: MANAGE },
        schema: { tags, body: documentCreate, response: { 201: z.object({ id: z.uuid() }) } },
      },
      async (request, reply) =>
        reply.status(201).send({ id: await createDocument(deps.db, requestContextOf(deps, request), request.body) }),
    );

    app.get(
      '/legal-documents/expired/:year',
      { config: { policy: VIEW }, schema: { tags, params: yearParams, response: { 200: expiredListOut } } },
      async (request) => expiredList(deps.db, authOf(request).tenantId, request.params.year, today()),
    );
    app.get(
      '/legal-documents/expired/:year/decision.docx',
      { config: { policy: VIEW }, schema: { tags, params: yearParams } },
      (request, reply) => decision(deps, request, reply, 'docx'),
    );
    app.get(
      '/legal-documents/expired/:year/decision.html',
      { config: { policy: VIEW }, schema: { tags, params: yearParams } },
      (request, reply) => decision(deps, request, reply, 'html'),
    );

    const detail = (request: FastifyRequest, id: string) => {
      const auth = authOf(request);
      return documentDetail(deps.db, auth.tenantId, id, hasRole(auth, ...rolesFor('legal.manage')), today());
    };
    app.get(
      '/legal-documents/:id',
      { config: { policy: VIEW }, schema: { tags, params: idParams, response: { 200: documentDetailOut } } },
      async (request) => detail(request, request.params.id),
    );

    app.patch(
      '/legal-documents/:id',
      {
        config: { policy: MANAGE },
        schema: { tags, params: idParams, body: documentPatch, response: { 200: documentDetailOut } },
      },
      async (request) => {
        await updateDocument(deps.db, requestContextOf(deps, request), request.params.id, request.body);
        return detail(request, request.params.id);
      },
    );

    app.post(
      '/legal-documents/:id/status',
      {
        config: { policy: MANAGE },
        schema: { tags, params: idParams, body: statusChange, response: { 200: documentDetailOut } },
      },
      async (request) => {
        await changeStatus(deps.db, requestContextOf(deps, request), request.params.id, request.body);
        return detail(request, request.params.id);
      },
    );

    app.get(
      '/legal-reviews',
      { config: { policy: VIEW }, schema: { tags, response: { 200: z.array(reviewPlanOut) } } },
      async (request) => listReviewPlans(deps.db, authOf(request).tenantId, today()),
    );
    app.post(
      '/legal-reviews',
      {
        config: { policy: MANAGE },
        schema: { tags, body: reviewPlanCreate, response: { 201: z.object({ id: z.uuid() }) } },
      },
      async (request, reply) =>
        reply.status(201).send({ id: await createReviewPlan(deps.db, requestContextOf(deps, request), request.body) }),
    );
    app.put(
      '/legal-reviews/:id/results/:documentId',
      {
        config: { policy: MANAGE },
        schema: { tags, params: resultParams, body: reviewResultBody, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await saveReviewResult(
          deps.db,
          requestContextOf(deps, request),
          request.params.id,
          request.params.documentId,
          request.body,
        );
        return reply.status(204).send(null);
      },
    );

    await app.register(legalFileRoutes(deps));
  };
}
