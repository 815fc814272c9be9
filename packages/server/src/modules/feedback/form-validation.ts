import { z } from 'zod';
import { AppError, type FieldErrors } from '../../errors.js';
import type { Lang } from '../../i18n/messages.js';

/**
 * Validates what a multipart form carried with a route schema's rules and the caller's language, throwing the
 * same `validation_failed` with `fields` that a JSON body would get from the route's own schema.
 */
export function parseForm<S extends z.ZodType>(schema: S, input: unknown, lang: Lang): z.infer<S> {
  const locale = lang === 'en' ? z.locales.en() : z.locales.vi();
  const result = schema.safeParse(input, { error: locale.localeError });
  if (result.success) return result.data;
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) fields[issue.path.length ? issue.path.join('.') : 'body'] ??= issue.message;
  throw new AppError('validation_failed', undefined, fields);
}
