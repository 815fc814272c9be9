import type { ColumnType } from 'kysely';
import type { Db } from '../../db/database.js';
import type { ReportTables } from '../reports/index.js';

type Timestamp = ColumnType<Date, Date, Date>;

export type CityReportReturnsTable = {
  tenant_id: string;
  id: string;
  plan_id: string;
  period: 'Q1' | 'Q2' | 'H1' | 'Q3' | 'Y';
  comment: string;
  returned_by_user_id: string;
  returned_by_name: string;
  returned_at: Timestamp;
};

export type CityTasksTable = {
  tenant_id: string;
  id: string;
  content: string;
  doc_number: string;
  doc_date: string;
  doc_title: string | null;
  due_date: string | null;
  scope: 'all' | 'block' | 'wards';
  scope_block: 'ward' | 'commune' | null;
  scope_codes: ColumnType<string[], string[] | undefined, string[]>;
  created_by: string;
  created_at: Timestamp;
};

export type CityTaskAssignmentsTable = {
  tenant_id: string;
  city_task_id: string;
  task_id: string;
  created_at: Timestamp;
};

/** Kysely's view of `migrations/0017-city-inbox-and-assigned-tasks.sql`, with the report and task tables it reads. */
export type CityTables = ReportTables & {
  city_report_returns: CityReportReturnsTable;
  city_tasks: CityTasksTable;
  city_task_assignments: CityTaskAssignmentsTable;
};

export const withCityTables = (db: Db) => db.withTables<CityTables>();
