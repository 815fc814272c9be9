import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { checkEvidenceFile, EVIDENCE_RULES, type EvidenceProblem, isCompletedStatus } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { RequestContext } from '../../../http/request-context.js';
import { type Lang, messagesOf } from '../../../i18n/messages.js';
import type { FileStore } from '../../../storage/file-store.js';
import { taskRuleError } from '../messages.js';
import { tasksRepository } from '../repository.js';
import { applyTaskChange, changeTask, requireRight, type TaskChange } from './task-change.js';

const MB = 1024 * 1024;

const evidenceMessage = messagesOf({
  no_evidence_file: { vi: 'Chưa chọn tệp minh chứng.', en: 'Choose the evidence file.' },
  empty: { vi: 'Tệp rỗng, không có nội dung.', en: 'The file is empty.' },
  type_not_allowed: {
    vi: 'Chỉ nhận tệp PDF, Word, Excel, ảnh (JPG, PNG) hoặc âm thanh (MP3, M4A, WAV).',
    en: 'Only PDF, Word, Excel, images (JPG, PNG) or audio (MP3, M4A, WAV) files are accepted.',
  },
  too_large: { vi: 'Tệp vượt quá dung lượng cho phép ({maxMb} MB).', en: 'The file is over the limit ({maxMb} MB).' },
  content_mismatch: {
    vi: 'Nội dung tệp không đúng định dạng của phần mở rộng.',
    en: "The file's content does not match its extension.",
  },
});

/** The 400 of an evidence upload without its file. */
export const noEvidenceFile = (lang: Lang) =>
  evidenceMessage.error('validation_failed', 'no_evidence_file', lang, {}, 'file');

/** A 400 on the `file` field, or 413 for a file over its size limit, worded for the uploader. */
function evidenceError(problem: EvidenceProblem | 'too_large_any', lang: Lang, maxBytes: number): AppError {
  const rule = problem === 'too_large_any' ? 'too_large' : problem;
  const code = rule === 'too_large' ? 'payload_too_large' : 'validation_failed';
  return evidenceMessage.error(code, rule, lang, { maxMb: Math.round(maxBytes / MB) }, 'file');
}

/** Evidence may be added by whoever updates or contributes, until the task is accepted as done. */
function requireEvidenceRight(change: TaskChange): void {
  requireRight(change, change.view.rights.update || change.view.rights.contribute);
  if (isCompletedStatus(change.view.row.status)) throw taskRuleError('task_settled', change.lang);
}

/** Checks the right before an upload is read, so a stranger's file never reaches the disk. */
export async function checkCanAddEvidence(db: Db, request: RequestContext, taskId: string): Promise<void> {
  await changeTask(db, request, taskId, async (change) => requireEvidenceRight(change));
}

/** A file kept by content hash, or an official document (number, date). */
type EvidenceValues =
  | { kind: 'file'; fileName: string; sha256: string; size: number; mimeType: string }
  | { kind: 'document'; number: string; date: string; title?: string | undefined };

async function recordEvidence(change: TaskChange, values: EvidenceValues) {
  const { auth, now, repo, view } = change;
  const { updateId } = await applyTaskChange(change, {}, { kind: 'evidence', data: { ...values } });
  const file = values.kind === 'file' ? values : null;
  const doc = values.kind === 'document' ? values : null;
  return repo.insertEvidence({
    tenant_id: auth.tenantId,
    id: randomUUID(),
    task_id: view.row.id,
    update_id: updateId,
    kind: values.kind,
    file_sha256: file?.sha256 ?? null,
    file_name: file?.fileName ?? null,
    file_size: file?.size ?? null,
    mime_type: file?.mimeType ?? null,
    doc_number: doc?.number ?? null,
    doc_date: doc?.date ?? null,
    doc_title: doc?.title ?? null,
    added_by: auth.userId,
    unit_id: auth.unitId,
    added_at: now,
  });
}

/**
 * Receives an uploaded file as evidence: hashed while it streams, checked by extension, size and first bytes,
 * kept under its hash (never overwritten), recorded in the timeline. Returns the evidence id.
 */
export async function addFileEvidence(
  db: Db,
  request: RequestContext,
  taskId: string,
  upload: { fileName: string; stream: Readable; truncated: () => boolean },
  files: FileStore,
  maxBytes: number,
): Promise<string> {
  const received = await files.receive(upload.stream, maxBytes);
  if (!received.ok || upload.truncated()) {
    if (received.ok) await received.discard();
    throw evidenceError('too_large_any', request.lang, maxBytes);
  }
  const verdict = checkEvidenceFile({ fileName: upload.fileName, ...received.file });
  if (!verdict.ok) {
    await received.discard();
    throw evidenceError(verdict.problem, request.lang, verdict.kind ? EVIDENCE_RULES[verdict.kind].maxBytes : maxBytes);
  }
  // Kept before the row is written: a file without a row is harmless (same content, same place), a row
  // without its file is not.
  await received.commit();
  const { sha256, size } = received.file;
  const evidence = await changeTask(db, request, taskId, async (change) => {
    requireEvidenceRight(change);
    return recordEvidence(change, {
      kind: 'file',
      fileName: upload.fileName,
      sha256,
      size,
      mimeType: verdict.mimeType,
    });
  });
  return evidence.id;
}

/** Records an official document (number, date) as evidence. Returns the evidence id. */
export async function addDocumentEvidence(
  db: Db,
  request: RequestContext,
  taskId: string,
  doc: { number: string; date: string; title?: string | undefined },
): Promise<string> {
  const evidence = await changeTask(db, request, taskId, async (change) => {
    requireEvidenceRight(change);
    return recordEvidence(change, { kind: 'document', ...doc });
  });
  return evidence.id;
}

/** The stored file behind an evidence item of a task of the caller's tenant, or 404. */
export async function findEvidenceFile(db: Db, tenantId: string, taskId: string, evidenceId: string) {
  const evidence = await tasksRepository(db).findEvidence(tenantId, taskId, evidenceId);
  if (evidence?.kind !== 'file' || !evidence.file_sha256) throw new AppError('not_found');
  return { sha256: evidence.file_sha256, fileName: evidence.file_name ?? 'minh-chung', mimeType: evidence.mime_type };
}
