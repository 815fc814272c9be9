import { describe, expect, it } from 'vitest';
import { computeMilestoneFlags, type MilestoneState, nextMilestoneDue } from './milestones.js';

// Monday to Friday, no holidays: enough to count working days by hand here.
const calendar = {
  countWorkingDays(from: string, to: string) {
    let n = 0;
    for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
      if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) n++;
    }
    return n;
  },
};
const ctx = (today: string) => ({ today, calendar, windows: [], dueSoonWorkingDays: 5 });
const MARCH_SEPTEMBER: MilestoneState[] = [
  { position: 1, start: '2026-03-01', due: '2026-03-31', doneOn: null },
  { position: 2, start: '2026-09-01', due: '2026-09-30', doneOn: null },
];
const open = { status: 'in_progress' as const, review: null, completedOn: null, updateDates: [] };

describe('milestones of one task', () => {
  it('flags the March deliverable overdue in April while September is not due yet', () => {
    const [march, september] = computeMilestoneFlags(MARCH_SEPTEMBER, open, ctx('2026-04-02'));
    // 01/04 (Wed) and 02/04 (Thu) are the working days since 31/03.
    expect(march).toMatchObject({ overdue: true, workingDaysOverdue: 2, dueSoon: false });
    expect(september).toMatchObject({ overdue: false, dueSoon: false });
    expect(nextMilestoneDue(MARCH_SEPTEMBER, '2026-09-30')).toBe('2026-03-31');
  });

  it('a milestone handed in is no longer flagged, and the task then counts from the next one', () => {
    const done = MARCH_SEPTEMBER.map((m) => (m.position === 1 ? { ...m, doneOn: '2026-03-30' } : m));
    const [march, september] = computeMilestoneFlags(done, open, ctx('2026-09-25'));
    expect(march).toMatchObject({ overdue: false, dueSoon: false, workingDaysLeft: null });
    // 25/09 (Fri), 28, 29, 30/09: four working days left, within the five of "due soon".
    expect(september).toMatchObject({ overdue: false, dueSoon: true, workingDaysLeft: 4 });
    expect(nextMilestoneDue(done, '2026-09-30')).toBe('2026-09-30');
  });

  it('a completed task has no overdue milestone', () => {
    const flags = computeMilestoneFlags(MARCH_SEPTEMBER, { ...open, status: 'completed' }, ctx('2026-10-05'));
    expect(flags.map((f) => f.overdue)).toEqual([false, false]);
  });
});
