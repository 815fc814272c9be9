import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { AppError, ERROR_STATUS, fieldsOut } from '../errors.js';
import { ERROR_MESSAGES, type Lang, langFrom } from '../i18n/messages.js';
import { schemaFieldErrors } from '../i18n/zod-fields.js';
import { dbErrorCode } from './db-errors.js';
import type { ErrorBody } from './error-body.js';

export type { ErrorBody } from './error-body.js';

/**
 * Maps every error to `{ error: { code, message, fields?, fieldReasons?, reason, requestId } }`. Unknown errors become a generic 500 carrying
 * only the request id; the details go to the log, never to the client.
 */
export function handleError(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply): void {
  const lang = langFrom(request.headers['accept-language']);
  const known = toAppError(error, request, lang);
  if (!known) {
    request.log.error({ err: error }, 'unhandled error');
    void reply.status(500).send(body(new AppError('internal'), lang, request.id));
    return;
  }
  if (known.code === 'unavailable') {
    request.log.warn({ err: error }, 'cơ sở dữ liệu không sẵn sàng (database unavailable)');
    void reply.header('retry-after', '5');
  } else if (ERROR_STATUS[known.code] >= 500) request.log.error({ err: error }, known.code);
  void reply.status(ERROR_STATUS[known.code]).send(body(known, lang, request.id));
}

function body(error: AppError, lang: Lang, requestId: string): ErrorBody {
  const message = error.hasCustomMessage ? error.message : ERROR_MESSAGES[error.code][lang];
  return { error: { code: error.code, message, ...fieldsOut(error.fields), reason: error.reason, requestId } };
}

// busboy's errors for a broken multipart body are plain Errors without a status.
const MALFORMED_MULTIPART = /^(Multipart: |Malformed part header|Unexpected end of (form|multipart data))/;

function toAppError(error: FastifyError | AppError, request: FastifyRequest, lang: Lang): AppError | null {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) return validationError(request, error.validationContext, lang);
  const fromDb = dbErrorCode(error);
  if (fromDb && fromDb !== 'unavailable') {
    // The net caught what a schema should have refused: logged so the schema gets its bound.
    request.log.warn({ err: error, url: request.url }, 'cơ sở dữ liệu từ chối dữ liệu (database refused the input)');
  }
  if (fromDb) return new AppError(fromDb);
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) return new AppError('payload_too_large');
  if (MALFORMED_MULTIPART.test(error.message)) return new AppError('validation_failed');
  if (error.statusCode === 429) return new AppError('too_many_requests');
  if (error.statusCode === 404) return new AppError('not_found');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return new AppError('validation_failed');
  return null;
}

/** Field-level messages in the caller's language: the request part is parsed again with zod's locale. */
function validationError(request: FastifyRequest, context: string | undefined, lang: Lang): AppError {
  const part = (context ?? 'body') as 'body' | 'querystring' | 'params' | 'headers';
  const schema = request.routeOptions.schema?.[part] as z.ZodType | undefined;
  const input = { body: request.body, querystring: request.query, params: request.params, headers: request.headers }[
    part
  ];
  return new AppError('validation_failed', undefined, (schema && schemaFieldErrors(schema, input, lang, part)) || {});
}
