import {
  combineTargetStatuses,
  type IsoDate,
  lastEndedWindow,
  type MetricReading,
  measureStatus,
  type TargetMeasure,
  type TargetStatus,
} from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import {
  type CompletionTask,
  completionTaskOf,
  type TaskRow,
  type TaskScope,
  tasksRepository,
} from '../../tasks/index.js';
import { type MetricContext, metricSourceFor } from '../metric-sources.js';
import { type TargetEntry, targetsRepository } from '../repository.js';

/** A measure of a target with its value now, its value at the previous period's end and its status. */
export interface MeasureView {
  measure: TargetMeasure;
  /** Where the value comes from now: a registered source computes it, or the coordinator enters it. */
  origin: 'computed' | 'entered';
  reading: MetricReading | null;
  previousValue: number | null;
  status: TargetStatus;
}

/** A target (chỉ tiêu) of the plan with its measures and overall status. */
export interface TargetView {
  code: string;
  text: string;
  status: TargetStatus;
  measures: MeasureView[];
}

/** The latest entered value of a measure on or before a day. */
function enteredReading(
  entries: readonly TargetEntry[],
  code: string,
  metric: string,
  asOf: IsoDate,
): MetricReading | null {
  const found = entries.filter((e) => e.targetCode === code && e.metric === metric && e.asOf <= asOf).at(-1);
  if (!found) return null;
  return {
    metric,
    value: found.value,
    asOf: found.asOf,
    origin: 'entered',
    method: 'entered',
    evidence: { number: found.evidenceNumber, date: found.evidenceDate, fileName: null, note: found.note },
  };
}

/**
 * How a periodic report reads the targets (docs/DOMAIN.md §7: the state at the window's end, from history): its
 * data window, over which computed counts are taken, and the plan's tasks as they stood on a day.
 */
export interface ReportReading {
  window: { start: IsoDate; end: IsoDate };
  tasksAt(asOf: IsoDate): Promise<readonly CompletionTask[]>;
}

interface Evaluation {
  scope: TaskScope;
  entries: readonly TargetEntry[];
  previousDue: IsoDate | null;
  db: Db;
  report: ReportReading | null;
  /** The plan's tasks from today's rows as they stood on a day: the rows read once for every measure and day. */
  tasksOn(asOf: IsoDate): Promise<readonly CompletionTask[]>;
}

/** Today's task rows (read once, unless the caller has them) as completion inputs on each day asked, once per day. */
function todaysTasks(db: Db, scope: TaskScope, rows?: readonly TaskRow[]) {
  let read: Promise<readonly TaskRow[]> | undefined = rows && Promise.resolve(rows);
  const byDay = new Map<IsoDate, Promise<readonly CompletionTask[]>>();
  return (asOf: IsoDate) => {
    read ??= tasksRepository(db).listTasks(scope.tenantId, scope.plan.id);
    const tasks = byDay.get(asOf) ?? read.then((all) => all.map((r) => completionTaskOf(r, scope.plan.year, asOf)));
    byDay.set(asOf, tasks);
    return tasks;
  };
}

async function readingOn(
  ev: Evaluation,
  code: string,
  metric: string,
  asOf: IsoDate,
  inWindow: boolean,
): Promise<MetricReading | null> {
  const source = metricSourceFor(metric);
  if (!source) return enteredReading(ev.entries, code, metric, asOf);
  const context: MetricContext = { db: ev.db, tenantId: ev.scope.tenantId, plan: ev.scope.plan, asOf };
  if (ev.report) {
    context.tasks = await ev.report.tasksAt(asOf);
    // The previous period's value is read as the dashboard reads it (year to date), only to see a fall.
    if (inWindow) context.window = ev.report.window;
  } else context.tasks = await ev.tasksOn(asOf);
  return source.read(context);
}

async function evaluateMeasure(ev: Evaluation, code: string, measure: TargetMeasure): Promise<MeasureView> {
  const { today, plan } = ev.scope;
  const [reading, previous] = await Promise.all([
    readingOn(ev, code, measure.metric, today, true),
    ev.previousDue ? readingOn(ev, code, measure.metric, ev.previousDue, false) : null,
  ]);
  const previousValue = previous?.value ?? null;
  const status = measureStatus({
    comparator: measure.comparator,
    target: measure.value,
    value: reading?.value ?? null,
    previousValue,
    window: { start: `${plan.year}-01-01`, end: `${plan.year}-12-31` },
    today,
  });
  return { measure, origin: metricSourceFor(measure.metric) ? 'computed' : 'entered', reading, previousValue, status };
}

/**
 * Every target of the plan with the value of each measure (computed through the metric-source registry, or
 * the latest entered value), its value at the end of the last reporting window (to see it falling) and status.
 * A periodic report passes `report` (with `scope.today` its cut-off day): entered values dated after it are not
 * counted, computed ones are taken over its window from the tasks history gives. A caller that has read the
 * plan's task rows today passes them as `rows`.
 */
export async function evaluateTargets(
  db: Db,
  scope: TaskScope,
  report: ReportReading | null = null,
  rows?: readonly TaskRow[],
) {
  const repo = targetsRepository(db);
  const [targets, entries] = await Promise.all([
    repo.planTargets(scope.tenantId, scope.plan.id),
    repo.entries(scope.tenantId, scope.plan.id),
  ]);
  const previous = lastEndedWindow(scope.windows, scope.today);
  const tasksOn = todaysTasks(db, scope, rows);
  const ev: Evaluation = { scope, entries, previousDue: previous?.due ?? null, db, report, tasksOn };
  const views: TargetView[] = [];
  for (const target of targets) {
    const measures = await Promise.all(target.measures.map((m) => evaluateMeasure(ev, target.code, m)));
    views.push({ ...target, measures, status: combineTargetStatuses(measures.map((m) => m.status)) });
  }
  return { previousPeriod: previous ? { period: previous.period, due: previous.due } : null, targets: views };
}
