import type { IsoDate } from '../clock.js';
import { dayOfIso, isIsoDate, isWeekend } from './dates.js';

/** The official text a day comes from. The number stays null until someone has read it on the notice itself. */
export interface CalendarNotice {
  /** e.g. "1234/TB-BNV"; null when not known. */
  number: string | null;
  title: string;
}

/** One day of a year's calendar data with the reason and the notice it comes from (null for computed rules). */
export interface CalendarDayEntry {
  date: IsoDate;
  reason: string;
  notice: CalendarNotice | null;
}

/**
 * The official calendar of one year, national data kept once for the city and edited by an admin.
 * `daysOff` are days without work (holidays, swapped days, weekends inside a holiday break may be listed too);
 * `workingDays` are make-up working days on a weekend (ngày làm bù).
 */
export interface OfficialYearCalendar {
  year: number;
  daysOff: readonly CalendarDayEntry[];
  workingDays: readonly CalendarDayEntry[];
  /**
   * True when this data is the year's whole holiday list and the Labour Code defaults are dropped; false when it
   * only adds to them (e.g. a make-up Saturday known before the rest of the year is announced).
   */
  replacesDefaults: boolean;
}

/** Lists what is wrong with a year's data, in plain sentences; an empty list means it can be used. */
export function checkOfficialYear(data: OfficialYearCalendar): string[] {
  const problems: string[] = [];
  const seen = new Map<IsoDate, string>();
  const entries = [
    ...data.daysOff.map((entry) => ({ entry, list: 'daysOff' })),
    ...data.workingDays.map((entry) => ({ entry, list: 'workingDays' })),
  ];
  for (const { entry, list } of entries) {
    if (!isIsoDate(entry.date)) {
      problems.push(`${list}: "${entry.date}" is not a YYYY-MM-DD date`);
      continue;
    }
    if (Number(entry.date.slice(0, 4)) !== data.year) problems.push(`${list}: ${entry.date} is not in ${data.year}`);
    if (entry.reason.trim() === '') problems.push(`${list}: ${entry.date} has no reason`);
    const previous = seen.get(entry.date);
    if (previous !== undefined) problems.push(`${entry.date} is listed twice (${previous} and ${list})`);
    seen.set(entry.date, list);
  }
  for (const { date } of data.workingDays) {
    if (isIsoDate(date) && !isWeekend(dayOfIso(date))) {
      problems.push(`workingDays: ${date} is a weekday, already a working day`);
    }
  }
  return problems;
}

/** The notice(s) behind the 2026 schedule; their numbers have not been checked against the texts, so null. */
const NOTICE_2026: CalendarNotice = {
  number: null,
  title: 'Thông báo của Bộ Nội vụ về lịch nghỉ Tết, lễ năm 2026',
};

function daysOff2026(dates: readonly (readonly [IsoDate, string])[]): CalendarDayEntry[] {
  return dates.map(([date, reason]) => ({ date, reason, notice: NOTICE_2026 }));
}

const WEEKEND_IN_BREAK = 'Nghỉ hằng tuần trong đợt nghỉ';

/**
 * The verified 2026 schedule for civil servants (cán bộ, công chức, viên chức). Only Quốc khánh 02/09 is shipped
 * of the announced Quốc khánh break: the other days were not verified, an admin adds them.
 */
export const OFFICIAL_CALENDAR_2026: OfficialYearCalendar = {
  year: 2026,
  replacesDefaults: true,
  daysOff: daysOff2026([
    ['2026-01-01', 'Tết Dương lịch'],
    ['2026-01-02', 'Nghỉ hoán đổi, làm bù thứ Bảy 10/01/2026'],
    ['2026-01-03', WEEKEND_IN_BREAK],
    ['2026-01-04', WEEKEND_IN_BREAK],
    ['2026-02-14', WEEKEND_IN_BREAK],
    ['2026-02-15', WEEKEND_IN_BREAK],
    ['2026-02-16', 'Tết Nguyên đán (ngày cuối năm Ất Tỵ)'],
    ['2026-02-17', 'Tết Nguyên đán (mùng 1)'],
    ['2026-02-18', 'Tết Nguyên đán (mùng 2)'],
    ['2026-02-19', 'Tết Nguyên đán (mùng 3)'],
    ['2026-02-20', 'Tết Nguyên đán (mùng 4)'],
    ['2026-02-21', WEEKEND_IN_BREAK],
    ['2026-02-22', WEEKEND_IN_BREAK],
    ['2026-04-25', WEEKEND_IN_BREAK],
    ['2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật)'],
    ['2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
    ['2026-04-30', 'Ngày Chiến thắng (30/4)'],
    ['2026-05-01', 'Ngày Quốc tế Lao động (1/5)'],
    ['2026-05-02', WEEKEND_IN_BREAK],
    ['2026-05-03', WEEKEND_IN_BREAK],
    ['2026-09-02', 'Quốc khánh (2/9)'],
  ]),
  workingDays: [{ date: '2026-01-10', reason: 'Làm bù cho ngày nghỉ 02/01/2026', notice: NOTICE_2026 }],
};
