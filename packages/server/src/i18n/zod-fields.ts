import type { ProblemValues } from '@cchc/domain';
import { z } from 'zod';
import type { FieldErrors } from '../errors.js';
import type { Lang } from './messages.js';

// A person never sees a regular expression: zod's locale quotes the pattern, so it is replaced.
const FORMAT_MESSAGE: Record<Lang, string> = {
  vi: 'Giá trị không đúng định dạng.',
  en: 'The value is not in the expected format.',
};

function readable(issue: z.core.$ZodIssue, lang: Lang): string {
  const pattern = 'pattern' in issue ? String(issue.pattern ?? '') : '';
  return pattern && issue.message.includes(pattern) ? FORMAT_MESSAGE[lang] : issue.message;
}

/** The limits an issue names (minimum, maximum, format, expected type…): its scalar properties but the text. */
function valuesOf(issue: z.core.$ZodIssue): ProblemValues {
  const values: ProblemValues = {};
  for (const [name, value] of Object.entries(issue)) {
    if (name === 'message' || name === 'code' || name === 'input' || name === 'pattern') continue;
    if (typeof value === 'string' || typeof value === 'number') values[name] = value;
    else if (typeof value === 'bigint' || typeof value === 'boolean') values[name] = String(value);
  }
  return values;
}

/**
 * The field errors of an input a schema refuses, worded by zod's locale in the caller's language (so schemas
 * carry no hand-written sentences), each with zod's issue code (`too_small`, `invalid_type`…) and limits as its
 * reason; an issue at the root goes under `rootKey`. Null when the input passes.
 */
export function schemaFieldErrors(schema: z.ZodType, input: unknown, lang: Lang, rootKey: string): FieldErrors | null {
  const locale = lang === 'en' ? z.locales.en() : z.locales.vi();
  const result = schema.safeParse(input, { error: locale.localeError });
  if (result.success) return null;
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join('.') : rootKey;
    fields[key] ??= { message: readable(issue, lang), reason: { code: issue.code, values: valuesOf(issue) } };
  }
  return fields;
}
