import type { CalendarDay, OfficeHours, WorkingCalendar } from '@cchc/domain';
import type { CurrentYear } from './official-years.js';
import type { CalendarRepository } from './repository.js';
import type { YearOut } from './schemas.js';

type ChangeRow = Awaited<ReturnType<CalendarRepository['listChanges']>>[number];

/** What the year page shows, gathered by the route. */
export interface YearView {
  year: number;
  calendar: WorkingCalendar;
  current: CurrentYear;
  cultureDay24Nov: boolean;
  changes: readonly ChangeRow[];
  permissions: YearOut['permissions'];
}

const presentDay = (day: CalendarDay) => ({
  date: day.date,
  weekday: new Date(`${day.date}T00:00:00Z`).getUTCDay(),
  reason: day.reason,
  notice: day.notice ? { number: day.notice.number, title: day.notice.title } : null,
  source: day.source,
});

const presentHours = (hours: OfficeHours) => ({
  periods: hours.periods.map(({ from, to }) => ({ from, to })),
  saturdayCounter: hours.saturdayCounter?.map(({ from, to }) => ({ from, to })) ?? null,
});

const presentChange = (row: ChangeRow) => ({
  version: row.version,
  action: row.change_action,
  kind: row.change_kind,
  date: row.change_date,
  noticeNumber: row.notice_number,
  noticeTitle: row.notice_title,
  changedBy: row.changed_by ? { id: row.changed_by, name: row.changed_by_name } : null,
  changedAt: row.changed_at.toISOString(),
});

/** The JSON of `GET /calendar/years/:year`: every day off (weekends inside a break too) and make-up day. */
export function presentYear(view: YearView): YearOut {
  return {
    year: view.year,
    version: { number: view.current.version, hash: view.calendar.yearVersion(view.year), source: view.current.source },
    replacesDefaults: view.current.data?.replacesDefaults ?? false,
    cultureDay24Nov: view.cultureDay24Nov,
    daysOff: view.calendar.daysOff(view.year).map(presentDay),
    makeUpDays: view.calendar.listMakeUpWorkingDays(view.year).map(presentDay),
    officeHours: presentHours(view.calendar.officeHours),
    changes: view.changes.map(presentChange),
    permissions: view.permissions,
  };
}
