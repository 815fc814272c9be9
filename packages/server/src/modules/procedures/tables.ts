import type { OnlineLevel } from '@cchc/domain';
import type { ColumnType } from 'kysely';
import type { Db } from '../../db/database.js';

type Timestamp = ColumnType<Date, Date, Date>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;
/** `numeric` columns come back as text (exact decimals); numbers go in. */
export type NumericColumn = ColumnType<string | null, number | null | undefined, number | null>;

// Type aliases rather than interfaces: `withTables` needs shapes assignable to an index signature.

export type ProceduresTable = {
  tenant_id: string;
  id: string;
  code: string;
  name: string;
  field: string;
  limit_days: NumericColumn;
  limit_hours: NumericColumn;
  fee: Nullable<number>;
  online_level: Defaulted<OnlineLevel>;
  returns_paper_result: Defaulted<boolean>;
  unit_id: Nullable<string>;
  components: Defaulted<string[]>;
  incomplete: Defaulted<boolean>;
  demo: Defaulted<boolean>;
  active: Defaulted<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type ProcedureStepsTable = {
  tenant_id: string;
  procedure_id: string;
  no: number;
  name: string;
  unit_id: Nullable<string>;
  agency: Nullable<string>;
  budget_hours: ColumnType<string, number, number>;
};

/** Kysely's view of the procedure tables of `migrations/0005-dossiers.sql`. */
export type ProcedureTables = {
  procedures: ProceduresTable;
  procedure_steps: ProcedureStepsTable;
};

/** The database (or a transaction) seen with the procedure tables. */
export const withProcedureTables = (db: Db) => db.withTables<ProcedureTables>();
