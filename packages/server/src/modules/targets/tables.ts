import type { ColumnType } from 'kysely';
import type { Db } from '../../db/database.js';
import type { PlanTables } from '../plans/index.js';

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export type TargetEntriesTable = {
  tenant_id: string;
  id: string;
  plan_id: string;
  target_code: string;
  metric: string;
  // numeric comes back from pg as a string; the repository reads it as a number.
  value: ColumnType<string, number, number>;
  as_of: string;
  evidence_number: Nullable<string>;
  evidence_date: Nullable<string>;
  note: Nullable<string>;
  entered_by: string;
  entered_at: ColumnType<Date, Date, Date>;
};

/** Kysely's view of the plan tables and `target_entries` (migration 0004). */
export type TargetTables = PlanTables & { target_entries: TargetEntriesTable };

export const withTargetTables = (db: Db) => db.withTables<TargetTables>();
