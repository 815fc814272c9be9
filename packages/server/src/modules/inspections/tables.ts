import type { FindingSeverity, FollowUpStatus, InspectionStatus, SelfAssessmentItem } from '@cchc/domain';
import type { ColumnType } from 'kysely';
import type { Db } from '../../db/database.js';

type Timestamp = ColumnType<Date, Date, Date>;
type NullableTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

// Type aliases rather than interfaces: `withTables` needs shapes assignable to an index signature.

export type InspectionPlansTable = {
  tenant_id: string;
  id: string;
  year: number;
  title: string;
  reference: Nullable<string>;
  scope: string;
  team: ColumnType<string[], string[] | undefined, string[]>;
  created_by: string | null;
  created_at: Timestamp;
};

export type InspectionsTable = {
  tenant_id: string;
  id: string;
  plan_id: string;
  unit_id: string;
  planned_from: string;
  planned_to: string;
  status: InspectionStatus;
  self_assessment: ColumnType<SelfAssessmentItem[], string | undefined, string>;
  self_assessed_by: Nullable<string>;
  self_assessed_at: NullableTimestamp;
  conclusion: Nullable<string>;
  concluded_by: Nullable<string>;
  concluded_at: NullableTimestamp;
  notice_number: Nullable<string>;
  notice_date: Nullable<string>;
  signer_name: Nullable<string>;
  cancel_note: Nullable<string>;
};

export type InspectionFindingsTable = {
  tenant_id: string;
  id: string;
  inspection_id: string;
  severity: FindingSeverity;
  text: string;
  created_by: string | null;
  created_at: Timestamp;
};

export type InspectionFollowUpsTable = {
  tenant_id: string;
  id: string;
  inspection_id: string;
  finding_id: Nullable<string>;
  action: string;
  owner_unit_id: string;
  owner_name: Nullable<string>;
  due_on: string;
  status: FollowUpStatus;
  done_at: NullableTimestamp;
  done_note: Nullable<string>;
  created_by: string | null;
  created_at: Timestamp;
};

/** Kysely's view of the inspection tables of `migrations/0007-feedback-inspections-legal.sql`. */
export type InspectionTables = {
  inspection_plans: InspectionPlansTable;
  inspections: InspectionsTable;
  inspection_findings: InspectionFindingsTable;
  inspection_follow_ups: InspectionFollowUpsTable;
};

/** The database (or a transaction) seen with the inspection tables too. */
export const withInspectionTables = (db: Db) => db.withTables<InspectionTables>();
