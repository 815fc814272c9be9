import type {
  ReportFigures,
  ReportPeriod,
  ReportReminderKind,
  ReportSections,
  ReportSignerMode,
  ReportWindowMode,
  SubmissionStatus,
  UnitReportContent,
} from '@cchc/domain';
import type { ColumnType } from 'kysely';
import type { Db } from '../../db/database.js';
import type { TaskTables } from '../tasks/index.js';

type Timestamp = ColumnType<Date, Date, Date>;
type NullableTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;
/** jsonb: read as the value, written as its JSON text. */
type Json<T> = ColumnType<T, string, string>;

// Type aliases rather than interfaces: `withTables` needs shapes assignable to an index signature.

export type ReportSettingsTable = {
  tenant_id: string;
  window_mode: ReportWindowMode;
  remind_working_days: number[];
  recipients: string[];
  archive: string;
  updated_by: string | null;
  updated_at: Timestamp;
};

export type ReportSubmissionsTable = {
  tenant_id: string;
  id: string;
  plan_id: string;
  period: ReportPeriod;
  unit_id: string;
  status: SubmissionStatus;
  content: Json<UnitReportContent>;
  first_submitted_at: NullableTimestamp;
  submitted_at: NullableTimestamp;
  submitted_by: Nullable<string>;
  reviewed_at: NullableTimestamp;
  reviewed_by: Nullable<string>;
  review_comment: Nullable<string>;
  updated_by: string;
  updated_at: Timestamp;
};

export type ReportSubmissionEventsTable = {
  tenant_id: string;
  submission_id: string;
  seq: number;
  action: 'submit' | 'return' | 'accept';
  at: Timestamp;
  actor_user_id: string;
  comment: Nullable<string>;
};

export type ReportsTable = {
  tenant_id: string;
  id: string;
  plan_id: string;
  period: ReportPeriod;
  latest_version: number;
  created_by: string;
  created_at: Timestamp;
};

/** The document's date, signer and recipients, chosen with the draft. */
export interface ReportMeta {
  date: string;
  signer: { mode: ReportSignerMode; name: string | null };
  recipients: string[];
  archive: string;
}

export type ReportVersionsTable = {
  tenant_id: string;
  report_id: string;
  version: number;
  kind: 'generated' | 'edited';
  window_mode: ReportWindowMode;
  window_start: string;
  window_end: string;
  as_of: string;
  figures: Json<ReportFigures>;
  sections: Json<ReportSections>;
  meta: Json<ReportMeta>;
  created_by: string;
  created_at: Timestamp;
};

export type ReportDispatchesTable = {
  tenant_id: string;
  report_id: string;
  version: number;
  number: string;
  sent_on: string;
  recipients: string[];
  sent_by: string;
  sent_at: Timestamp;
};

export type ReportRemindersTable = {
  tenant_id: string;
  plan_id: string;
  period: ReportPeriod;
  unit_id: string;
  kind: ReportReminderKind;
  remind_on: string;
  due_date: string;
  created_at: Timestamp;
};

/** Kysely's view of the tables of `migrations/0006-reports.sql`, with the plan and task tables it reads. */
export type ReportTables = TaskTables & {
  report_settings: ReportSettingsTable;
  report_submissions: ReportSubmissionsTable;
  report_submission_events: ReportSubmissionEventsTable;
  reports: ReportsTable;
  report_versions: ReportVersionsTable;
  report_dispatches: ReportDispatchesTable;
  report_reminders: ReportRemindersTable;
};

/** The database (or a transaction) seen with the report tables. */
export const withReportTables = (db: Db) => db.withTables<ReportTables>();
