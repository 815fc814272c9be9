import { Piscina } from 'piscina';
import type { AppError, ErrorCode } from '../errors.js';
import type { Lang } from '../i18n/messages.js';
import { type UploadRule, uploadMessage } from './messages.js';
import type { ParseLimits, ParseResult, ParseTask } from './parse-worker.js';

/** Budget of one parse: time, and heap of the worker thread (a bomb ends the thread, not the server). */
export interface ParseBudget {
  timeoutMs: number;
}

/** Limits of a plan (.docx/.xlsx): a plan with its appendix is a few megabytes of XML at most. */
export const PLAN_LIMITS: ParseLimits = {
  maxUncompressedBytes: 64 * 1024 * 1024,
  maxEntries: 2_000,
  maxRatio: 100,
  maxRows: 20_000,
  maxCells: 400_000,
};

/** Limits of a table import (.xlsx): a year of a city-wide ward's dossiers. */
export const TABLE_LIMITS: ParseLimits = {
  maxUncompressedBytes: 400 * 1024 * 1024,
  maxEntries: 2_000,
  maxRatio: 100,
  maxRows: 200_000,
  maxCells: 6_000_000,
};

const WORKER_HEAP_MB = 768;
/** Files waiting beyond this are refused with 503 rather than queued for minutes. */
const MAX_QUEUE = 8;

// In development and tests the worker is TypeScript and needs tsx's loader; built, it is plain JavaScript.
const isSource = import.meta.url.endsWith('.ts');
let pool: Piscina | null = null;

function thePool(): Piscina {
  pool ??= new Piscina({
    filename: new URL(`./parse-worker.${isSource ? 'ts' : 'js'}`, import.meta.url).href,
    execArgv: isSource ? ['--import', import.meta.resolve('tsx')] : [],
    minThreads: 0,
    maxThreads: 2,
    idleTimeout: 30_000,
    maxQueue: MAX_QUEUE,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 64 },
  });
  return pool;
}

const STATUS: Record<UploadRule, ErrorCode> = {
  archive_unreadable: 'validation_failed',
  document_unreadable: 'validation_failed',
  archive_too_large: 'payload_too_large',
  archive_too_many_entries: 'unprocessable_file',
  archive_ratio: 'unprocessable_file',
  archive_size_mismatch: 'unprocessable_file',
  too_many_rows: 'payload_too_large',
  too_many_cells: 'payload_too_large',
  parse_timeout: 'unprocessable_file',
  parse_memory: 'payload_too_large',
  busy: 'unavailable',
};

function limitOf(rule: UploadRule, limits: ParseLimits, budget: ParseBudget): number {
  const table: Partial<Record<UploadRule, number>> = {
    archive_too_large: Math.round(limits.maxUncompressedBytes / 1024 / 1024),
    archive_too_many_entries: limits.maxEntries,
    archive_ratio: limits.maxRatio,
    too_many_rows: limits.maxRows,
    too_many_cells: limits.maxCells,
    parse_timeout: Math.round(budget.timeoutMs / 1000),
  };
  return table[rule] ?? 0;
}

/** The refusal of an upload: 413 for size, 422 for a hostile shape, with the field-level message under `file`. */
export function uploadError(rule: UploadRule, lang: Lang, limits: ParseLimits, budget: ParseBudget): AppError {
  return uploadMessage.error(STATUS[rule], rule, lang, { max: limitOf(rule, limits, budget) }, 'file');
}

function failureRule(error: unknown): UploadRule {
  const code = (error as { code?: string }).code;
  const name = (error as { name?: string }).name;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return 'parse_memory';
  if (name === 'AbortError' || code === 'ABORT_ERR') return 'parse_timeout';
  if ((error as Error).message?.includes('Task queue is at limit')) return 'busy';
  return 'document_unreadable';
}

/** Parses an uploaded document in a worker thread within its limits and budget; throws the AppError of a refusal. */
export async function parseInWorker(
  task: Omit<ParseTask, 'limits'>,
  limits: ParseLimits,
  budget: ParseBudget,
  lang: Lang,
): Promise<Exclude<ParseResult, { ok: false }>> {
  let result: ParseResult;
  try {
    result = await thePool().run({ ...task, limits }, { signal: AbortSignal.timeout(budget.timeoutMs) });
  } catch (error) {
    throw uploadError(failureRule(error), lang, limits, budget);
  }
  if (!result.ok) throw uploadError(result.problem, lang, limits, budget);
  return result;
}

/** Ends the worker threads (at shutdown and after tests). */
export async function closeParsePool(): Promise<void> {
  const current = pool;
  pool = null;
  await current?.destroy();
}
