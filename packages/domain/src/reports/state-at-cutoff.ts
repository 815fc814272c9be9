// A report's figures are the state at its window's end, read from history (docs/DOMAIN.md §7): a task that came
// into force (added by an amendment, assigned by the city) after the cut-off is not counted, a status reached after
// it does not count yet, and a task whose timeframe an amendment moved after the cut-off keeps the one it had.
import type { IsoDate } from '../clock.js';
import type { TaskStatus } from '../tasks/status.js';

/** A task's timeframe as it stood: kind, due date and the plan's words. */
export interface TimeframeAtCutoff {
  kind: string;
  dueDate: IsoDate | null;
  text: string;
}

/** What history says about one task. */
export interface TaskHistory {
  /** When the task came into force; null when it belongs to the plan as first adopted. */
  addedAt: Date | null;
  /** When an amendment dropped it; null while it is in force. */
  removedAt: Date | null;
  /** Every recorded status change, in any order. */
  statusChanges: readonly { at: Date; status: TaskStatus }[];
  /** Changes of its timeframe by approved amendments, each with the fields it had before. */
  timeframeChanges: readonly { at: Date; before: TimeframeAtCutoff }[];
}

/** The task as it stood at the cut-off. */
export interface TaskAtCutoff {
  inForce: boolean;
  /** The last status reached before the cut-off; `not_started` when none was recorded. */
  status: TaskStatus;
  /** The timeframe in force then, or null when it has not changed since. */
  timeframe: TimeframeAtCutoff | null;
}

/**
 * The state of a task at `cutoff` (the first instant after the window's last day): moments at or after it are
 * later than the report's figures.
 */
export function taskAtCutoff(history: TaskHistory, cutoff: Date): TaskAtCutoff {
  const before = (at: Date) => at.getTime() < cutoff.getTime();
  const inForce =
    (history.addedAt === null || before(history.addedAt)) && !(history.removedAt && before(history.removedAt));
  const reached = history.statusChanges.filter((c) => before(c.at)).sort((a, b) => a.at.getTime() - b.at.getTime());
  // The earliest change after the cut-off holds, in its "before", the timeframe that was in force at the cut-off.
  const later = history.timeframeChanges.filter((c) => !before(c.at)).sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    inForce,
    status: reached.at(-1)?.status ?? 'not_started',
    timeframe: later[0]?.before ?? null,
  };
}
