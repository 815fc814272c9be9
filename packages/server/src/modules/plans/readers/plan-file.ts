import { createHash } from 'node:crypto';
import type { PlanSourceFormat } from '../../../db/column-types.js';
import type { Lang } from '../../../i18n/messages.js';
import { type PlanRule, planMessage } from '../messages.js';

/** Largest plan file accepted: a plan with its appendix is a few hundred kilobytes, scanned annexes are not plans. */
export const MAX_PLAN_FILE_BYTES = 8 * 1024 * 1024;
/** Body limit of the upload routes: the file travels as base64 (4/3 of its size) inside JSON. */
export const PLAN_UPLOAD_BODY_LIMIT = 12 * 1024 * 1024;

/** A plan file as uploaded or read from disk, before its format is known to be right. */
export interface PlanFile {
  fileName: string;
  bytes: Buffer;
}

/** A plan file whose name and first bytes agree with one of the accepted formats. */
export interface CheckedPlanFile extends PlanFile {
  format: PlanSourceFormat;
  sha256: string;
}

const EXTENSIONS: Record<string, PlanSourceFormat> = { '.txt': 'txt', '.docx': 'docx', '.xlsx': 'xlsx' };
const OLD_EXTENSIONS = new Set(['.doc', '.xls', '.rtf']);
// .docx and .xlsx are ZIP packages: "PK\x03\x04" opens every one of them.
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function fail(rule: PlanRule, lang: Lang, code: 'validation_failed' | 'payload_too_large' = 'validation_failed') {
  return planMessage.error(code, rule, lang, { max: MAX_PLAN_FILE_BYTES / 1024 / 1024 }, 'file');
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot).toLowerCase();
}

/** Decodes the base64 of an upload, refusing text that is not base64 rather than reading garbage. */
export function decodeUpload(contentBase64: string, lang: Lang): Buffer {
  const compact = contentBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) throw fail('file_base64', lang);
  return Buffer.from(compact, 'base64');
}

/** The format of a file from its extension, checked against its size and first bytes. */
export function checkPlanFile(file: PlanFile, lang: Lang): CheckedPlanFile {
  const extension = extensionOf(file.fileName);
  const format = EXTENSIONS[extension];
  if (!format) throw fail(OLD_EXTENSIONS.has(extension) ? 'file_old_format' : 'file_type', lang);
  if (file.bytes.length === 0) throw fail('file_empty', lang);
  if (file.bytes.length > MAX_PLAN_FILE_BYTES) throw fail('file_too_large', lang, 'payload_too_large');
  const zipped = file.bytes.subarray(0, 4).equals(ZIP_MAGIC);
  if (format === 'docx' && !zipped) throw fail('docx_unreadable', lang);
  if (format === 'xlsx' && !zipped) throw fail('xlsx_unreadable', lang);
  if (format === 'txt' && (zipped || file.bytes.includes(0))) throw fail('txt_not_utf8', lang);
  return { ...file, format, sha256: createHash('sha256').update(file.bytes).digest('hex') };
}

/** Strict UTF-8: a Windows-1258 file would otherwise come out as mojibake the parser half understands. */
export function decodeUtf8(bytes: Buffer, lang: Lang): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw fail('txt_not_utf8', lang);
  }
}

/** The error readers throw when a ZIP package is not the document its extension says. */
export const unreadable = (format: 'docx' | 'xlsx', lang: Lang) =>
  fail(format === 'docx' ? 'docx_unreadable' : 'xlsx_unreadable', lang);
