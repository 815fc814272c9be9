import { describe, expect, it } from 'vitest';
import type { TaskFlags } from './flags.js';
import { remindersDue } from './reminders.js';
import { reportingWindows } from './reporting-windows.js';

const windows = reportingWindows(2026, [
  { period: 'Q1', due: '2026-03-08' },
  { period: 'H1', due: '2026-06-08' },
]);
const none: TaskFlags = {
  dueSoon: false,
  overdue: false,
  workingDaysLeft: null,
  workingDaysOverdue: null,
  updateMissing: false,
  missingPeriod: null,
  updateDueSoon: false,
  awaitingTrigger: false,
  returned: false,
  awaitingReview: false,
};
const remind = (flags: Partial<TaskFlags>, today: string, dueDate: string | null = '2026-03-31') =>
  remindersDue({ flags: { ...none, ...flags }, dueDate }, today, windows);

describe('reminders of the daily job', () => {
  it('tells "due soon" once per due date, and again on the last working day', () => {
    expect(remind({ dueSoon: true, workingDaysLeft: 5 }, '2026-03-25')).toEqual([
      { kind: 'due_soon', day: '2026-03-31' },
    ]);
    expect(remind({ dueSoon: true, workingDaysLeft: 1 }, '2026-03-31')).toEqual([
      { kind: 'due_soon', day: '2026-03-31' },
      { kind: 'due_soon', day: '2026-03-31' },
    ]);
  });

  it('tells "overdue" on the first overdue day, then once a week keyed by its Monday', () => {
    expect(remind({ overdue: true, workingDaysOverdue: 1 }, '2026-04-01')).toEqual([
      { kind: 'overdue', day: '2026-04-01' },
    ]);
    // Thursday 02/04/2026 belongs to the week of Monday 30/03: a mid-week start still tells once that week.
    expect(remind({ overdue: true, workingDaysOverdue: 2 }, '2026-04-02')).toEqual([
      { kind: 'overdue', day: '2026-03-30' },
    ]);
    expect(remind({ overdue: true, workingDaysOverdue: 42 }, '2026-03-22')).toEqual([
      { kind: 'overdue', day: '2026-03-16' },
    ]);
    expect(remind({ overdue: true, workingDaysOverdue: 4 }, '2026-04-06')).toEqual([
      { kind: 'overdue', day: '2026-04-06' },
    ]);
  });

  it('tells a missing periodic update once per reporting window', () => {
    expect(remind({ updateMissing: true, missingPeriod: 'Q1' }, '2026-03-20', null)).toEqual([
      { kind: 'update_missing', day: '2026-03-08' },
    ]);
    expect(remind({ updateDueSoon: true }, '2026-06-03', null)).toEqual([
      { kind: 'update_missing', day: '2026-06-08' },
    ]);
  });

  it('reminds a returned completion once a week, keyed by its Monday', () => {
    expect(remind({ returned: true }, '2026-03-23')).toEqual([{ kind: 'returned', day: '2026-03-23' }]);
    expect(remind({ returned: true }, '2026-03-24')).toEqual([{ kind: 'returned', day: '2026-03-23' }]);
    expect(remind({ returned: true }, '2026-03-29')).toEqual([{ kind: 'returned', day: '2026-03-23' }]);
  });
});
