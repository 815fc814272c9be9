import type { IsoDate, MetricReading, MetricSourceInfo } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { DOSSIER_METRIC_SOURCES } from '../indicators/metric-sources.js';
import { UNITS_SELF_INSPECTED } from '../inspections/coverage.js';
import type { CompletionTask } from '../tasks/completion-inputs.js';
import { CITY_TASKS_COMPLETED, PLAN_TASKS_ON_TIME } from './task-metrics.js';

/** What a source reads a metric for: a tenant's plan, on a day (today, or the previous period's end). */
export interface MetricContext {
  db: Db;
  tenantId: string;
  plan: { id: string; year: number };
  asOf: IsoDate;
  /**
   * A periodic report's data window (docs/DOMAIN.md §7): counts over a period (dossiers tracked, paid online) are
   * taken over it instead of the plan's year to date. Absent on the dashboard.
   */
  window?: { start: IsoDate; end: IsoDate };
  /** The plan's tasks as history says they stood at `asOf` (a report's cut-off); absent: today's rows. */
  tasks?: readonly CompletionTask[];
}

/** A metric cchc computes from its own data. */
export interface MetricSource extends MetricSourceInfo {
  read(context: MetricContext): Promise<MetricReading>;
}

/**
 * The one registry of computed metrics, keyed by the metric names of the targets' measures
 * (`packages/domain/src/plan/targets.ts`). A module that holds a metric's data adds its source here (one line,
 * like `JOBS` and `API_MODULES`): dossiers → `dossiers_tracked`, `online_payment`; ratings → `satisfaction`;
 * inspections → `units_self_inspected`. A measure whose metric has no source is entered by the coordinator.
 */
export const METRIC_SOURCES: readonly MetricSource[] = [
  PLAN_TASKS_ON_TIME,
  CITY_TASKS_COMPLETED,
  UNITS_SELF_INSPECTED,
  ...DOSSIER_METRIC_SOURCES,
];

/** The source of a metric, or undefined when the coordinator enters it. */
export const metricSourceFor = (metric: string): MetricSource | undefined =>
  METRIC_SOURCES.find((s) => s.metric === metric);
