import type { z } from 'zod';
import { AppError } from '../../errors.js';
import type { Lang } from '../../i18n/messages.js';
import { schemaFieldErrors } from '../../i18n/zod-fields.js';

/**
 * Validates what a multipart form carried with a route schema's rules and the caller's language, throwing the
 * same `validation_failed` with `fields` that a JSON body would get from the route's own schema.
 */
export function parseForm<S extends z.ZodType>(schema: S, input: unknown, lang: Lang): z.infer<S> {
  const fields = schemaFieldErrors(schema, input, lang, 'body');
  if (fields) throw new AppError('validation_failed', undefined, fields);
  return schema.parse(input);
}
