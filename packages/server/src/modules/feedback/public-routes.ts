import { randomBytes } from 'node:crypto';
import {
  FEEDBACK_ATTACHMENT_ACCEPT,
  FEEDBACK_CATEGORIES,
  FEEDBACK_LIMITS,
  formatTrackingCode,
  isInForce,
  TRACKING_CODE_BYTES,
  vietnamDateOf,
} from '@cchc/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicStampCache } from '../../db/public-stamp-cache.js';
import { SENDS_CACHED_BODY, sendCachedBody } from '../../http/cached-body.js';
import type { AppDeps } from '../../http/deps.js';
import { unknownWardError } from '../../http/unknown-ward.js';
import { langFrom } from '../../i18n/messages.js';
import { fileStoreOf } from '../../storage/files-dir.js';
import { tellSubmitter } from '../citizen-notices/index.js';
import { listDocuments } from '../legal-documents/index.js';
import { orgRepository } from '../org/index.js';
import { parseForm } from './form-validation.js';
import {
  pageQuery,
  publicFeedbackOut,
  publicInfoOut,
  publicPageOut,
  publicSubmission,
  publishedParams,
  reactionBody,
  reactionCounts,
  submitted,
  supplyInfoBody,
  tenantCodeParams,
  trackOut,
  trackParams,
} from './schemas.js';
import { readUploadedForm, type UploadedForm } from './upload.js';
import { reactToAnswer, supplyInfoByCode } from './use-cases/citizen-actions.js';
import { publishedOne, publishedPage, trackFeedback } from './use-cases/read-feedback.js';
import { submitFeedback } from './use-cases/submit-feedback.js';

const PUBLIC = { public: true } as const;
const MINUTE = 60_000;
/**
 * Per-address limits of the public routes (no third-party captcha): generous for a person, tight for a script.
 * Kept in each server's memory, so several servers behind one address each allow this much.
 */
export const PUBLIC_RATE_LIMITS = {
  submit: { max: 10, timeWindow: 15 * MINUTE },
  track: { max: 30, timeWindow: MINUTE },
  read: { max: 120, timeWindow: MINUTE },
  react: { max: 20, timeWindow: 10 * MINUTE },
} as const;

/** The ward a public URL names; the city and unknown codes answer 404. */
async function wardOf(deps: AppDeps, code: string) {
  const tenant = await orgRepository(deps.db).findTenantByCode(code);
  if (!tenant || tenant.kind === 'city') throw unknownWardError();
  return tenant;
}

async function readSubmission(request: FastifyRequest, deps: AppDeps): Promise<UploadedForm> {
  const lang = langFrom(request.headers['accept-language']);
  if (request.isMultipart()) return readUploadedForm(request, fileStoreOf(deps.config), lang);
  return { fields: (request.body ?? {}) as Record<string, string>, files: [] };
}

