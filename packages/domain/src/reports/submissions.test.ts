import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDAR_2026 } from '../calendar/official-years.js';
import { createWorkingCalendar } from '../calendar/working-calendar.js';
import {
  canActOnSubmission,
  isFlaggedLate,
  reminderDays,
  reportReminderDue,
  SUBMISSION_STATUSES,
  type SubmissionAction,
  submissionStatusAfter,
  submissionTiming,
} from './submissions.js';

const calendar = createWorkingCalendar({ years: [OFFICIAL_CALENDAR_2026] });

describe("a unit's report", () => {
  it('is saved and submitted by the unit, returned or accepted by the coordinator, and submitted again', () => {
    const allowed = (action: SubmissionAction) => SUBMISSION_STATUSES.filter((s) => canActOnSubmission(s, action));
    expect(allowed('save')).toEqual(['draft', 'returned']);
    expect(allowed('submit')).toEqual(['draft', 'returned']);
    expect(allowed('return')).toEqual(['submitted']);
    expect(allowed('accept')).toEqual(['submitted']);
    expect(submissionStatusAfter('returned', 'submit')).toBe('submitted');
    expect(submissionStatusAfter('submitted', 'return')).toBe('returned');
    expect(submissionStatusAfter('draft', 'save')).toBe('draft');
  });

  it('is late when first submitted after the due date, overdue while missing after it', () => {
    expect(submissionTiming('2026-03-08', '2026-03-08', '2026-03-20')).toBe('on_time');
    expect(submissionTiming('2026-03-09', '2026-03-08', '2026-03-20')).toBe('late');
    expect(submissionTiming(null, '2026-03-08', '2026-03-08')).toBe('pending');
    expect(submissionTiming(null, '2026-03-08', '2026-03-09')).toBe('overdue');
    expect(['on_time', 'late', 'pending', 'overdue'].map((t) => isFlaggedLate(t as 'late'))).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });
});

describe('reminders', () => {
  it('count back in working days from the due date, even when it falls on a Sunday (08/03/2026)', () => {
    expect(reminderDays('2026-03-08', [5, 1], calendar)).toEqual(['2026-03-02', '2026-03-06']);
  });

  it('skip the 30/04–03/05 holidays when counting back from 08/05', () => {
    // Fri 08/05 − 5 working days: 07, 06, 05, 04/05, then 29/04 (30/04–03/05 are days off).
    expect(reminderDays('2026-05-08', [5], calendar)).toEqual(['2026-04-29']);
  });

  it('go out on the reminder days while the report is not in, then once on the first working day after the due date', () => {
    const input = { due: '2026-03-08', workingDaysBefore: [5, 1], calendar };
    const on = (today: string, status: 'draft' | 'returned' | 'submitted' | null = null) =>
      reportReminderDue({ ...input, today, status });
    expect(on('2026-03-02')).toEqual({ kind: 'due_soon', due: '2026-03-08' });
    expect(on('2026-03-03')).toBeNull();
    expect(on('2026-03-06', 'returned')).toEqual({ kind: 'due_soon', due: '2026-03-08' });
    expect(on('2026-03-06', 'submitted')).toBeNull();
    expect(on('2026-03-09', 'draft')).toEqual({ kind: 'overdue', due: '2026-03-08' });
    expect(on('2026-03-10', 'draft')).toBeNull();
  });
});
