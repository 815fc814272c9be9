import { describe, expect, it } from 'vitest';
import { SATURDAY_MORNING_COUNTER } from './office-hours.js';
import { OFFICIAL_CALENDAR_2026 } from './official-years.js';
import { calendar2026, local, vn } from './test-support/moments.js';
import { createWorkingCalendar } from './working-calendar.js';

const calendar = calendar2026();

describe('office hours', () => {
  it('opens 07:00–11:30 and 13:30–17:00, start included, end excluded', () => {
    expect(calendar.isWithinOfficeHours(vn('2026-03-02 07:00'))).toBe(true);
    expect(calendar.isWithinOfficeHours(vn('2026-03-02 11:30'))).toBe(false);
    expect(calendar.isWithinOfficeHours(vn('2026-03-02 13:30'))).toBe(true);
    expect(calendar.isWithinOfficeHours(vn('2026-03-02 17:00'))).toBe(false);
    expect(calendar.isWithinOfficeHours(vn('2026-02-17 09:00'))).toBe(false);
    expect(calendar.minutesPerDay).toBe(480);
  });

  it('finds the next opening: after lunch, the next morning, or after a weekend', () => {
    expect(local(calendar.nextOpening(vn('2026-03-02 12:15')))).toBe('2026-03-02 13:30');
    expect(local(calendar.nextOpening(vn('2026-03-02 18:00')))).toBe('2026-03-03 07:00');
    expect(local(calendar.nextOpening(vn('2026-03-06 17:00')))).toBe('2026-03-09 07:00');
    expect(local(calendar.nextOpening(vn('2026-03-03 09:41')))).toBe('2026-03-03 09:41');
  });

  it('opens a Saturday counter that receives dossiers but adds no working time', () => {
    const withCounter = createWorkingCalendar({
      years: [OFFICIAL_CALENDAR_2026],
      officeHours: { periods: calendar.officeHours.periods, saturdayCounter: SATURDAY_MORNING_COUNTER },
    });
    expect(withCounter.isCounterOpen(vn('2026-03-07 08:00'))).toBe(true);
    expect(withCounter.isCounterOpen(vn('2026-03-07 14:00'))).toBe(false);
    expect(withCounter.isCounterOpen(vn('2026-02-21 08:00'))).toBe(false); // Saturday inside the Tết break
    expect(calendar.isCounterOpen(vn('2026-03-07 08:00'))).toBe(false);
    expect(local(withCounter.addWorkingDays(vn('2026-03-07 08:00'), 1))).toBe('2026-03-10 07:00');
    expect(withCounter.version).toBe(calendar.version);
  });

  it('refuses malformed office hours', () => {
    const build = (periods: { from: string; to: string }[]) =>
      createWorkingCalendar({ years: [], officeHours: { periods, saturdayCounter: null } });
    expect(() => build([])).toThrow(RangeError);
    expect(() => build([{ from: '7:00', to: '11:30' }])).toThrow(RangeError);
    expect(() => build([{ from: '13:30', to: '11:30' }])).toThrow(RangeError);
    expect(() =>
      build([
        { from: '07:00', to: '12:00' },
        { from: '11:00', to: '17:00' },
      ]),
    ).toThrow(RangeError);
  });
});

describe('adding working days', () => {
  it('keeps the time of day: Mon 07:00 + 1 = Tue 07:00, Fri 15:00 + 1 = Mon 15:00', () => {
    expect(local(calendar.addWorkingDays(vn('2026-03-02 07:00'), 1))).toBe('2026-03-03 07:00');
    expect(local(calendar.addWorkingDays(vn('2026-03-06 15:00'), 1))).toBe('2026-03-09 15:00');
  });

  it('counts from the next opening when the start is outside office hours', () => {
    expect(local(calendar.addWorkingDays(vn('2026-03-02 05:30'), 1))).toBe('2026-03-03 07:00');
    expect(local(calendar.addWorkingDays(vn('2026-03-02 12:00'), 1))).toBe('2026-03-03 13:30');
    expect(local(calendar.addWorkingDays(vn('2026-03-07 10:00'), 2))).toBe('2026-03-11 07:00');
  });

  it('subtracts with a negative count', () => {
    expect(local(calendar.addWorkingDays(vn('2026-03-09 15:00'), -1))).toBe('2026-03-06 15:00');
    expect(local(calendar.addWorkingDays(vn('2026-02-23 08:00'), -1))).toBe('2026-02-13 08:00');
  });

  it('throws on an invalid Date rather than returning one', () => {
    expect(() => calendar.addWorkingDays(new Date(Number.NaN), 1)).toThrow(RangeError);
  });
});

