import { randomUUID } from 'node:crypto';
import { FINAL_FEEDBACK_STATUSES, rolesFor } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { langFrom } from '../../i18n/messages.js';
import { fileStoreOf } from '../../storage/files-dir.js';
import { recordAudit } from '../audit/index.js';
import { feedbackMessage } from './messages.js';
import { canSeeFeedback } from './policy.js';
import { feedbackRepository } from './repository.js';
import { attachmentParams, idParams } from './schemas.js';
import { readUploadedForm } from './upload.js';

const VIEW = { roles: rolesFor('feedback.view') };
const tags = ['feedback'];

/** A feedback the user may see, or 404. */
async function visible(deps: AppDeps, request: Parameters<typeof authOf>[0], id: string) {
  const auth = authOf(request);
  const row = await feedbackRepository(deps.db).find(auth.tenantId, id);
  if (!row || !canSeeFeedback(auth, row)) throw new AppError('not_found');
  return { auth, row };
}

/** Attachments of a feedback: officers add what came by letter or at the counter, and read what citizens sent. */
export function feedbackFileRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const store = fileStoreOf(deps.config);
  return async (app) => {
    app.post(
      '/feedback/:id/attachments',
      {
        config: { policy: VIEW },
        schema: {
          tags,
          description: 'multipart/form-data, field `attachments`',
          params: idParams,
          response: { 201: z.object({ added: z.number() }) },
        },
      },
      async (request, reply) => {
        const { auth, row } = await visible(deps, request, request.params.id);
        const lang = langFrom(request.headers['accept-language']);
        // A closed feedback's record is final: nothing is added to it afterwards.
        if (FINAL_FEEDBACK_STATUSES.includes(row.status)) {
          throw feedbackMessage.error('conflict', 'closed_no_attachments', lang);
        }
        if (!request.isMultipart()) throw feedbackMessage.error('validation_failed', 'attachment_type', lang);
        const existing = await feedbackRepository(deps.db).attachments(auth.tenantId, row.id);
        const form = await readUploadedForm(request, store, lang);
        if (existing.length + form.files.length > 10) {
          await Promise.all(form.files.map((f) => f.discard()));
          throw feedbackMessage.error('validation_failed', 'attachment_too_many', lang);
        }
        const now = deps.clock.now();
        await Promise.all(form.files.map((f) => f.commit()));
        await deps.db.transaction().execute(async (trx) => {
          for (const file of form.files) {
            const id = randomUUID();
            await feedbackRepository(trx).addAttachment({
              tenant_id: auth.tenantId,
              feedback_id: row.id,
              id,
              file_name: file.fileName,
              content_type: file.contentType,
              size: file.size,
              sha256: file.sha256,
              uploaded_by: auth.userId,
              created_at: now,
            });
            await recordAudit(trx, {
              tenantId: auth.tenantId,
              actorUserId: auth.userId,
              action: 'attach',
              entity: 'feedback',
              entityId: row.id,
              after: { attachmentId: id, fileName: file.fileName, sha256: file.sha256 },
              at: now,
            });
          }
        });
        return reply.status(201).send({ added: form.files.length });
      },
    );

    app.get(
      '/feedback/:id/attachments/:attachmentId',
      { config: { policy: VIEW }, schema: { tags, params: attachmentParams } },
      async (request, reply) => {
        const { auth, row } = await visible(deps, request, request.params.id);
        const files = await feedbackRepository(deps.db).attachments(auth.tenantId, row.id);
        const file = files.find((f) => f.id === request.params.attachmentId);
        const stream = file ? await store.open(file.sha256) : null;
        if (!file || !stream) throw new AppError('not_found');
        return reply
          .header('content-type', file.content_type)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.file_name)}`)
          .send(stream);
      },
    );
  };
}
