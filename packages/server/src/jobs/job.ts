import type { z } from 'zod';
import type { AppDeps } from '../http/deps.js';

/**
 * A small typed unit of background work. The payload is validated with its zod schema before the handler runs,
 * so a malformed job fails loudly instead of half-working. Handlers must be idempotent: pg-boss retries them,
 * and several servers may share one database (a job's effects carry unique keys, never "send and hope").
 */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  payload: S;
  handler(payload: z.infer<S>, deps: AppDeps): Promise<void>;
  /** Cron in Vietnam's time, e.g. '0 6 * * *' for 06:00 every day. pg-boss runs it once per cluster. */
  schedule?: string;
  retryLimit?: number;
  /** A job still active after this long is presumed lost with its process and retried (pg-boss expiry). */
  expireInSeconds?: number;
  /** The queue that receives the job once its retries are spent, to record the failure. */
  deadLetter?: string;
}

/** Declares a job with its payload type inferred from the schema. */
export const defineJob = <S extends z.ZodType>(job: JobDefinition<S>): JobDefinition<S> => job;
