import type { ReviewState, TaskStatus } from '@cchc/domain';
import type { ColumnType } from 'kysely';
import type { Db } from '../../db/database.js';
import type { PlanTables, PlanTasksTable } from '../plans/tables.js';

type Timestamp = ColumnType<Date, Date, Date>;
type NullableTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;
type JsonObject = ColumnType<Record<string, unknown>, string | undefined, string>;

// Type aliases rather than interfaces: `withTables` needs shapes assignable to an index signature.

/** The columns migration 0004 adds to `plan_tasks`: the execution state of a task. */
export type TaskExecutionColumns = {
  status: Defaulted<TaskStatus>;
  progress: Defaulted<number>;
  not_done_reason: Nullable<string>;
  review_state: Nullable<ReviewState>;
  completed_on: Nullable<string>;
  submitted_by: Nullable<string>;
  accepted_at: NullableTimestamp;
  accepted_by: Nullable<string>;
  trigger_doc_number: Nullable<string>;
  trigger_doc_date: Nullable<string>;
  trigger_received_at: NullableTimestamp;
  triggered_due_date: Nullable<string>;
  trigger_working_days: Nullable<number>;
  source_doc_number: Nullable<string>;
  source_doc_date: Nullable<string>;
  source_doc_title: Nullable<string>;
  last_update_at: NullableTimestamp;
};

/** What an entry of a task's timeline records. */
export type TaskUpdateKind =
  | 'progress'
  | 'contribution'
  | 'evidence'
  | 'submit'
  | 'unit_approve'
  | 'accept'
  | 'return'
  | 'trigger'
  | 'assign'
  | 'amend';

export type TaskUpdatesTable = {
  tenant_id: string;
  id: string;
  task_id: string;
  kind: TaskUpdateKind;
  at: Timestamp;
  on_date: string;
  author_user_id: string;
  author_unit_id: string | null;
  status_after: Nullable<TaskStatus>;
  progress_after: Nullable<number>;
  comment: Nullable<string>;
  data: JsonObject;
};

export type TaskEvidenceTable = {
  tenant_id: string;
  id: string;
  task_id: string;
  update_id: string;
  kind: 'file' | 'document';
  file_sha256: Nullable<string>;
  file_name: Nullable<string>;
  file_size: Nullable<number>;
  mime_type: Nullable<string>;
  doc_number: Nullable<string>;
  doc_date: Nullable<string>;
  doc_title: Nullable<string>;
  added_by: string;
  unit_id: string | null;
  added_at: Timestamp;
};

/** What a single-task amendment does to the plan. */
export type AmendmentAction = 'add' | 'change' | 'drop';
export type AmendmentStatus = 'proposed' | 'approved' | 'rejected';

export type TaskAmendmentsTable = {
  tenant_id: string;
  id: string;
  plan_id: string;
  action: AmendmentAction;
  task_id: string | null;
  proposal: JsonObject;
  before: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  reason: string;
  status: AmendmentStatus;
  proposed_by: string;
  proposed_unit_id: string | null;
  proposed_at: Timestamp;
  decided_by: Nullable<string>;
  decided_at: NullableTimestamp;
  decision_note: Nullable<string>;
  /** The number of the chairman's decision (`45/QĐ-UBND`), when it has one (migration 0021). */
  decision_number: Nullable<string>;
  applied_version: Nullable<number>;
};

/** Kysely's view of the plan tables with the execution columns and the task tables of migration 0004. */
export type TaskTables = Omit<PlanTables, 'plan_tasks'> & {
  plan_tasks: PlanTasksTable & TaskExecutionColumns;
  task_updates: TaskUpdatesTable;
  task_evidence: TaskEvidenceTable;
  task_amendments: TaskAmendmentsTable;
};

/** The database (or a transaction) seen with the plan and task tables. */
export const withTaskTables = (db: Db) => db.withTables<TaskTables>();
export type TaskDb = ReturnType<typeof withTaskTables>;
