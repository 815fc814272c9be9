import { describe, expect, it } from 'vitest';
import { checkOfficialYear, type OfficialYearCalendar } from './official-data.js';
import { OFFICIAL_CALENDAR_2026 } from './official-years.js';
import { calendar2026 } from './test-support/moments.js';
import { createWorkingCalendar } from './working-calendar.js';

// The verified 2026 days off, one by one (docs/DOMAIN.md §2).
const DAYS_OFF_2026 = [
  '2026-01-01',
  '2026-01-02',
  '2026-01-03',
  '2026-01-04',
  ...['14', '15', '16', '17', '18', '19', '20', '21', '22'].map((d) => `2026-02-${d}`),
  '2026-04-25',
  '2026-04-26',
  '2026-04-27',
  '2026-04-30',
  '2026-05-01',
  '2026-05-02',
  '2026-05-03',
  '2026-09-01',
  '2026-09-02',
];

describe('OFFICIAL_CALENDAR_2026', () => {
  const calendar = calendar2026();

  it.each(DAYS_OFF_2026)('makes %s a day off', (date) => {
    expect(calendar.isWorkingDay(date)).toBe(false);
  });

  it('lists exactly the verified days, with a clean bill from checkOfficialYear', () => {
    expect(OFFICIAL_CALENDAR_2026.daysOff.map((d) => d.date)).toEqual(DAYS_OFF_2026);
    expect(checkOfficialYear(OFFICIAL_CALENDAR_2026)).toEqual([]);
  });

  it('makes Saturday 10/01 a working day, and plain Saturdays are not', () => {
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-01-17')).toBe(false);
    expect(calendar.listMakeUpWorkingDays(2026).map((d) => [d.date, d.source])).toEqual([['2026-01-10', 'official']]);
  });

  it('keeps the Labour Code floor under data that forgets a day: 01/09 comes back, tagged labour_code', () => {
    const without = {
      ...OFFICIAL_CALENDAR_2026,
      daysOff: OFFICIAL_CALENDAR_2026.daysOff.filter((d) => d.date !== '2026-09-01'),
    };
    const floored = createWorkingCalendar({ years: [without] });
    expect(floored.isWorkingDay('2026-09-01')).toBe(false);
    expect(floored.daysOff(2026).find((d) => d.date === '2026-09-01')?.source).toBe('labour_code');
    // 03/09 is the other day the government may pick: with it listed, 01/09 is not added.
    const third = {
      ...without,
      daysOff: [...without.daysOff, { date: '2026-09-03', reason: 'Quốc khánh', notice: null }],
    };
    expect(createWorkingCalendar({ years: [third] }).isWorkingDay('2026-09-01')).toBe(true);
  });

  it('gives notices without invented numbers', () => {
    const notices = [...OFFICIAL_CALENDAR_2026.daysOff, ...OFFICIAL_CALENDAR_2026.workingDays].map((d) => d.notice);
    expect(notices.every((n) => n !== null && n.number === null && n.title.includes('2026'))).toBe(true);
  });

  it('lists the weekdays off of 2026 for `cchc calendar holidays 2026`', () => {
    expect(calendar.listNonWorkingWeekdays(2026).map((d) => d.date)).toEqual([
      '2026-01-01',
      '2026-01-02',
      ...['16', '17', '18', '19', '20'].map((d) => `2026-02-${d}`),
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
  });
});

describe('official data against the defaults', () => {
  const makeUpOnly: OfficialYearCalendar = {
    year: 2027,
    replacesDefaults: false,
    daysOff: [{ date: '2027-04-30', reason: 'Ngày Chiến thắng', notice: { number: null, title: 'TB 2027' } }],
    workingDays: [{ date: '2027-01-09', reason: 'Làm bù', notice: null }],
  };

  it('adds to the Labour Code days when it does not replace them, the official entry winning on a shared date', () => {
    const calendar = createWorkingCalendar({ years: [makeUpOnly] });
    expect(calendar.isWorkingDay('2027-01-09')).toBe(true);
    expect(calendar.isWorkingDay('2027-09-01')).toBe(false);
    const april30 = calendar.daysOff(2027).filter((d) => d.date === '2027-04-30');
    expect(april30.map((d) => d.source)).toEqual(['official']);
  });

  it('falls back to the Labour Code for a year without data', () => {
    expect(
      calendar2026()
        .daysOff(2028)
        .every((d) => d.source === 'labour_code'),
    ).toBe(true);
  });
});

describe('checkOfficialYear', () => {
  it('reports malformed dates, wrong years, duplicates and weekday make-up days', () => {
    const problems = checkOfficialYear({
      year: 2027,
      replacesDefaults: true,
      daysOff: [
        { date: '2027-02-30', reason: 'x', notice: null },
        { date: '2026-12-31', reason: 'x', notice: null },
        { date: '2027-03-01', reason: ' ', notice: null },
      ],
      workingDays: [{ date: '2027-03-01', reason: 'Làm bù', notice: null }],
    });
    expect(problems).toEqual([
      { code: 'calendar_date_malformed', values: { list: 'daysOff', date: '2027-02-30' } },
      { code: 'calendar_date_outside_year', values: { list: 'daysOff', date: '2026-12-31', year: 2027 } },
      { code: 'calendar_reason_missing', values: { list: 'daysOff', date: '2027-03-01' } },
      { code: 'calendar_date_twice', values: { date: '2027-03-01', first: 'daysOff', second: 'workingDays' } },
      { code: 'calendar_make_up_weekday', values: { date: '2027-03-01' } },
    ]);
  });

  it('makes createWorkingCalendar refuse bad data and a year given twice', () => {
    const broken = { ...OFFICIAL_CALENDAR_2026, daysOff: [{ date: '2026-13-01', reason: 'x', notice: null }] };
    expect(() => createWorkingCalendar({ years: [broken] })).toThrow(/2026-13-01/);
    expect(() => createWorkingCalendar({ years: [OFFICIAL_CALENDAR_2026, OFFICIAL_CALENDAR_2026] })).toThrow(/twice/);
  });
});
