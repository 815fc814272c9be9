import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, type FieldErrors } from '../errors.js';
import { type Lang, langFrom, type MessageTable, messagesOf } from '../i18n/messages.js';

const MESSAGES: MessageTable<'nul' | 'surrogate' | 'too_deep' | 'no_boundary'> = {
  no_boundary: {
    vi: 'Yêu cầu multipart/form-data thiếu tham số boundary.',
    en: 'The multipart/form-data request has no boundary.',
  },
  nul: { vi: 'Không được chứa ký tự NUL (\\u0000).', en: 'Must not contain a NUL character (\\u0000).' },
  surrogate: {
    vi: 'Chứa ký tự Unicode không hợp lệ (nửa cặp thay thế).',
    en: 'Contains an invalid Unicode character (a lone surrogate).',
  },
  too_deep: { vi: 'Dữ liệu lồng nhau quá sâu.', en: 'The data is nested too deeply.' },
};
const message = messagesOf(MESSAGES);

// PostgreSQL refuses NUL in text and a lone surrogate in jsonb; neither is text a person meant to send.
// `\p{Cs}` with the u flag matches only unpaired surrogates: a well-formed pair reads as one code point.
const NUL = String.fromCharCode(0);
const LONE_SURROGATE = /\p{Cs}/u;
/** Deeper than any form of ours; a deeper body is an attack on recursive code, not data. */
const MAX_DEPTH = 32;

type Problem = 'nul' | 'surrogate' | 'too_deep';

function problemOf(text: string): Problem | null {
  if (text.includes(NUL)) return 'nul';
  if (LONE_SURROGATE.test(text)) return 'surrogate';
  return null;
}

/** Walks every string (keys too) of a parsed input, recording the first problem of each field. */
function collect(value: unknown, path: string, depth: number, fields: FieldErrors, lang: Lang): void {
  if (Object.keys(fields).length >= 20) return;
  if (typeof value === 'string') {
    const problem = problemOf(value);
    if (problem) fields[path] ??= message.reasoned(problem, lang);
    return;
  }
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return;
  if (depth > MAX_DEPTH) {
    fields[path] ??= message.reasoned('too_deep', lang);
    return;
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, child] of entries) {
    const at = path ? `${path}.${key}` : key;
    const keyProblem = problemOf(key);
    if (keyProblem) fields[path || key] ??= message.reasoned(keyProblem, lang);
    else collect(child, at, depth + 1, fields, lang);
  }
}

/** The field errors of a request's params, query and body; empty when every string is clean. */
export function inputProblems(request: FastifyRequest): FieldErrors {
  const lang = langFrom(request.headers['accept-language']);
  const fields: FieldErrors = {};
  for (const part of [request.params, request.query, request.body]) collect(part, '', 0, fields, lang);
  return fields;
}

/**
 * One guard for every route: a string with NUL or a lone surrogate anywhere in params, query or a JSON body is a
 * field-level 400 before any schema, use case or SQL sees it. Runs after the policy hook (registered later).
 */
export function guardInputs(app: FastifyInstance): void {
  // busboy throws a plain Error on a multipart body without its boundary; refused here before any route reads it.
  // Callback hooks: nothing here waits, and an async hook costs every request a promise.
  app.addHook('onRequest', (request, _reply, done) => {
    const type = request.headers['content-type'];
    if (type && /^\s*multipart\//i.test(type) && !/;\s*boundary=/i.test(type)) {
      const lang = langFrom(request.headers['accept-language']);
      return done(message.error('validation_failed', 'no_boundary', lang, {}, 'file'));
    }
    done();
  });
  app.addHook('preValidation', (request, _reply, done) => {
    const fields = inputProblems(request);
    done(Object.keys(fields).length > 0 ? new AppError('validation_failed', undefined, fields) : undefined);
  });
}
