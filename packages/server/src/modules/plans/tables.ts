import type { ColumnType } from 'kysely';
import type { Db } from '../../db/database.js';

type Timestamp = ColumnType<Date, Date, Date>;
type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;

// Type aliases rather than interfaces: `withTables` needs shapes assignable to an index signature.

/** A plan's life: a draft is replaced by a new import; in use, changes become amendments; closed is read-only. */
export type PlanStatus = 'draft' | 'in_use' | 'closed';

/** How a version came: a document imported, or an amendment (sửa đổi, bổ sung) of the plan in use. */
export type PlanVersionKind = 'import' | 'amendment';

/** Where a version stands: imports are confirmed; amendments are proposed, then approved or rejected. */
export type PlanVersionStatus = 'draft' | 'confirmed' | 'proposed' | 'approved' | 'rejected';

/** The file formats a plan is read from. */
export type PlanSourceFormat = 'txt' | 'docx' | 'xlsx';

/** Where a task comes from: the appendix table, a deadline in the prose, the city, or the chairman. */
export type PlanTaskSource = 'appendix' | 'prose' | 'city' | 'chairman';

/** A unit's part in a task: chủ trì (lead) or phối hợp (coordinator). */
export type PlanTaskUnitRole = 'lead' | 'coordinator';

export type PlansTable = {
  tenant_id: string;
  id: string;
  year: number;
  title: string;
  status: PlanStatus;
  current_version: number;
  created_by: string | null;
  created_at: Timestamp;
  in_use_by: string | null;
  in_use_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
};

export type PlanVersionsTable = {
  tenant_id: string;
  plan_id: string;
  version: number;
  kind: PlanVersionKind;
  status: PlanVersionStatus;
  source_file_name: string;
  source_format: PlanSourceFormat;
  source_sha256: string;
  parsed: Json<unknown>;
  fixes: ColumnType<unknown, string | undefined, string>;
  base_version: number | null;
  changes: NullableJson<unknown>;
  note: string | null;
  decision_note: string | null;
  created_by: string | null;
  created_at: Timestamp;
  decided_by: string | null;
  decided_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
};

export type PlanTasksTable = {
  tenant_id: string;
  id: string;
  plan_id: string;
  no: number | null;
  /** The number as the document writes it (migration 0015). */
  no_label: ColumnType<string | null, string | null | undefined, string | null>;
  group_code: string | null;
  area_code: string | null;
  content: string;
  lead_text: string;
  lead_group: string | null;
  coordinators_text: string;
  coordinators_group: string | null;
  owner_unit_id: string | null;
  timeframe_text: string;
  timeframe_kind: string;
  start_date: string | null;
  due_date: string | null;
  product: string;
  source: PlanTaskSource;
  source_ref: string | null;
  added_in_version: number;
  removed_in_version: number | null;
  changed_in_version: number;
};

export type PlanTaskUnitsTable = {
  tenant_id: string;
  task_id: string;
  unit_id: string;
  role: PlanTaskUnitRole;
  position: ColumnType<number, number | undefined, number>;
};

export type PlanTargetsTable = {
  tenant_id: string;
  plan_id: string;
  code: string;
  text: string;
  measures: ColumnType<unknown, string | undefined, string>;
  position: ColumnType<number, number | undefined, number>;
};

export type PlanReportPeriodsTable = {
  tenant_id: string;
  plan_id: string;
  period: 'Q1' | 'Q2' | 'H1' | 'Q3' | 'Y';
  due_date: string;
};

/** Kysely's view of the tables of `migrations/0003-plans.sql`. */
export type PlanTables = {
  plans: PlansTable;
  plan_versions: PlanVersionsTable;
  plan_tasks: PlanTasksTable;
  plan_task_units: PlanTaskUnitsTable;
  plan_targets: PlanTargetsTable;
  plan_report_periods: PlanReportPeriodsTable;
};

/**
 * The database (or a transaction) seen with the plan tables too. Declared in the module, like the calendar's,
 * so features that extend `plan_tasks` (migration 0004) can intersect `PlanTasksTable` with their columns.
 */
export const withPlanTables = (db: Db) => db.withTables<PlanTables>();
