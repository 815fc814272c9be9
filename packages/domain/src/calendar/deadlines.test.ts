import { describe, expect, it } from 'vitest';
import { classifyFinished, classifyOpen, computeDueMoment } from './deadlines.js';
import { calendar2026, local, vn } from './test-support/moments.js';

const calendar = calendar2026();
const due = (input: Parameters<typeof computeDueMoment>[1]) => local(computeDueMoment(calendar, input).due);

describe('computeDueMoment', () => {
  const receivedAt = vn('2026-03-02 09:00'); // Monday

  it('adds the limit in working days or working hours', () => {
    expect(due({ receivedAt, limit: { days: 5 } })).toBe('2026-03-09 09:00');
    expect(due({ receivedAt, limit: { hours: 4 } })).toBe('2026-03-02 15:00');
    expect(due({ receivedAt, limit: { days: 0 } })).toBe('2026-03-02 09:00');
  });

  it('pushes the due moment by the working time of a supplement pause', () => {
    // Paused Tue 10:00 → Thu 10:00: two working days (960 min) the applicant spent.
    const result = computeDueMoment(calendar, {
      receivedAt,
      limit: { days: 5 },
      pauses: [{ from: vn('2026-03-03 10:00'), to: vn('2026-03-05 10:00') }],
    });
    expect(result.pausedMinutes).toBe(960);
    expect(local(result.due)).toBe('2026-03-11 09:00');
    expect(local(result.baseDue)).toBe('2026-03-09 09:00');
  });

  it('counts overlapping pauses once and ignores pause time before the receipt', () => {
    const pauses = [
      { from: vn('2026-03-03 07:00'), to: vn('2026-03-04 07:00') },
      { from: vn('2026-03-03 13:30'), to: vn('2026-03-04 13:30') },
      { from: vn('2026-02-27 07:00'), to: vn('2026-03-02 10:00') },
    ];
    const result = computeDueMoment(calendar, { receivedAt, limit: { days: 5 }, pauses });
    expect(result.pausedMinutes).toBe(60 + 480 + 270); // 09:00–10:00 Mon, Tue 07:00–Wed 07:00, Wed 07:00–13:30
  });

  it('ignores a pause that starts once the time is already up', () => {
    const late = [{ from: vn('2026-03-10 08:00'), to: vn('2026-03-12 08:00') }];
    expect(due({ receivedAt, limit: { days: 5 }, pauses: late })).toBe('2026-03-09 09:00');
  });

  it('has no due moment while a pause is open, and says how much time was left', () => {
    const result = computeDueMoment(calendar, {
      receivedAt,
      limit: { days: 5 },
      pauses: [{ from: vn('2026-03-04 09:00'), to: null }],
    });
    expect(result.due).toBeNull();
    expect(result.remainingMinutesAtPause).toBe(3 * 480);
  });

  it('takes the apology letter’s new date as the due moment', () => {
    const result = computeDueMoment(calendar, {
      receivedAt,
      limit: { days: 5 },
      extension: { newDue: vn('2026-03-13 16:00') },
    });
    expect(local(result.due)).toBe('2026-03-13 16:00');
    expect(result.extended).toBe(true);
  });

  it('writes a limit in days that runs out at 11:30 as 13:30, even from a receipt at a fraction of a second', () => {
    // Found by the property test: the pause covers the receipt, so the clock starts at its end (Fri 31/10 11:30);
    // six working days later is Mon 10/11 11:30, written as the next opening. This once came out at 11:30.
    const result = computeDueMoment(calendar, {
      receivedAt: new Date('2025-10-16T02:03:34.088Z'), // Thu 09:03:34.088 in Vietnam
      limit: { days: 6 },
      pauses: [{ from: vn('2025-10-12 07:01'), to: vn('2025-10-31 11:30') }],
    });
    expect(local(result.due)).toBe('2025-11-10 13:30');
  });

  it('refuses a negative limit and a pause that ends before it starts', () => {
    expect(() => computeDueMoment(calendar, { receivedAt, limit: { days: -1 } })).toThrow(RangeError);
    const backwards = [{ from: vn('2026-03-04 09:00'), to: vn('2026-03-03 09:00') }];
    expect(() => computeDueMoment(calendar, { receivedAt, limit: { days: 5 }, pauses: backwards })).toThrow(RangeError);
  });
});

describe('classifyFinished (dates in Vietnam’s calendar)', () => {
  const dueAt = vn('2026-03-05 10:00');

  it('is early before the due date, on time on it (even after the hour), late after it', () => {
    expect(classifyFinished(vn('2026-03-04 16:59'), dueAt)).toBe('early');
    expect(classifyFinished(vn('2026-03-05 16:30'), dueAt)).toBe('on_time');
    expect(classifyFinished(vn('2026-03-06 07:00'), dueAt)).toBe('late');
  });

  it('changes date at midnight in Hà Nội, 17:00 UTC', () => {
    expect(classifyFinished(new Date('2026-03-05T16:59:00Z'), dueAt)).toBe('on_time');
    expect(classifyFinished(new Date('2026-03-05T17:00:00Z'), dueAt)).toBe('late');
  });
});

describe('classifyOpen', () => {
  const dueAt = vn('2026-03-09 10:00'); // Monday

  it('is within until the due date is one working day away, then due soon, then overdue', () => {
    expect(classifyOpen(calendar, dueAt, vn('2026-03-05 09:00'))).toBe('within');
    expect(classifyOpen(calendar, dueAt, vn('2026-03-06 09:00'))).toBe('due_soon'); // Friday before a Monday due
    expect(classifyOpen(calendar, dueAt, vn('2026-03-09 15:00'))).toBe('due_soon'); // past the hour, not the date
    expect(classifyOpen(calendar, dueAt, vn('2026-03-10 07:00'))).toBe('overdue');
  });

  it('takes the due-soon threshold in working days', () => {
    expect(classifyOpen(calendar, dueAt, vn('2026-03-05 09:00'), { dueSoonWorkingDays: 2 })).toBe('due_soon');
    expect(classifyOpen(calendar, dueAt, vn('2026-03-06 09:00'), { dueSoonWorkingDays: 0 })).toBe('within');
  });

  it('counts the Tết break as no time: due Mon 23/02, due soon from Fri 13/02', () => {
    const afterTet = vn('2026-02-23 10:00');
    expect(classifyOpen(calendar, afterTet, vn('2026-02-12 09:00'))).toBe('within');
    expect(classifyOpen(calendar, afterTet, vn('2026-02-13 09:00'))).toBe('due_soon');
  });
});
