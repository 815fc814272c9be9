import {
  type CompletionFigures,
  calendarSpan,
  completionByGroup,
  completionFigures,
  countByStatus,
  type IsoDate,
  type ReportAreaFigures,
  type ReportFigures,
  type ReportTargetLine,
  reportAsOf,
} from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { evaluateTargets, targetsRepository } from '../targets/index.js';
import { type CompletionTask, completionTaskOf, loadTaskScope, type TaskRow, tasksRepository } from '../tasks/index.js';
import type { PeriodScope } from './period-scope.js';
import { type ReportFigureProvider, readOptionalFigures } from './providers.js';
import { tasksAtCutoff } from './tasks-at-cutoff.js';

/**
 * Every reform area of the plan in its order, with the dashboard's figures for it (zeros for an area without
 * tasks), plus the tasks' statuses counted from the same inputs.
 */
function areaFigures(
  tasks: readonly CompletionTask[],
  titles: Map<string, string>,
  asOf: IsoDate,
): ReportAreaFigures[] {
  const byArea = completionByGroup(tasks, (t) => (t.areaCode ? [t.areaCode] : []), asOf);
  const codes = [...new Set([...titles.keys(), ...byArea.keys()])];
  const none: CompletionFigures = completionFigures([], asOf);
  return codes.map((code) => ({
    code,
    title: titles.get(code) ?? code,
    figures: byArea.get(code) ?? none,
    byStatus: countByStatus(tasks.filter((t) => t.areaCode === code).map((t) => t.status)),
  }));
}

/**
 * The dashboard's target evaluation at the report's cut-off (docs/DOMAIN.md §7): entered values dated after it
 * left out, computed ones over the window from the tasks as history says they stood (`atCutoff`, the same rows
 * as the report's task figures on its own day).
 */
async function targetLines(
  db: Db,
  scope: PeriodScope,
  asOf: IsoDate,
  now: Date,
  atCutoff: { day: IsoDate; tasks: readonly CompletionTask[] },
  current: readonly TaskRow[],
): Promise<ReportTargetLine[]> {
  const taskScope = await loadTaskScope(db, scope.tenantId, now, scope.plan.id);
  if (!taskScope) return [];
  const { tenantId, plan } = scope;
  const read = new Map<IsoDate, Promise<readonly CompletionTask[]>>([[atCutoff.day, Promise.resolve(atCutoff.tasks)]]);
  const tasksAt = (day: IsoDate) => {
    const known = read.get(day);
    if (known) return known;
    const tasks = tasksAtCutoff(db, tenantId, plan.id, current, day).then((rows) =>
      rows.map((row) => completionTaskOf(row, plan.year, day)),
    );
    read.set(day, tasks);
    return tasks;
  };
  const window = { start: scope.window.start, end: scope.window.end };
  const { targets } = await evaluateTargets(db, { ...taskScope, today: asOf }, { window, tasksAt });
  return targets.map((t) => ({
    code: t.code,
    text: t.text,
    status: t.status,
    measures: t.measures.map((m) => ({
      comparator: m.measure.comparator,
      target: m.measure.value,
      unit: m.measure.unit,
      value: m.reading?.value ?? null,
      ...(m.reading?.numerator !== undefined ? { numerator: m.reading.numerator } : {}),
      ...(m.reading?.denominator !== undefined ? { denominator: m.reading.denominator } : {}),
    })),
  }));
}

/**
 * The unit a task line names, as the ward calls it: the owner unit's own name (never the plan's typo such as
 * "Phòng VHXXH"), the group expression when a group leads, the plan's words only when no unit was matched.
 */
function unitNameOf(row: TaskRow, names: ReadonlyMap<string, string>): string | null {
  if (row.lead_group) return row.lead_group;
  return (row.owner_unit_id ? names.get(row.owner_unit_id) : undefined) ?? (row.lead_text || null);
}

const taskLine = (row: TaskRow, task: CompletionTask, names: ReadonlyMap<string, string>) => ({
  no: row.no,
  content: row.content,
  areaCode: row.area_code,
  unit: unitNameOf(row, names),
  timeframe: row.timeframe_text,
  status: task.status,
  progress: row.progress,
});

/**
 * Reads a report's figures: the plan's completion overall and by reform area exactly as the dashboard computes
 * them (the tasks module's `completionTaskOf` on the same rows, `completionFigures`, `completionByGroup`), the
 * targets as the dashboard evaluates them, the task list, and the optional parts the registered providers fill.
 * Read on `reportAsOf`: today while the window is open, its last day after.
 */
export async function collectReportFigures(
  db: Db,
  scope: PeriodScope,
  now: Date,
  providers?: readonly ReportFigureProvider[],
): Promise<ReportFigures> {
  const asOf = reportAsOf(scope.window, scope.today);
  const { tenantId, plan } = scope;
  const [current, titles, units] = await Promise.all([
    tasksRepository(db).listTasks(tenantId, plan.id),
    targetsRepository(db).areaTitles(tenantId, plan.id, plan.current_version),
    tasksRepository(db).units(tenantId),
  ]);
  // Every figure is the state at the window's end, read from history, not today's rows.
  const rows = await tasksAtCutoff(db, tenantId, plan.id, current, asOf);
  const tasks = rows.map((row) => completionTaskOf(row, plan.year, asOf));
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const context = {
    db,
    tenantId,
    plan,
    period: scope.window.period,
    window: { start: scope.window.start, end: scope.window.end },
    calendarSpan: calendarSpan(plan.year, scope.window.period),
    asOf,
    units: units.map((u) => ({ id: u.id, name: u.name, shortName: u.short_name })),
  };
  const [targets, optional] = await Promise.all([
    targetLines(db, scope, asOf, now, { day: asOf, tasks }, current),
    readOptionalFigures(context, providers),
  ]);
  return {
    asOf,
    window: context.window,
    plan: { title: plan.title, year: plan.year },
    completion: completionFigures(tasks, asOf),
    byStatus: countByStatus(tasks.map((t) => t.status)),
    areas: areaFigures(tasks, titles, asOf),
    tasks: rows.map((row, i) => taskLine(row, tasks[i] as CompletionTask, unitNames)),
    targets,
    ...optional,
  };
}
