import type { CalendarDayEntry, CalendarNotice, IsoDate, OfficialYearCalendar } from '@cchc/domain';
import type { CalendarDayKind } from '../../db/column-types.js';
import type { CalendarRule } from './messages.js';

/** One edit of a year's national data, on the authority of a notice. */
export interface DayChange {
  action: 'add' | 'remove';
  kind: CalendarDayKind;
  date: IsoDate;
  /** Why the day is off or worked; required to add. */
  reason?: string;
  notice: CalendarNotice;
}

/** Why an edit cannot apply, and how the API answers it. */
export interface EditProblem {
  rule: CalendarRule;
  status: 'conflict' | 'not_found' | 'invalid';
}

const has = (entries: readonly CalendarDayEntry[], date: IsoDate) => entries.some((e) => e.date === date);
const without = (entries: readonly CalendarDayEntry[], date: IsoDate) => entries.filter((e) => e.date !== date);
const byDate = (a: CalendarDayEntry, b: CalendarDayEntry) => a.date.localeCompare(b.date);

function isWeekendDate(date: IsoDate): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function addDay(base: OfficialYearCalendar, change: DayChange): OfficialYearCalendar | EditProblem {
  const entry = { date: change.date, reason: change.reason ?? '', notice: change.notice };
  if (has(base.daysOff, change.date)) return { rule: 'already_day_off', status: 'conflict' };
  if (has(base.workingDays, change.date)) return { rule: 'already_make_up', status: 'conflict' };
  if (change.kind === 'day_off') return { ...base, daysOff: [...base.daysOff, entry].sort(byDate) };
  if (!isWeekendDate(change.date)) return { rule: 'make_up_not_weekend', status: 'invalid' };
  return { ...base, workingDays: [...base.workingDays, entry].sort(byDate) };
}

/**
 * Removing a day the Labour Code rules give (a year whose data only adds to them) turns the year's list into the
 * whole list: the rules' days are copied in, minus that one, so the removal holds whatever the rules say.
 */
function removeDefaultDayOff(
  base: OfficialYearCalendar,
  date: IsoDate,
  defaults: readonly CalendarDayEntry[],
): OfficialYearCalendar | EditProblem {
  if (base.replacesDefaults || !has(defaults, date)) return { rule: 'not_a_day_off', status: 'not_found' };
  const listed = new Set([...base.daysOff, ...base.workingDays].map((e) => e.date));
  const copied = defaults.filter((d) => !listed.has(d.date) && d.date !== date);
  return { ...base, replacesDefaults: true, daysOff: [...base.daysOff, ...copied].sort(byDate) };
}

function removeDay(
  base: OfficialYearCalendar,
  change: DayChange,
  defaults: readonly CalendarDayEntry[],
): OfficialYearCalendar | EditProblem {
  if (change.kind === 'working_day') {
    if (!has(base.workingDays, change.date)) return { rule: 'not_a_make_up_day', status: 'not_found' };
    return { ...base, workingDays: without(base.workingDays, change.date) };
  }
  if (has(base.daysOff, change.date)) return { ...base, daysOff: without(base.daysOff, change.date) };
  return removeDefaultDayOff(base, change.date, defaults);
}

/**
 * Applies one edit to a year's official data (or to an empty list adding to the Labour Code rules, for a year
 * without data), given the rules' days of that year. Adding a day the rules already give is allowed: the day
 * then carries the notice's reason.
 */
export function applyDayChange(
  current: OfficialYearCalendar | null,
  year: number,
  change: DayChange,
  defaults: readonly CalendarDayEntry[],
): OfficialYearCalendar | EditProblem {
  const base = current ?? { year, daysOff: [], workingDays: [], replacesDefaults: false };
  return change.action === 'add' ? addDay(base, change) : removeDay(base, change, defaults);
}

/** Whether the outcome of {@link applyDayChange} is a problem rather than the new data. */
export const isEditProblem = (value: OfficialYearCalendar | EditProblem): value is EditProblem => 'rule' in value;
