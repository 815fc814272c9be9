import { type CalendarDayEntry, OFFICIAL_CALENDARS, type OfficialYearCalendar } from '@cchc/domain';
import type { CalendarRepository, StoredDay, YearVersionRef } from './repository.js';

/**
 * Official years cchc ships with, in force until an admin stores a version of the year: the first edit of a
 * year starts from these, so the verified schedule never has to be seeded into the database.
 */
export const BUILT_IN_YEARS: readonly OfficialYearCalendar[] = OFFICIAL_CALENDARS;

/** Where a year's data comes from: a stored version, the data built into cchc, or the Labour Code alone. */
export type YearSource = 'stored' | 'built_in' | 'labour_code';

/** A year's official data as now in force, with its version number (0 until a version is stored). */
export interface CurrentYear {
  data: OfficialYearCalendar | null;
  version: number;
  source: YearSource;
}

/** Turns stored rows back into the domain's entry; a day without notice number nor title has no notice. */
function entryOf(day: StoredDay): CalendarDayEntry {
  const hasNotice = day.notice_number !== null || day.notice_title !== null;
  return {
    date: day.date,
    reason: day.reason,
    notice: hasNotice ? { number: day.notice_number, title: day.notice_title ?? '' } : null,
  };
}

/** Builds the domain's year from a version and its stored days. */
export function officialYearOf(ref: YearVersionRef, days: readonly StoredDay[]): OfficialYearCalendar {
  return {
    year: ref.year,
    replacesDefaults: ref.replacesDefaults,
    daysOff: days.filter((d) => d.kind === 'day_off').map(entryOf),
    workingDays: days.filter((d) => d.kind === 'working_day').map(entryOf),
  };
}

/** The domain's year as rows to store, days off and make-up days together, by date. */
export function storedDaysOf(data: OfficialYearCalendar): StoredDay[] {
  const row = (kind: StoredDay['kind']) => (entry: CalendarDayEntry) => ({
    date: entry.date,
    kind,
    reason: entry.reason,
    notice_number: entry.notice?.number ?? null,
    notice_title: entry.notice?.title ? entry.notice.title : null,
  });
  const rows = [...data.daysOff.map(row('day_off')), ...data.workingDays.map(row('working_day'))];
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

/** Every year with official data: the stored current versions, then the built-in years not stored yet. */
export function mergeWithBuiltIn(stored: readonly OfficialYearCalendar[]): OfficialYearCalendar[] {
  const storedYears = new Set(stored.map((y) => y.year));
  return [...stored, ...BUILT_IN_YEARS.filter((y) => !storedYears.has(y.year))];
}

/** The official data of one year as now in force. */
export async function currentYear(repo: CalendarRepository, cityId: string | null, year: number): Promise<CurrentYear> {
  const ref = cityId ? (await repo.currentVersions(cityId)).find((r) => r.year === year) : undefined;
  if (cityId && ref) {
    const days = await repo.daysOf(cityId, [ref]);
    return { data: officialYearOf(ref, days), version: ref.version, source: 'stored' };
  }
  const builtIn = BUILT_IN_YEARS.find((y) => y.year === year) ?? null;
  return { data: builtIn, version: 0, source: builtIn ? 'built_in' : 'labour_code' };
}