/** The public feedback pages' API: no account, per-address limits, a honeypot on the form. */
export function publicFeedbackRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['feedback (public)'];
    // The published answers, cached per ward, page and input stamp (feedback, reactions, units: migrations 0018, 0028, 0031).
    const published = publicStampCache(deps.pool, deps.publicInputs);
    app.get(
      '/public/:tenantCode/feedback/info',
      {
        config: { policy: PUBLIC, rateLimit: PUBLIC_RATE_LIMITS.read },
        schema: { tags, params: tenantCodeParams, response: { 200: publicInfoOut } },
      },
      async (request) => {
        const tenant = await wardOf(deps, request.params.tenantCode);
        const L = FEEDBACK_LIMITS;
        const documents = await listDocuments(deps.db, tenant.id, {}, vietnamDateOf(deps.clock.now()));
        return {
          tenant: { code: tenant.code, name: tenant.name },
          documents: documents
            .filter((d) => isInForce(d.status))
            .map((d) => ({ id: d.id, numberSymbol: d.numberSymbol, title: d.title })),
          categories: [...FEEDBACK_CATEGORIES],
          limits: {
            titleMax: L.titleMax,
            textMin: L.textMin,
            textMax: L.textMax,
            attachmentsMax: L.attachmentsMax,
            attachmentBytesMax: L.attachmentBytesMax,
            accept: FEEDBACK_ATTACHMENT_ACCEPT,
          },
        };
      },
    );

    app.post(
      '/public/:tenantCode/feedback',
      {
        config: { policy: PUBLIC, rateLimit: PUBLIC_RATE_LIMITS.submit },
        schema: {
          tags,
          description: 'multipart/form-data (fields and up to 3 `attachments`) or JSON without files',
          params: tenantCodeParams,
          response: { 201: submitted },
        },
      },
      async (request, reply) => {
        const tenant = await wardOf(deps, request.params.tenantCode);
        const lang = langFrom(request.headers['accept-language']);
        const form = await readSubmission(request, deps);
        try {
          const content = parseForm(publicSubmission, form.fields, lang);
          if (content.website) {
            // A bot filled the field people never see: it gets what looks like success, and nothing is kept.
            request.log.warn({ tenant: tenant.code }, 'feedback honeypot filled: submission dropped');
            await Promise.all(form.files.map((f) => f.discard()));
            return reply
              .status(201)
              .send({ trackingCode: formatTrackingCode(randomBytes(TRACKING_CODE_BYTES)), complaintKinds: [] });
          }
          await Promise.all(form.files.map((f) => f.commit()));
          const now = deps.clock.now();
          const { trackingCode, complaintKinds } = await submitFeedback(deps.db, {
            tenantId: tenant.id,
            channel: 'online',
            content,
            receivedAt: now,
            intakeBy: null,
            attachments: form.files,
            now,
            lang,
          });
          // A citizen who left an e-mail (or a phone, with a text provider) receives the tracking code.
          await tellSubmitter(
            deps,
            {
              tracking_code: trackingCode,
              title: content.title,
              submitter_email: content.email || null,
              submitter_phone: content.phone || null,
            },
            'received',
          );
          return reply.status(201).send({ trackingCode, complaintKinds });
        } catch (e) {
          await Promise.all(form.files.map((f) => f.discard()));
          throw e;
        }
      },
    );

    app.get(
      '/public/:tenantCode/feedback/track/:code',
      {
        config: { policy: PUBLIC, rateLimit: PUBLIC_RATE_LIMITS.track },
        schema: { tags, params: trackParams, response: { 200: trackOut } },
      },
      async (request) => {
        const tenant = await wardOf(deps, request.params.tenantCode);
        return trackFeedback(deps.db, tenant.id, request.params.code);
      },
    );

    app.post(
      '/public/:tenantCode/feedback/track/:code/info',
      {
        config: { policy: PUBLIC, rateLimit: PUBLIC_RATE_LIMITS.submit },
        schema: { tags, params: trackParams, body: supplyInfoBody, response: { 204: z.null() } },
      },
      async (request, reply) => {
        const tenant = await wardOf(deps, request.params.tenantCode);
        await supplyInfoByCode(deps.db, {
          tenantId: tenant.id,
          code: request.params.code,
          text: request.body.text,
          now: deps.clock.now(),
          lang: langFrom(request.headers['accept-language']),
        });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/public/:tenantCode/feedback/published',
      {
        config: { policy: PUBLIC, rateLimit: PUBLIC_RATE_LIMITS.read },
        ...SENDS_CACHED_BODY,
        schema: { tags, params: tenantCodeParams, querystring: pageQuery, response: { 200: publicPageOut } },
      },
      async (request, reply) => {
        const { page, pageSize } = request.query;
        const body = await published.body(
          request.params.tenantCode,
          `published|${page}|${pageSize}`,
          async (ward) =>
            JSON.stringify(publicPageOut.parse(await publishedPage(deps.db, ward.tenantId, page, pageSize))),
          request.readsOwnWrites,
        );
        if (body === undefined) throw unknownWardError();
        // Already validated against publicPageOut when computed: sent as is.
        return sendCachedBody(request, reply, body);
      },
    );

    app.get(
      '/public/:tenantCode/feedback/published/:id',
      {
        config: { policy: PUBLIC, rateLimit: PUBLIC_RATE_LIMITS.read },
        schema: { tags, params: publishedParams, response: { 200: publicFeedbackOut } },
      },
      async (request) => {
        const tenant = await wardOf(deps, request.params.tenantCode);
        return publishedOne(deps.db, tenant.id, request.params.id);
      },
    );

    app.post(
      '/public/:tenantCode/feedback/published/:id/reaction',
      {
        config: { policy: PUBLIC, rateLimit: PUBLIC_RATE_LIMITS.react },
        schema: { tags, params: publishedParams, body: reactionBody, response: { 200: reactionCounts } },
      },
      async (request) => {
        const tenant = await wardOf(deps, request.params.tenantCode);
        return reactToAnswer(deps.db, {
          tenantId: tenant.id,
          feedbackId: request.params.id,
          reaction: request.body.reaction,
          reason: request.body.reason,
          voter: { token: request.body.voterToken, address: request.ip },
          now: deps.clock.now(),
          lang: langFrom(request.headers['accept-language']),
        });
      },
    );
  };
}
