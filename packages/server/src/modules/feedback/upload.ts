import { checkFeedbackAttachment, FEEDBACK_LIMITS } from '@cchc/domain';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { AppError } from '../../errors.js';
import type { Lang } from '../../i18n/messages.js';
import type { FileStore } from '../../storage/file-store.js';
import { type FeedbackMessageKey, feedbackMessage } from './messages.js';
import type { ReceivedAttachment } from './use-cases/submit-feedback.js';

/** An attachment received into the files folder, kept only once the feedback is recorded. */
export interface UploadedAttachment extends ReceivedAttachment {
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/** A multipart form: its text fields and its files. */
export interface UploadedForm {
  fields: Record<string, string>;
  files: UploadedAttachment[];
}

const PROBLEM_KEYS: Record<string, FeedbackMessageKey> = {
  type_not_allowed: 'attachment_type',
  empty: 'attachment_empty',
  content_mismatch: 'attachment_mismatch',
  too_large: 'attachment_too_large',
};

function attachmentError(key: FeedbackMessageKey, lang: Lang): AppError {
  const code = key === 'attachment_too_large' ? 'payload_too_large' : 'validation_failed';
  return feedbackMessage.error(code, key, lang, {}, 'attachments');
}

async function receiveAttachment(part: MultipartFile, store: FileStore, lang: Lang): Promise<UploadedAttachment> {
  const received = await store.receive(part.file, FEEDBACK_LIMITS.attachmentBytesMax);
  if (!received.ok) throw attachmentError('attachment_too_large', lang);
  const { file } = received;
  const check = checkFeedbackAttachment({ fileName: part.filename, size: file.size, head: file.head });
  if (!check.ok) {
    await received.discard();
    throw attachmentError(PROBLEM_KEYS[check.problem] ?? 'attachment_type', lang);
  }
  return {
    fileName: part.filename.slice(0, 255),
    contentType: check.mimeType,
    size: file.size,
    sha256: file.sha256,
    commit: received.commit,
    discard: received.discard,
  };
}

/**
 * Reads a multipart form with at most {@link FEEDBACK_LIMITS}' attachments, each checked by size and first bytes
 * while it streams to a temporary file. On any problem the files received so far are discarded.
 */
export async function readUploadedForm(request: FastifyRequest, store: FileStore, lang: Lang): Promise<UploadedForm> {
  const fields: Record<string, string> = {};
  const files: UploadedAttachment[] = [];
  try {
    const parts = request.parts({
      // One byte over the limit lets the file store notice the size and answer with its own message.
      limits: {
        files: FEEDBACK_LIMITS.attachmentsMax + 1,
        fileSize: FEEDBACK_LIMITS.attachmentBytesMax + 1,
        fields: 30,
      },
    });
    for await (const part of parts) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (files.length >= FEEDBACK_LIMITS.attachmentsMax) throw attachmentError('attachment_too_many', lang);
      files.push(await receiveAttachment(part, store, lang));
    }
    return { fields, files };
  } catch (e) {
    await Promise.all(files.map((f) => f.discard()));
    throw e;
  }
}
