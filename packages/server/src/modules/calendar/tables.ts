import type { ColumnType } from 'kysely';
import type { Db } from '../../db/database.js';

type Timestamp = ColumnType<Date, Date, Date>;
type Json<T> = ColumnType<T, string, string>;

// Type aliases rather than interfaces: `withTables` needs shapes assignable to an index signature.

/** What kind of day a row lists: a day without work, or a make-up working day (ngày làm bù). */
export type CalendarDayKind = 'day_off' | 'working_day';

/** A period of local time as stored in `office_hours`. */
export interface StoredTimeRange {
  from: string;
  to: string;
}

export type CalendarYearVersionsTable = {
  tenant_id: string;
  year: number;
  version: number;
  replaces_defaults: boolean;
  change_action: 'add' | 'remove';
  change_kind: CalendarDayKind;
  change_date: string;
  notice_number: string;
  notice_title: string | null;
  changed_by: string | null;
  changed_at: Timestamp;
};

export type CalendarYearDaysTable = {
  tenant_id: string;
  year: number;
  version: number;
  date: string;
  kind: CalendarDayKind;
  reason: string;
  notice_number: string | null;
  notice_title: string | null;
};

export type CalendarSettingsTable = {
  tenant_id: string;
  culture_day_24_nov: boolean;
  updated_by: string | null;
  updated_at: Timestamp;
};

export type OfficeHoursTable = {
  tenant_id: string;
  periods: Json<StoredTimeRange[]>;
  saturday_counter: ColumnType<StoredTimeRange[] | null, string | null, string | null>;
  updated_by: string | null;
  updated_at: Timestamp;
};

/** Kysely's view of the tables of `migrations/0002-working-calendar.sql`. */
export type CalendarTables = {
  calendar_year_versions: CalendarYearVersionsTable;
  calendar_year_days: CalendarYearDaysTable;
  calendar_settings: CalendarSettingsTable;
  office_hours: OfficeHoursTable;
};

/**
 * The database (or a transaction) seen with the calendar tables too. They are declared here rather than in
 * `db/schema.ts` so the calendar module stays in its own folder; queries stay fully typed either way.
 */
export const withCalendarTables = (db: Db) => db.withTables<CalendarTables>();
