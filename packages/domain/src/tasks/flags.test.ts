import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDAR_2026 } from '../calendar/official-years.js';
import { createWorkingCalendar } from '../calendar/working-calendar.js';
import { computeTaskFlags, type TaskFlagContext, type TaskTimingInput } from './flags.js';
import { reportingWindows } from './reporting-windows.js';

const calendar = createWorkingCalendar({ years: [OFFICIAL_CALENDAR_2026] });
const windows = reportingWindows(2026, [
  { period: 'Q1', due: '2026-03-08' },
  { period: 'H1', due: '2026-06-08' },
  { period: 'Q3', due: '2026-09-08' },
  { period: 'Y', due: '2026-12-08' },
]);
const on = (today: string): TaskFlagContext => ({ today, calendar, windows, dueSoonWorkingDays: 5 });
const task = (over: Partial<TaskTimingInput> = {}): TaskTimingInput => ({
  kind: 'quarter',
  dueDate: '2026-03-31',
  status: 'in_progress',
  review: null,
  completedOn: null,
  updateDates: [],
  ...over,
});

describe('due soon and overdue on the working calendar', () => {
  it('counts working days, not calendar days: the 30/04 holidays push a task into "due soon"', () => {
    // Fri 24/04 → Thu 30/04: 25–27/04 and 30/04 are days off, so only 24, 28 and 29/04 are left.
    const flags = computeTaskFlags(task({ dueDate: '2026-04-30' }), on('2026-04-24'));
    expect(flags).toMatchObject({ dueSoon: true, overdue: false, workingDaysLeft: 3 });
    // The same six calendar days in an ordinary week leave five working days.
    expect(computeTaskFlags(task({ dueDate: '2026-03-26' }), on('2026-03-20')).workingDaysLeft).toBe(5);
    expect(computeTaskFlags(task({ dueDate: '2026-03-27' }), on('2026-03-20')).dueSoon).toBe(false);
  });

  it('is overdue from the day after the due date, counting late working days', () => {
    expect(computeTaskFlags(task({ dueDate: '2026-03-20' }), on('2026-03-20')).overdue).toBe(false);
    const late = computeTaskFlags(task({ dueDate: '2026-01-14', kind: 'before' }), on('2026-03-20'));
    expect(late.overdue).toBe(true);
    // 15/01 → 20/03 minus weekends and the Tết break (16–20/02 are weekdays off).
    expect(late.workingDaysOverdue).toBe(calendar.countWorkingDays('2026-01-15', '2026-03-20'));
    expect(late.workingDaysOverdue).toBeLessThan(46);
  });

  it('is never due or overdue once settled, nor while a completion made in time waits for review', () => {
    for (const status of ['completed', 'completed_late', 'not_done'] as const) {
      expect(computeTaskFlags(task({ status, dueDate: '2026-01-14' }), on('2026-03-20')).overdue).toBe(false);
    }
    const waiting = task({ dueDate: '2026-03-18', review: 'pending_acceptance', completedOn: '2026-03-17' });
    expect(computeTaskFlags(waiting, on('2026-03-20'))).toMatchObject({ overdue: false, awaitingReview: true });
    const lateSubmission = { ...waiting, completedOn: '2026-03-19' };
    expect(computeTaskFlags(lateSubmission, on('2026-03-20')).overdue).toBe(true);
  });
});

describe('recurring tasks', () => {
  const recurring = (updateDates: string[]) => task({ kind: 'recurring', dueDate: null, updateDates });

  it('flags a missing update when the last reporting window ended without one', () => {
    const flags = computeTaskFlags(recurring([]), on('2026-03-20'));
    expect(flags).toMatchObject({ updateMissing: true, missingPeriod: 'Q1', overdue: false, dueSoon: false });
    expect(computeTaskFlags(recurring(['2026-02-10']), on('2026-03-20')).updateMissing).toBe(false);
    // Late news still counts: the flag clears once an update comes in.
    expect(computeTaskFlags(recurring(['2026-03-19']), on('2026-03-20')).updateMissing).toBe(false);
  });

  it('warns when the current window closes soon with no update in it', () => {
    expect(computeTaskFlags(recurring(['2026-03-01']), on('2026-06-03')).updateDueSoon).toBe(true);
    expect(computeTaskFlags(recurring(['2026-05-20']), on('2026-06-03')).updateDueSoon).toBe(false);
    expect(computeTaskFlags(recurring(['2026-03-01']), on('2026-04-15')).updateDueSoon).toBe(false);
  });

  it('asks nothing before the first window has ended', () => {
    expect(computeTaskFlags(recurring([]), on('2026-02-01')).updateMissing).toBe(false);
  });
});

describe('event tasks', () => {
  it('await their trigger until a due date is set, then behave as dated tasks', () => {
    const waiting = task({ kind: 'event', dueDate: null });
    expect(computeTaskFlags(waiting, on('2026-03-20'))).toMatchObject({ awaitingTrigger: true, overdue: false });
    const triggered = computeTaskFlags({ ...waiting, dueDate: '2026-03-19' }, on('2026-03-20'));
    expect(triggered).toMatchObject({ awaitingTrigger: false, overdue: true });
  });
});
