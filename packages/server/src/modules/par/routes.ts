import { rolesFor } from '@cchc/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../http/deps.js';
import { type AuthContext, authOf, hasRole } from '../../http/policy.js';
import { langFrom } from '../../i18n/messages.js';
import { cityParRoutes } from './city-routes.js';
import { parError } from './messages.js';
import { parRepository } from './repository.js';
import {
  answerIn,
  assessmentOut,
  assessmentParams,
  evidenceIn,
  evidenceOptionsOut,
  idParams,
  scoresIn,
} from './schemas.js';
import { loadContext } from './use-cases/context.js';
import { assessmentDocx } from './use-cases/report-docx.js';
import { assessmentView } from './use-cases/view.js';
import { addEvidence, answerAppraisal, removeEvidence, saveScores, submitAssessment } from './use-cases/ward-steps.js';

const TAGS = ['par'];
const VIEW = { policy: { roles: rolesFor('par.view') } };
const ASSESS = { policy: { roles: rolesFor('par.self_assess') } };
const CONTRIBUTE = { policy: { roles: rolesFor('par.contribute') } };
const ANSWER = { policy: { roles: rolesFor('par.answer') } };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ok = z.object({ ok: z.literal(true) });

/** The ward's self-assessment of the PAR Index and DTI: scores, evidence, submission, the one answer, the .docx. */
export function parRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const lang = (request: FastifyRequest) => langFrom(request.headers['accept-language']);
  const wardOf = async (auth: AuthContext, request: FastifyRequest) => {
    const ward = await parRepository(deps.db).tenant(auth.tenantId);
    if (!ward) throw parError('not_found', 'ward_not_found', lang(request));
    return ward;
  };
  const rights = (auth: AuthContext) => ({
    edit: hasRole(auth, ...rolesFor('par.self_assess')),
    submit: hasRole(auth, ...rolesFor('par.self_assess')),
    answer: hasRole(auth, ...rolesFor('par.answer')),
    appraise: false,
  });
  const context = (auth: AuthContext, request: FastifyRequest, p: z.infer<typeof assessmentParams>) =>
    loadContext(deps.db, auth.tenantId, p.kind, p.year, deps.clock.now(), lang(request));

  return async (app) => {
    await app.register(cityParRoutes(deps));

    app.get(
      '/par/assessments/:kind/:year',
      { config: VIEW, schema: { tags: TAGS, params: assessmentParams, response: { 200: assessmentOut } } },
      async (request) => {
        const auth = authOf(request);
        const { kind, year } = request.params;
        const ward = await wardOf(auth, request);
        return (await assessmentView(deps.db, ward, kind, year, deps.clock.now(), lang(request), rights(auth))).view;
      },
    );

    app.put(
      '/par/assessments/:kind/:year/scores',
      { config: ASSESS, schema: { tags: TAGS, params: assessmentParams, body: scoresIn, response: { 200: ok } } },
      async (request) => {
        const auth = authOf(request);
        const ctx = await context(auth, request, request.params);
        await saveScores(deps.db, auth, ctx, request.body.scores, deps.clock.now(), lang(request));
        return { ok: true as const };
      },
    );

    app.get(
      '/par/assessments/:kind/:year/evidence-options',
      {
        config: CONTRIBUTE,
        schema: { tags: TAGS, params: assessmentParams, response: { 200: evidenceOptionsOut } },
      },
      async (request) => {
        const options = await parRepository(deps.db).evidenceOptions(authOf(request).tenantId, request.params.year);
        const inspections = options.inspections.map((i) => ({
          ...i,
          concluded_at: i.concluded_at?.toISOString() ?? null,
        }));
        return { ...options, inspections };
      },
    );

    app.post(
      '/par/assessments/:kind/:year/evidence',
      {
        config: CONTRIBUTE,
        schema: {
          tags: TAGS,
          params: assessmentParams,
          body: evidenceIn,
          response: { 201: z.object({ id: z.string() }) },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        const ctx = await context(auth, request, request.params);
        const id = await addEvidence(deps.db, auth, ctx, request.body, deps.clock.now(), lang(request));
        return reply.status(201).send({ id });
      },
    );

    app.delete(
      '/par/evidence/:id',
      { config: CONTRIBUTE, schema: { tags: TAGS, params: idParams, response: { 200: ok } } },
      async (request) => {
        await removeEvidence(deps.db, authOf(request), request.params.id, deps.clock.now(), lang(request));
        return { ok: true as const };
      },
    );

    app.post(
      '/par/assessments/:kind/:year/submit',
      { config: ASSESS, schema: { tags: TAGS, params: assessmentParams, response: { 200: ok } } },
      async (request) => {
        const auth = authOf(request);
        const ctx = await context(auth, request, request.params);
        await submitAssessment(deps.db, auth, ctx, deps.clock.now(), lang(request));
        return { ok: true as const };
      },
    );

    app.post(
      '/par/assessments/:kind/:year/answer',
      { config: ANSWER, schema: { tags: TAGS, params: assessmentParams, body: answerIn, response: { 200: ok } } },
      async (request) => {
        const auth = authOf(request);
        const ctx = await context(auth, request, request.params);
        await answerAppraisal(deps.db, auth, ctx, request.body.answer, deps.clock.now(), lang(request));
        return { ok: true as const };
      },
    );

    app.get(
      '/par/assessments/:kind/:year/report.docx',
      { config: VIEW, schema: { tags: TAGS, params: assessmentParams } },
      async (request, reply) => {
        const auth = authOf(request);
        const ward = await wardOf(auth, request);
        const { kind, year } = request.params;
        const { view } = await assessmentView(deps.db, ward, kind, year, deps.clock.now(), lang(request), rights(auth));
        const file = await assessmentDocx(deps.db, ward.id, view, deps.clock.now());
        return reply.type(DOCX).header('content-disposition', `attachment; filename="${file.name}"`).send(file.buffer);
      },
    );
  };
}
