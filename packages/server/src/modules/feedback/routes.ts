import { FEEDBACK_ACTIONS, type FeedbackAction, rolesFor } from '@cchc/domain';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../http/deps.js';
import { authOf, requireCapability } from '../../http/policy.js';
import { registerRateLimit } from '../../http/rate-limit/register.js';
import { langFrom } from '../../i18n/messages.js';
import { tellSubmitter } from '../citizen-notices/index.js';
import { registerFeedbackRecomputer } from './deadlines.js';
import { feedbackFileRoutes } from './file-routes.js';
import { canSeeFeedback } from './policy.js';
import { publicFeedbackRoutes } from './public-routes.js';
import { feedbackReportRoutes } from './report-routes.js';
import {
  ACTION_BODIES,
  type ActionBodies,
  feedbackDetailOut,
  feedbackOut,
  idParams,
  intakeSubmission,
  linkBody,
  listQuery,
  pageQuery,
  publicPageOut,
  settingsBody,
  settingsOut,
  submitted,
} from './schemas.js';
import { loadFeedbackSettings } from './settings.js';
import { actOnFeedback } from './use-cases/act-on-feedback.js';
import { linkFeedback, updateFeedbackSettings } from './use-cases/manage-feedback.js';
import { feedbackDetail, listFeedback, publishedPage } from './use-cases/read-feedback.js';
import { submitFeedback } from './use-cases/submit-feedback.js';

const VIEW = { roles: rolesFor('feedback.view') };
const tags = ['feedback'];

/** `/feedback/:id/transfer-out` for the action `transfer_out`. */
const actionPath = (action: FeedbackAction) => action.replaceAll('_', '-');

function actionRoutes(app: FastifyInstance, deps: AppDeps) {
  for (const action of FEEDBACK_ACTIONS) {
    app.post(
      `/feedback/:id/${actionPath(action)}`,
      {
        config: { policy: VIEW },
        schema: {
          tags,
          description: 'Answers 204 when the action took the feedback out of the caller’s sight (a transfer).',
          params: idParams,
          body: ACTION_BODIES[action],
          response: { 200: feedbackDetailOut, 204: z.null() },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        const { id } = request.params as z.infer<typeof idParams>;
        const context = { auth, now: deps.clock.now(), lang: langFrom(request.headers['accept-language']) };
        const after = await actOnFeedback(deps.db, context, id, action, request.body as ActionBodies[typeof action]);
        // The approved answer goes to the citizen who left an e-mail.
        if (action === 'approve') await tellSubmitter(deps, after, 'answered');
        if (!canSeeFeedback(auth, after)) return reply.status(204).send(null);
        return feedbackDetail(deps.db, auth, id, deps.clock.now());
      },
    );
  }
}

/** The officers' feedback API: lists, intake, actions, settings. */
function officerRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/feedback',
      { config: { policy: VIEW }, schema: { tags, querystring: listQuery, response: { 200: z.array(feedbackOut) } } },
      async (request) => listFeedback(deps.db, authOf(request), request.query, deps.clock.now()),
    );

    app.get(
      '/feedback/published',
      {
        config: { policy: { roles: rolesFor('feedback.view_published') } },
        schema: { tags, querystring: pageQuery, response: { 200: publicPageOut } },
      },
      async (request) => publishedPage(deps.db, authOf(request).tenantId, request.query.page, request.query.pageSize),
    );

    app.post(
      '/feedback',
      {
        config: { policy: { roles: rolesFor('feedback.intake') } },
        schema: { tags, body: intakeSubmission, response: { 201: submitted } },
      },
      async (request, reply) => {
        const auth = authOf(request);
        const now = deps.clock.now();
        const { channel, receivedAt, unitId, ...content } = request.body;
        const received = receivedAt ? new Date(receivedAt) : now;
        const created = await submitFeedback(deps.db, {
          tenantId: auth.tenantId,
          channel,
          content,
          receivedAt: received.getTime() > now.getTime() ? now : received,
          intakeBy: auth.userId,
          unitId,
          attachments: [],
          now,
          lang: langFrom(request.headers['accept-language']),
        });
        return reply.status(201).send(created);
      },
    );

    app.get(
      '/feedback/settings',
      { config: { policy: VIEW }, schema: { tags, response: { 200: settingsOut } } },
      async (request) => {
        const settings = await loadFeedbackSettings(deps.db, authOf(request).tenantId);
        return { ...settings.deadlines, intakeUnitId: settings.intakeUnitId };
      },
    );

    app.put(
      '/feedback/settings',
      {
        config: { policy: { roles: rolesFor('feedback.settings') } },
        schema: { tags, body: settingsBody, response: { 200: z.object({ recomputed: z.number() }) } },
      },
      async (request) =>
        updateFeedbackSettings(
          deps.db,
          authOf(request),
          request.body,
          deps.clock.now(),
          langFrom(request.headers['accept-language']),
        ),
    );

    app.get(
      '/feedback/:id',
      { config: { policy: VIEW }, schema: { tags, params: idParams, response: { 200: feedbackDetailOut } } },
      async (request) => feedbackDetail(deps.db, authOf(request), request.params.id, deps.clock.now()),
    );

    app.post(
      '/feedback/:id/link',
      {
        config: { policy: VIEW },
        schema: { tags, params: idParams, body: linkBody, response: { 200: feedbackDetailOut } },
      },
      async (request) => {
        const auth = authOf(request);
        requireCapability(auth, 'feedback.handle');
        const lang = langFrom(request.headers['accept-language']);
        await linkFeedback(deps.db, auth, request.params.id, request.body.relatedTrackingCode, deps.clock.now(), lang);
        return feedbackDetail(deps.db, auth, request.params.id, deps.clock.now());
      },
    );

    actionRoutes(app, deps);
  };
}

/**
 * Feedback (phản ánh, kiến nghị): the public pages' API and the officers'. Multipart and the per-address rate
 * limit are registered here, inside this module, so they reach no other route (`global: false`).
 */
export function feedbackRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  registerFeedbackRecomputer();
  return async (app) => {
    // Another module may already have registered multipart on a shared parent; registering twice would throw.
    if (!app.hasContentTypeParser('multipart/form-data')) await app.register(multipart);
    await registerRateLimit(app, deps);
    await app.register(publicFeedbackRoutes(deps));
    await app.register(officerRoutes(deps));
    await app.register(feedbackFileRoutes(deps));
    await app.register(feedbackReportRoutes(deps));
  };
}
