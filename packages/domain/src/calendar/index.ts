// The Vietnamese working calendar and deadline engine: lunar dates, holidays, office hours, due moments.
export type { CalendarDay, CalendarDaySource } from './day-table.js';
export * from './deadlines.js';
export { defaultDaysOff, type HolidayRuleOptions } from './holiday-rules.js';
export * from './lunar.js';
export {
  DEFAULT_OFFICE_HOURS,
  type OfficeHours,
  type OfficeTimeRange,
  SATURDAY_MORNING_COUNTER,
} from './office-hours.js';
export * from './official-data.js';
export * from './official-years.js';
export { missingStatutoryDays, statutoryHolidayDates } from './statutory-minimum.js';
export { CALENDAR_RULES_REVISION } from './version.js';
export * from './working-calendar.js';
