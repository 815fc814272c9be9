import { AppError } from '../../../errors.js';
import type { Lang } from '../../../i18n/messages.js';
import { PLAN_LIMITS, parseInWorker } from '../../../uploads/parse-pool.js';
import { type CheckedPlanFile, decodeUtf8, unreadable } from './plan-file.js';

/** A plan is read in seconds; longer means a hostile or broken file. */
const PLAN_PARSE_BUDGET = { timeoutMs: 20_000 };

/** A Word or Excel plan, opened in a worker thread behind the ZIP limits (see src/uploads). */
async function readPackage(file: CheckedPlanFile, format: 'docx' | 'xlsx', lang: Lang): Promise<string> {
  const result = await parseInWorker(
    { kind: format === 'docx' ? 'plan-docx' : 'plan-xlsx', bytes: file.bytes },
    PLAN_LIMITS,
    PLAN_PARSE_BUDGET,
    lang,
  ).catch((e: unknown) => {
    // An unreadable document keeps the plan module's own message; a broken limit keeps the upload's.
    throw e instanceof AppError && e.code === 'validation_failed' ? unreadable(format, lang) : e;
  });
  if (!('text' in result)) throw unreadable(format, lang);
  return result.text;
}

/**
 * The plain text of a plan file, in the form `parsePlanText` reads: prose lines, then the appendix with one
 * tab-separated line per row.
 */
export async function readPlanText(file: CheckedPlanFile, lang: Lang): Promise<string> {
  if (file.format === 'docx' || file.format === 'xlsx') return readPackage(file, file.format, lang);
  return decodeUtf8(file.bytes, lang);
}
