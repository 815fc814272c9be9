// The shape of a computed metric's source: the modules that hold a metric's data implement it, and the registry
// (`METRIC_SOURCES`, modules/targets) lists them. Kept apart from the registry so a source never imports it.
import type { IsoDate, MetricReading, MetricSourceInfo } from '@cchc/domain';
import type { Db } from '../db/database.js';
import type { CompletionTask } from '../modules/tasks/completion-inputs.js';

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
