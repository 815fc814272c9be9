// The metric-source registry's types: each measure of a target names a metric; cchc computes it
// from its own data where a module holds that data (tasks now; dossiers, ratings, inspections as they land),
// and the coordinator enters it otherwise, with its date and evidence.
import type { IsoDate } from '../clock.js';

/** How a reading was obtained: computed from cchc's data, or entered by the coordinator. */
export type MetricOrigin = 'computed' | 'entered';

/** The value of a metric on a day, with what it was obtained from. */
export interface MetricReading {
  metric: string;
  /** The measured value (a % or a rank); null when there is nothing to measure yet (shown N/A, not 0). */
  value: number | null;
  asOf: IsoDate;
  origin: MetricOrigin;
  /**
   * How it was obtained, as a method code the UI words (e.g. `tasks.on_time_over_due`), with its figures:
   * numerator and denominator for shares.
   */
  method: string;
  numerator?: number;
  denominator?: number;
  /** For entered values: the document or file it comes from, and any note. */
  evidence?: { number: string | null; date: IsoDate | null; fileName: string | null; note: string | null };
  /** A year-end projection beside the value, where the source can make one. */
  projection?: { value: number | null; numerator: number; denominator: number; method: string };
}

/** What a metric source says about itself; the server's registry adds how to read it. */
export interface MetricSourceInfo {
  metric: string;
  /** The method code of its readings. */
  method: string;
  /** The module that computes it, for the "how obtained" line and for operators. */
  module: string;
}

/**
 * Metrics of the seed plan's targets and who provides them. `entered` ones have no source: the coordinator
 * types their values. A computed metric whose module has not landed yet (dossiers, inspections) is entered
 * until its source is registered.
 */
export const KNOWN_METRICS = {
  plan_tasks_completed_on_time: 'computed',
  city_tasks_completed: 'computed',
  dossiers_tracked: 'computed',
  online_payment: 'computed',
  satisfaction: 'computed',
  units_self_inspected: 'computed',
  par_index_rank: 'entered',
  dti_rank: 'entered',
  budget_revenue: 'entered',
  investment_attracted: 'entered',
  sipas_satisfaction: 'entered',
  health_education_satisfaction: 'entered',
} as const satisfies Record<string, MetricOrigin>;
