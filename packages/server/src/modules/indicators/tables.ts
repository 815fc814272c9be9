import type { ColumnType } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DossierTables } from '../dossiers/index.js';

type Timestamp = ColumnType<Date, Date, Date>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

// Type aliases rather than interfaces: `withTables` needs shapes assignable to an index signature.

export type IndicatorEntriesTable = {
  tenant_id: string;
  period: string;
  code: string;
  numerator: ColumnType<string, number, number>;
  denominator: ColumnType<string, number, number>;
  evidence: string;
  entered_by: Nullable<string>;
  entered_at: Timestamp;
};

export type IndicatorConfigsTable = {
  tenant_id: string;
  config: ColumnType<unknown, string, string>;
  updated_by: Nullable<string>;
  updated_at: Timestamp;
};

/** A dated revision of a ward's published month (0012): append-only, the figures as shown. */
export type IndicatorPublicationsTable = {
  tenant_id: string;
  month: string;
  revision: number;
  published_at: Timestamp;
  reason: 'published' | 'import' | 'republished';
  report: ColumnType<unknown, string, never>;
  digest: string;
  published_by: Nullable<string>;
};

/** Kysely's view of the indicator tables of `migrations/0005-dossiers.sql` and 0012, with the dossier tables. */
export type IndicatorTables = DossierTables & {
  indicator_entries: IndicatorEntriesTable;
  indicator_configs: IndicatorConfigsTable;
  indicator_publications: IndicatorPublicationsTable;
};

/** The database (or a transaction) seen with the indicator and dossier tables. */
export const withIndicatorTables = (db: Db) => db.withTables<IndicatorTables>();
