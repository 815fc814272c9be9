// Tasks with several milestones ("Tháng 3 và tháng 9/2026", docs/DOMAIN.md §1): each milestone is a deliverable of
// its own, due at the end of its period and flagged on its own. The task as a whole counts from its next open
// milestone, so the list, the dashboard and the reminders flag the March deliverable in April.
import type { IsoDate } from '../clock.js';
import { computeTaskFlags, type TaskFlagContext, type TaskTimingInput } from './flags.js';

/** A milestone as stored: its window and the day it was handed in. */
export interface MilestoneState {
  position: number;
  start: IsoDate | null;
  due: IsoDate;
  doneOn: IsoDate | null;
}

/** A milestone with its flags on a given day. */
export interface MilestoneFlags extends MilestoneState {
  overdue: boolean;
  dueSoon: boolean;
  workingDaysLeft: number | null;
  workingDaysOverdue: number | null;
}

/**
 * The due date a milestones task is flagged against: the first milestone not handed in. With all handed in, the
 * last one's (the task then waits for its completion like any other).
 */
export function nextMilestoneDue(milestones: readonly MilestoneState[], fallback: IsoDate | null): IsoDate | null {
  if (milestones.length === 0) return fallback;
  const open = milestones.filter((m) => m.doneOn === null).sort((a, b) => (a.due < b.due ? -1 : 1));
  return open[0]?.due ?? milestones[milestones.length - 1]?.due ?? fallback;
}

/** Each milestone's flags: an open one is due soon or overdue as a task with that due date would be. */
export function computeMilestoneFlags(
  milestones: readonly MilestoneState[],
  task: Omit<TaskTimingInput, 'dueDate' | 'kind'>,
  ctx: TaskFlagContext,
): MilestoneFlags[] {
  return milestones.map((m) => {
    const flags = computeTaskFlags(
      { ...task, kind: 'date', dueDate: m.due, ...(m.doneOn === null ? {} : { status: 'completed' as const }) },
      ctx,
    );
    const { overdue, dueSoon, workingDaysLeft, workingDaysOverdue } = flags;
    return { ...m, overdue, dueSoon, workingDaysLeft, workingDaysOverdue };
  });
}
