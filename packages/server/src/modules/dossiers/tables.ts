import type { DossierChannel, DossierStatus, FeeLine, PaymentPlace } from '@cchc/domain';
import type { ColumnType } from 'kysely';
import type { Db } from '../../db/database.js';
import type { ProcedureTables } from '../procedures/tables.js';

type Timestamp = ColumnType<Date, Date, Date>;
type NullableTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;
type Json<T> = ColumnType<T, string | undefined, string>;

/** A component of a dossier as stored: the paper, and whether its file is attached (digitised). */
export interface StoredComponent {
  name: string;
  form?: string;
  copies?: number;
  hasFile: boolean;
}

/** A status change as stored (ISO instants in JSON). */
export interface StoredStatusChange {
  status: DossierStatus;
  at: string;
}

/** A supplement request as stored; `agency` is who asked, for the per-agency second-request rule. */
export interface StoredSupplement {
  requestedAt: string;
  suppliedAt: string | null;
  agency: string;
  items: string[];
  reason: string;
}

/** A payment as stored. */
export interface StoredPayment {
  place: PaymentPlace;
  paidAt: string;
  amount: number;
}

// Type aliases rather than interfaces: `withTables` needs shapes assignable to an index signature.

export type DossiersTable = {
  tenant_id: string;
  id: string;
  code: string;
  procedure_id: string;
  unit_id: Nullable<string>;
  status: DossierStatus;
  channel: Nullable<DossierChannel>;
  applicant_name: string;
  applicant_phone: Nullable<string>;
  applicant_email: Nullable<string>;
  applicant_address: Nullable<string>;
  applicant_id_number: Nullable<string>;
  components: Json<StoredComponent[]>;
  submitted_at: NullableTimestamp;
  received_at: NullableTimestamp;
  due_at: NullableTimestamp;
  due_source: Defaulted<'limit' | 'recorded'>;
  current_due_at: NullableTimestamp;
  finished_at: NullableTimestamp;
  returned_at: NullableTimestamp;
  ended_at: NullableTimestamp;
  history: Json<StoredStatusChange[]>;
  supplements: Json<StoredSupplement[]>;
  fee_lines: Json<FeeLine[]>;
  payments: Json<StoredPayment[]>;
  result_code: Nullable<string>;
  result_file_url: Nullable<string>;
  digitised: Defaulted<boolean>;
  reused: Defaulted<boolean>;
  vneid: Defaulted<boolean>;
  /** Null when the source did not say (no DaDongBo): 1.4 is then entered. */
  synced: Defaulted<boolean | null>;
  assignee_id: Nullable<string>;
  holder: Nullable<string>;
  source: 'counter' | 'import';
  import_id: Nullable<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type DossierSettingsTable = {
  tenant_id: string;
  second_supplement: 'allow' | 'warn' | 'refuse';
  /** Migration 0011: 'unit' keeps actions to the handling unit and the assignee. */
  action_scope: Defaulted<'ward' | 'unit'>;
  updated_by: Nullable<string>;
  updated_at: Timestamp;
};

export type DossierSequencesTable = {
  tenant_id: string;
  agency_code: string;
  day: string;
  last_value: number;
};

export type DossierCodesTable = {
  code: string;
  tenant_id: string;
  dossier_id: string;
};

export type DossierHandoversTable = {
  tenant_id: string;
  dossier_id: string;
  no: number;
  from_name: string;
  to_unit_id: Nullable<string>;
  to_name: string;
  liaison: Defaulted<boolean>;
  given_at: Timestamp;
  given_by: Nullable<string>;
  received_at: NullableTimestamp;
  received_by: Nullable<string>;
  budget_hours: ColumnType<string | null, number | null | undefined, number | null>;
  note: Nullable<string>;
};

export type DossierApologiesTable = {
  tenant_id: string;
  dossier_id: string;
  proposed_at: NullableTimestamp;
  due_at: Timestamp;
  agency: string;
  issued_at: NullableTimestamp;
  issued_by: Nullable<string>;
  reason: Nullable<string>;
  new_due_at: NullableTimestamp;
  /** The letter's number, when the ward numbers its letters (migration 0021). */
  letter_number: Nullable<string>;
};

export type DossierRatingsTable = {
  tenant_id: string;
  dossier_id: string;
  satisfied: boolean;
  criteria: Defaulted<string[]>;
  comment: Nullable<string>;
  rated_at: Timestamp;
};

export type DossierLookupFailuresTable = {
  id: ColumnType<number, never, never>;
  code: string;
  ip: string;
  at: Timestamp;
};

/** A row rejected by an import, with its line number in the file (header = line 1). */
export interface RejectedRow {
  row: number;
  code: string | null;
  reason: string;
}

export type DossierImportsTable = {
  tenant_id: string;
  id: string;
  file_name: string;
  status: 'pending' | 'running' | 'done' | 'failed';
  total_rows: Defaulted<number>;
  processed_rows: Defaulted<number>;
  created_count: Defaulted<number>;
  updated_count: Defaulted<number>;
  rejected: Json<RejectedRow[]>;
  new_procedures: Defaulted<string[]>;
  error: Nullable<string>;
  created_by: Nullable<string>;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
};

/** Kysely's view of the dossier tables of `migrations/0005-dossiers.sql`, with the procedures. */
export type DossierTables = ProcedureTables & {
  dossiers: DossiersTable;
  dossier_settings: DossierSettingsTable;
  dossier_sequences: DossierSequencesTable;
  dossier_codes: DossierCodesTable;
  dossier_handovers: DossierHandoversTable;
  dossier_apologies: DossierApologiesTable;
  dossier_ratings: DossierRatingsTable;
  dossier_lookup_failures: DossierLookupFailuresTable;
  dossier_imports: DossierImportsTable;
};

/** The database (or a transaction) seen with the dossier tables. */
export const withDossierTables = (db: Db) => db.withTables<DossierTables>();
export type DossierDb = ReturnType<typeof withDossierTables>;
