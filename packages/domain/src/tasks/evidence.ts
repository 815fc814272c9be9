// Evidence files (minh chứng) a unit attaches to a task: documents, spreadsheets, scans and photos, and audio
// for the broadcast tasks (Đài truyền thanh). The type is checked by extension and by the file's first bytes,
// so a renamed executable is refused; limits are shared by the server and the upload form.

/** The kinds of evidence file cchc accepts. */
export type EvidenceFileKind = 'pdf' | 'word' | 'excel' | 'image' | 'audio';

const MB = 1024 * 1024;

interface KindRule {
  extensions: readonly string[];
  /** Largest file of the kind, in bytes. */
  maxBytes: number;
}

/** Accepted extensions and size limits per kind. */
export const EVIDENCE_RULES: Record<EvidenceFileKind, KindRule> = {
  pdf: { extensions: ['pdf'], maxBytes: 20 * MB },
  word: { extensions: ['doc', 'docx'], maxBytes: 20 * MB },
  excel: { extensions: ['xls', 'xlsx'], maxBytes: 20 * MB },
  image: { extensions: ['jpg', 'jpeg', 'png'], maxBytes: 10 * MB },
  audio: { extensions: ['mp3', 'm4a', 'wav'], maxBytes: 50 * MB },
};

/** The largest file of any kind: the upload stream stops there. */
export const EVIDENCE_MAX_BYTES = Math.max(...Object.values(EVIDENCE_RULES).map((r) => r.maxBytes));

/** Bytes of a file's start needed to recognise its format. */
export const EVIDENCE_SNIFF_BYTES = 16;

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  wav: 'audio/wav',
};

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The signature each extension's files start with. */
const SIGNATURES: Record<string, (head: Uint8Array) => boolean> = {
  pdf: (h) => startsWith(h, ascii('%PDF-')),
  doc: (h) => startsWith(h, OLE),
  docx: (h) => startsWith(h, ZIP),
  xls: (h) => startsWith(h, OLE),
  xlsx: (h) => startsWith(h, ZIP),
  jpg: (h) => startsWith(h, [0xff, 0xd8, 0xff]),
  jpeg: (h) => startsWith(h, [0xff, 0xd8, 0xff]),
  png: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  // An ID3 tag, or straight into an MPEG audio frame (11 sync bits).
  mp3: (h) => startsWith(h, ascii('ID3')) || (h[0] === 0xff && ((h[1] ?? 0) & 0xe0) === 0xe0),
  m4a: (h) => startsWith(h, ascii('ftyp'), 4),
  wav: (h) => startsWith(h, ascii('RIFF')) && startsWith(h, ascii('WAVE'), 8),
};

/** Why a file is refused. */
export type EvidenceProblem = 'empty' | 'type_not_allowed' | 'too_large' | 'content_mismatch';

/** The verdict on a file: its kind and media type, or the problem. */
export type EvidenceCheck =
  | { ok: true; kind: EvidenceFileKind; extension: string; mimeType: string }
  | { ok: false; problem: EvidenceProblem; kind: EvidenceFileKind | null };

/** The extension of a file name, lower case, without the dot; '' when there is none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The kind an extension belongs to, or null when cchc does not take such files. */
export function evidenceKindOf(extension: string): EvidenceFileKind | null {
  const entry = Object.entries(EVIDENCE_RULES).find(([, rule]) => rule.extensions.includes(extension));
  return entry ? (entry[0] as EvidenceFileKind) : null;
}

/** Checks a file by name, size and first bytes (at least {@link EVIDENCE_SNIFF_BYTES} when the file has them). */
export function checkEvidenceFile(file: { fileName: string; size: number; head: Uint8Array }): EvidenceCheck {
  const extension = extensionOf(file.fileName);
  const kind = evidenceKindOf(extension);
  if (kind === null) return { ok: false, problem: 'type_not_allowed', kind };
  if (file.size === 0) return { ok: false, problem: 'empty', kind };
  if (file.size > EVIDENCE_RULES[kind].maxBytes) return { ok: false, problem: 'too_large', kind };
  if (!SIGNATURES[extension]?.(file.head)) return { ok: false, problem: 'content_mismatch', kind };
  return { ok: true, kind, extension, mimeType: MIME[extension] ?? 'application/octet-stream' };
}

/** Every accepted extension with its dot, for a file input's `accept`. */
export const EVIDENCE_ACCEPT = Object.values(EVIDENCE_RULES)
  .flatMap((r) => r.extensions.map((e) => `.${e}`))
  .join(',');
