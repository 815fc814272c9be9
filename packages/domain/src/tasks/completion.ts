// Completion figures of a plan: the task-completion target counts the tasks whose due date
// has passed, plus those already settled, and compares the ones completed on time with them.
import type { IsoDate } from '../clock.js';
import type { TimeframeKind } from '../plan/types.js';
import { isCompletedStatus, isSettledStatus, type TaskStatus } from './status.js';

/** What the figures need of a task. */
export interface CompletionTaskInput {
  kind: TimeframeKind;
  /** The due date in force (see {@link completionDueDate}). */
  dueDate: IsoDate | null;
  status: TaskStatus;
}

/** The plan's figures on one day. */
export interface CompletionFigures {
  /** Tasks of the plan in force (dropped tasks excluded). */
  total: number;
  completed: number;
  completedOnTime: number;
  completedLate: number;
  notDone: number;
  /** Unsettled tasks past their due date. */
  overdue: number;
  /** Tasks counted by the target so far: due date passed, or settled before it. */
  dueSoFar: number;
  /** completedOnTime ÷ dueSoFar in %, 2 decimals; null while nothing is due (N/A, not 0). */
  onTimeRate: number | null;
  /** completed ÷ total in %, 2 decimals. */
  completionRate: number | null;
  /** The year-end projection: every task with a due date counted, the open ones assumed done on time. */
  yearEnd: { total: number; maxOnTime: number; maxRate: number | null };
}

/** A share in %, with 2 decimals (docs/DOMAIN.md §4); null when the denominator is 0. */
export function percent(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 100;
}

/**
 * The due date a task is judged against. A recurring task ("Thường xuyên") has no single due date: it is judged
 * at the end of the plan year. An event task counts once its trigger has set a date.
 */
export function completionDueDate(kind: TimeframeKind, dueDate: IsoDate | null, planYear: number): IsoDate | null {
  return kind === 'recurring' ? `${planYear}-12-31` : dueDate;
}

/** The completion figures of a set of tasks on `today`; `dueDate` must already be {@link completionDueDate}. */
export function completionFigures(tasks: readonly CompletionTaskInput[], today: IsoDate): CompletionFigures {
  let completedOnTime = 0;
  let completedLate = 0;
  let notDone = 0;
  let overdue = 0;
  let dueSoFar = 0;
  let yearEndTotal = 0;
  let stillPossible = 0;
  for (const task of tasks) {
    const settled = isSettledStatus(task.status);
    const passed = task.dueDate !== null && task.dueDate < today;
    if (task.status === 'completed') completedOnTime += 1;
    if (task.status === 'completed_late') completedLate += 1;
    if (task.status === 'not_done') notDone += 1;
    if (!settled && passed) overdue += 1;
    if (settled || passed) dueSoFar += 1;
    if (settled || task.dueDate !== null) yearEndTotal += 1;
    if (!settled && task.dueDate !== null && !passed) stillPossible += 1;
  }
  const completed = tasks.filter((t) => isCompletedStatus(t.status)).length;
  const maxOnTime = completedOnTime + stillPossible;
  return {
    total: tasks.length,
    completed,
    completedOnTime,
    completedLate,
    notDone,
    overdue,
    dueSoFar,
    onTimeRate: percent(completedOnTime, dueSoFar),
    completionRate: percent(completed, tasks.length),
    yearEnd: { total: yearEndTotal, maxOnTime, maxRate: percent(maxOnTime, yearEndTotal) },
  };
}

/** The figures per group (reform area, unit…), groups in first-seen order; a task may belong to several. */
export function completionByGroup<T extends CompletionTaskInput>(
  tasks: readonly T[],
  groupsOf: (task: T) => readonly string[],
  today: IsoDate,
): Map<string, CompletionFigures> {
  const members = new Map<string, T[]>();
  for (const task of tasks) {
    for (const key of groupsOf(task)) members.set(key, [...(members.get(key) ?? []), task]);
  }
  return new Map([...members].map(([key, list]) => [key, completionFigures(list, today)]));
}
