import { describe, expect, it } from 'vitest';
import { classifyFinished, classifyOpen, computeDueMoment, type WorkingTimeLimit } from './deadlines.js';
import { calendar2026, local, vn } from './test-support/moments.js';

// Worked examples on the verified 2026 schedule, written as a one-stop officer would check them by hand.
const calendar = calendar2026();

function dueOf(receivedAt: string, limit: WorkingTimeLimit): Date {
  const { due } = computeDueMoment(calendar, { receivedAt: vn(receivedAt), limit });
  if (due === null) throw new Error('no pause here, so a due moment is expected');
  return due;
}

describe('Tết 2026 (days off Sat 14/02 – Sun 22/02)', () => {
  it('a dossier received Thu 12/02 10:00 with 3 working days is due Tue 24/02 10:00', () => {
    // Fri 13/02 is day 1, the break counts for nothing, Mon 23/02 is day 2, Tue 24/02 day 3.
    const due = dueOf('2026-02-12 10:00', { days: 3 });
    expect(local(due)).toBe('2026-02-24 10:00');
    expect(classifyFinished(vn('2026-02-23 15:00'), due)).toBe('early');
    expect(classifyFinished(vn('2026-02-24 16:00'), due)).toBe('on_time');
    expect(classifyFinished(vn('2026-02-25 08:00'), due)).toBe('late');
  });

  it('a supplement asked Fri 13/02 09:00 and received Mon 23/02 09:00 adds one working day, not ten', () => {
    const result = computeDueMoment(calendar, {
      receivedAt: vn('2026-02-12 10:00'),
      limit: { days: 3 },
      pauses: [{ from: vn('2026-02-13 09:00'), to: vn('2026-02-23 09:00') }],
    });
    expect(result.pausedMinutes).toBe(480); // Fri 09:00–17:00 (6 h) + Mon 07:00–09:00 (2 h)
    expect(local(result.due)).toBe('2026-02-25 10:00');
  });

  it('an 8-hour limit from Fri 13/02 16:30 runs 30 minutes before the break and ends Mon 23/02 16:30', () => {
    expect(local(dueOf('2026-02-13 16:30', { hours: 8 }))).toBe('2026-02-23 16:30');
  });

  it('an online dossier sent during the break counts from the opening of Mon 23/02', () => {
    expect(local(dueOf('2026-02-15 20:00', { days: 2 }))).toBe('2026-02-25 07:00');
  });
});

describe('30/04–01/05/2026 (days off Thu 30/04 – Sun 03/05) and Giỗ Tổ (Sat 25/04 – Mon 27/04)', () => {
  it('a dossier received Wed 29/04 14:00 with 2 working days is due Tue 05/05 14:00', () => {
    expect(local(dueOf('2026-04-29 14:00', { days: 2 }))).toBe('2026-05-05 14:00');
  });

  it('a dossier submitted online on 30/04 counts from Mon 04/05 07:00', () => {
    expect(local(dueOf('2026-04-30 09:00', { days: 1 }))).toBe('2026-05-05 07:00');
  });

  it('Fri 24/04 10:00 + 1 working day skips the Giỗ Tổ nghỉ bù on Mon 27/04', () => {
    expect(local(calendar.addWorkingDays(vn('2026-04-24 10:00'), 1))).toBe('2026-04-28 10:00');
  });

  it('report helpers see the break: last working day before 04/05 is 29/04; 24/04–05/05 holds 5 working days', () => {
    expect(calendar.lastWorkingDayBefore('2026-05-04')).toBe('2026-04-29');
    expect(calendar.countWorkingDays('2026-04-24', '2026-05-05')).toBe(5);
  });
});

describe('make-up Saturday 10/01/2026 (for the day off Fri 02/01)', () => {
  it('Fri 09/01 15:00 + 1 working day is Sat 10/01 15:00', () => {
    expect(local(dueOf('2026-01-09 15:00', { days: 1 }))).toBe('2026-01-10 15:00');
  });

  it('Fri 09/01 16:00 + 4 working hours ends Sat 10/01 10:00', () => {
    expect(local(dueOf('2026-01-09 16:00', { hours: 4 }))).toBe('2026-01-10 10:00');
  });

  it('Wed 31/12/2025 10:00 + 2 working days skips 01–04/01 and lands Tue 06/01 10:00', () => {
    expect(local(dueOf('2025-12-31 10:00', { days: 2 }))).toBe('2026-01-06 10:00');
  });

  it('the Saturday is a full working day between Friday’s close and Monday’s opening', () => {
    expect(calendar.workingMinutesBetween(vn('2026-01-09 17:00'), vn('2026-01-12 07:00'))).toBe(480);
    // Due Mon 12/01: on Fri 09/01 two working days are left (Sat 10/01, Mon 12/01), so not yet due soon.
    expect(classifyOpen(calendar, vn('2026-01-12 10:00'), vn('2026-01-09 09:00'))).toBe('within');
    expect(classifyOpen(calendar, vn('2026-01-12 10:00'), vn('2026-01-10 09:00'))).toBe('due_soon');
  });
});
