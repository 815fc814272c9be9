import {
  checkEvidenceFile,
  EVIDENCE_RULES,
  type EvidenceFileKind,
  type EvidenceProblem,
  evidenceKindOf,
  extensionOf,
} from '../tasks/evidence.js';
import { FEEDBACK_LIMITS } from './types.js';

/** What citizens photograph or scan: images, PDF and Word documents; no spreadsheets, audio or archives. */
export const FEEDBACK_ATTACHMENT_KINDS: readonly EvidenceFileKind[] = ['pdf', 'word', 'image'];

/** The accepted extensions with their dot, for the form's file input. */
export const FEEDBACK_ATTACHMENT_ACCEPT = FEEDBACK_ATTACHMENT_KINDS.flatMap((k) =>
  EVIDENCE_RULES[k].extensions.map((e) => `.${e}`),
).join(',');

/** The verdict on an attachment: its media type, or why it is refused. */
export type FeedbackAttachmentCheck = { ok: true; mimeType: string } | { ok: false; problem: EvidenceProblem };

/**
 * Checks an attachment by name, size and first bytes, with the evidence rules of tasks (a renamed executable is
 * refused) narrowed to the kinds and the size a public form accepts.
 */
export function checkFeedbackAttachment(file: {
  fileName: string;
  size: number;
  head: Uint8Array;
}): FeedbackAttachmentCheck {
  const kind = evidenceKindOf(extensionOf(file.fileName));
  if (kind === null || !FEEDBACK_ATTACHMENT_KINDS.includes(kind)) return { ok: false, problem: 'type_not_allowed' };
  if (file.size > FEEDBACK_LIMITS.attachmentBytesMax) return { ok: false, problem: 'too_large' };
  const check = checkEvidenceFile(file);
  return check.ok ? { ok: true, mimeType: check.mimeType } : { ok: false, problem: check.problem };
}
