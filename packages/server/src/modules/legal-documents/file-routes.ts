import { checkEvidenceFile, EVIDENCE_RULES, rolesFor } from '@cchc/domain';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { requestContextOf } from '../../http/request-context.js';
import { langFrom } from '../../i18n/messages.js';
import { fileStoreOf } from '../../storage/files-dir.js';
import { legalMessage } from './messages.js';
import { legalRepository } from './repository.js';
import { idParams } from './schemas.js';
import { attachDocumentFile } from './use-cases/manage-documents.js';

const tags = ['legal documents'];
const MAX_BYTES = EVIDENCE_RULES.pdf.maxBytes;

/** The signed file of a document: PDF or Word, kept by content hash. */
export function legalFileRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const files = fileStoreOf(deps.config);
  return async (app) => {
    // Another module may already have registered multipart on a shared parent; registering twice would throw.
    if (!app.hasContentTypeParser('multipart/form-data')) await app.register(multipart);

    app.post(
      '/legal-documents/:id/file',
      {
        config: { policy: { roles: rolesFor('legal.manage') } },
        schema: {
          tags,
          description: 'multipart/form-data, field `file`',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const lang = langFrom(request.headers['accept-language']);
        const refuse = () => legalMessage.error('validation_failed', 'file_type', lang, {}, 'file');
        const part = request.isMultipart()
          ? await request.file({ limits: { fileSize: MAX_BYTES + 1, files: 1 } })
          : undefined;
        if (!part) throw refuse();
        const received = await files.receive(part.file, MAX_BYTES);
        if (!received.ok) throw new AppError('payload_too_large');
        const check = checkEvidenceFile({
          fileName: part.filename,
          size: received.file.size,
          head: received.file.head,
        });
        if (!check.ok || (check.kind !== 'pdf' && check.kind !== 'word')) {
          await received.discard();
          throw refuse();
        }
        await received.commit();
        const r = requestContextOf(deps, request);
        await attachDocumentFile(deps.db, r, request.params.id, {
          name: part.filename.slice(0, 255),
          type: check.mimeType,
          size: received.file.size,
          sha256: received.file.sha256,
        });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/legal-documents/:id/file',
      { config: { policy: { roles: rolesFor('legal.view') } }, schema: { tags, params: idParams } },
      async (request, reply) => {
        const doc = await legalRepository(deps.db).findDocument(authOf(request).tenantId, request.params.id);
        const stream = doc?.file_sha256 ? await files.open(doc.file_sha256) : null;
        if (!doc || !stream) throw new AppError('not_found');
        return reply
          .header('content-type', doc.file_type ?? 'application/octet-stream')
          .header(
            'content-disposition',
            `attachment; filename*=UTF-8''${encodeURIComponent(doc.file_name ?? 'van-ban')}`,
          )
          .send(stream);
      },
    );
  };
}
