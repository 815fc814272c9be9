import type { MetricSource } from '../../registries/metric-source.js';
import { DOSSIER_METRIC_SOURCES } from '../indicators/index.js';
import { UNITS_SELF_INSPECTED } from '../inspections/index.js';
import { CITY_TASKS_COMPLETED, PLAN_TASKS_ON_TIME } from './task-metrics.js';

export type { MetricContext, MetricSource } from '../../registries/metric-source.js';

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