describe('adding working hours and measuring working time', () => {
  it('counts 8 h as one working day, inside office hours only', () => {
    // A limit in hours that runs out at closing time ends then, not at the next opening.
    expect(local(calendar.addWorkingHours(vn('2026-03-02 07:00'), 8))).toBe('2026-03-02 17:00');
    expect(local(calendar.addWorkingHours(vn('2026-03-02 15:00'), 2))).toBe('2026-03-02 17:00');
    expect(local(calendar.addWorkingHours(vn('2026-03-02 09:30'), 2))).toBe('2026-03-02 11:30');
    expect(local(calendar.addWorkingHours(vn('2026-03-02 15:00'), 0))).toBe('2026-03-02 15:00');
    expect(local(calendar.addWorkingHours(vn('2026-03-02 10:00'), 2))).toBe('2026-03-02 14:00');
    expect(local(calendar.addWorkingHours(vn('2026-03-06 16:00'), 2))).toBe('2026-03-09 08:00');
    expect(local(calendar.addWorkingMinutes(vn('2026-03-02 11:00'), 30))).toBe('2026-03-02 13:30');
  });

  it('measures working minutes, signed', () => {
    expect(calendar.workingMinutesBetween(vn('2026-03-02 10:00'), vn('2026-03-02 14:00'))).toBe(120);
    expect(calendar.workingMinutesBetween(vn('2026-03-06 16:00'), vn('2026-03-09 08:00'))).toBe(120);
    expect(calendar.workingMinutesBetween(vn('2026-03-09 08:00'), vn('2026-03-06 16:00'))).toBe(-120);
    expect(calendar.workingMinutesBetween(vn('2026-02-14 08:00'), vn('2026-02-22 20:00'))).toBe(0);
  });
});

describe('report helpers', () => {
  it('finds the last working day before a date, across the Tết break', () => {
    expect(calendar.lastWorkingDayBefore('2026-02-23')).toBe('2026-02-13');
    expect(calendar.lastWorkingDayBefore('2026-03-09')).toBe('2026-03-06');
  });

  it('counts working days with both ends included', () => {
    expect(calendar.countWorkingDays('2026-02-01', '2026-02-28')).toBe(15);
    expect(calendar.countWorkingDays('2026-01-05', '2026-01-10')).toBe(6); // the make-up Saturday counts
    expect(calendar.countWorkingDays('2026-03-02', '2026-03-02')).toBe(1);
    expect(calendar.countWorkingDays('2026-03-03', '2026-03-02')).toBe(0);
  });

  it('shifts dates by working days; 0 moves a day off to the next working day', () => {
    expect(calendar.shiftWorkingDays('2026-03-08', -3)).toBe('2026-03-04');
    expect(calendar.shiftWorkingDays('2026-02-14', 0)).toBe('2026-02-23');
    expect(calendar.shiftWorkingDays('2026-03-04', 0)).toBe('2026-03-04');
    expect(calendar.shiftWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => calendar.isWorkingDay('2026-2-3')).toThrow(RangeError);
  });
});

describe('calendar version', () => {
  it('is stable for the same data and changes when a day moves', () => {
    expect(calendar2026().version).toBe(calendar.version);
    const moved = {
      ...OFFICIAL_CALENDAR_2026,
      daysOff: [...OFFICIAL_CALENDAR_2026.daysOff, { date: '2026-08-31', reason: 'Nghỉ hoán đổi', notice: null }],
    };
    const updated = createWorkingCalendar({ years: [moved] });
    expect(updated.version).not.toBe(calendar.version);
    expect(updated.yearVersion(2026)).not.toBe(calendar.yearVersion(2026));
    expect(updated.yearVersion(2027)).toBe(calendar.yearVersion(2027));
  });

  it('ignores a reworded reason, which moves no deadline', () => {
    const reworded = {
      ...OFFICIAL_CALENDAR_2026,
      daysOff: OFFICIAL_CALENDAR_2026.daysOff.map((d) => ({ ...d, reason: `${d.reason}.` })),
    };
    expect(createWorkingCalendar({ years: [reworded] }).version).toBe(calendar.version);
  });

  it('changes with the 24/11 switch', () => {
    const withCultureDay = createWorkingCalendar({ years: [], holidayRules: { cultureDay24Nov: true } });
    expect(withCultureDay.version).not.toBe(createWorkingCalendar({ years: [] }).version);
  });
});
