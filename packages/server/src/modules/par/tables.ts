import type { AssessmentStatus, DataSource, IndexKind, ScoringMethod, Threshold } from '@cchc/domain';
import type { ColumnType } from 'kysely';
import type { Db } from '../../db/database.js';
import type { ReportTables } from '../reports/tables.js';
import type { TaskTables } from '../tasks/tables.js';

type Timestamp = ColumnType<Date, Date, Date>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;
/** numeric: read as text (pg keeps its precision), written as a number. */
type Numeric = ColumnType<string, number, number>;
type NullableNumeric = ColumnType<string | null, number | null | undefined, number | null>;
type Json<T> = ColumnType<T, string | undefined, string>;

export type ParCriteriaSetsTable = {
  tenant_id: string;
  id: string;
  kind: IndexKind;
  year: number;
  version: number;
  title: string;
  total_points: Numeric;
  submit_deadline: Nullable<string>;
  file_name: string;
  file_sha256: string;
  warnings: Json<unknown[]>;
  imported_by: string;
  imported_at: Timestamp;
};

export type ParCriteriaTable = {
  tenant_id: string;
  set_id: string;
  code: string;
  position: number;
  label: string;
  parent_code: string | null;
  level: number;
  title: string;
  max_points: Numeric;
  method: ScoringMethod;
  thresholds: Json<Threshold[]>;
  source: DataSource | null;
  guide: string;
  survey: boolean;
  leaf: boolean;
  sheet_row: number;
};

export type ParAssessmentsTable = {
  tenant_id: string;
  id: string;
  kind: IndexKind;
  year: number;
  set_id: string;
  set_version: number;
  status: AssessmentStatus;
  facts: ColumnType<unknown | null, string | null | undefined, string | null>;
  submitted_at: Nullable<Date>;
  submitted_by: Nullable<string>;
  appraised_at: Nullable<Date>;
  appraised_by_name: Nullable<string>;
  appraisal_comment: Nullable<string>;
  answer: Nullable<string>;
  answered_at: Nullable<Date>;
  answered_by: Nullable<string>;
  finalised_at: Nullable<Date>;
  final_score: NullableNumeric;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type ParScoresTable = {
  tenant_id: string;
  assessment_id: string;
  code: string;
  self_value: NullableNumeric;
  self_points: NullableNumeric;
  override_reason: Nullable<string>;
  note: Nullable<string>;
  pre_value: NullableNumeric;
  pre_points: NullableNumeric;
  pre_calculation: Nullable<string>;
  appraised_value: NullableNumeric;
  appraised_points: NullableNumeric;
  appraisal_comment: Nullable<string>;
  updated_by: Nullable<string>;
  updated_at: Timestamp;
};

/** What an evidence link points at. */
export const EVIDENCE_KINDS = ['task', 'task_evidence', 'report', 'inspection', 'legal_review', 'document'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export type ParEvidenceTable = {
  tenant_id: string;
  id: string;
  assessment_id: string;
  code: string;
  kind: EvidenceKind;
  task_id: Nullable<string>;
  task_evidence_id: Nullable<string>;
  report_id: Nullable<string>;
  inspection_id: Nullable<string>;
  legal_review_plan_id: Nullable<string>;
  legal_document_id: Nullable<string>;
  doc_number: Nullable<string>;
  doc_date: Nullable<string>;
  doc_title: Nullable<string>;
  unit_id: Nullable<string>;
  added_by: string;
  added_at: Timestamp;
};

export type ParTables = {
  par_criteria_sets: ParCriteriaSetsTable;
  par_criteria: ParCriteriaTable;
  par_assessments: ParAssessmentsTable;
  par_scores: ParScoresTable;
  par_evidence: ParEvidenceTable;
};

export const withParTables = (db: Db) => db.withTables<ParTables & TaskTables & ReportTables>();
