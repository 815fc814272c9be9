import type { ColumnType } from 'kysely';
import type { Db } from '../../db/database.js';

type Timestamp = ColumnType<Date, Date, Date>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

// Type aliases rather than interfaces: `withTables` needs shapes assignable to an index signature.

/** Nghị quyết of the ward's People's Council, quyết định of its People's Committee. */
export type LegalDocumentType = 'resolution' | 'decision';
/** In force (possibly amended in part), or no longer: expired by its term, replaced, repealed. */
export type LegalDocumentStatus = 'in_force' | 'amended' | 'expired' | 'replaced' | 'repealed';
/** What a new document does to an older one. */
export type LegalDocumentRelation = 'amends' | 'replaces' | 'repeals';
/** What a review concluded for a document. */
export type LegalReviewConclusion = 'keep' | 'amend' | 'replace' | 'repeal' | 'expired';

export type LegalDocumentsTable = {
  tenant_id: string;
  id: string;
  number_symbol: string;
  doc_type: LegalDocumentType;
  title: string;
  issuer: string;
  signed_on: string;
  effective_on: string;
  expires_on: Nullable<string>;
  status: LegalDocumentStatus;
  ended_on: Nullable<string>;
  file_sha256: Nullable<string>;
  file_name: Nullable<string>;
  file_type: Nullable<string>;
  file_size: Nullable<number>;
  created_by: string | null;
  created_at: Timestamp;
};

export type LegalDocumentLinksTable = {
  tenant_id: string;
  source_id: string;
  target_id: string;
  relation: LegalDocumentRelation;
  effective_on: string;
  note: Nullable<string>;
  created_by: string | null;
  created_at: Timestamp;
};

export type LegalDocumentHistoryTable = {
  tenant_id: string;
  document_id: string;
  seq: number;
  from_status: LegalDocumentStatus | null;
  to_status: LegalDocumentStatus;
  by_document_id: Nullable<string>;
  note: Nullable<string>;
  changed_by: string | null;
  changed_at: Timestamp;
};

export type LegalReviewPlansTable = {
  tenant_id: string;
  id: string;
  year: number;
  title: string;
  reference: Nullable<string>;
  due_on: Nullable<string>;
  created_by: string | null;
  created_at: Timestamp;
};

export type LegalReviewResultsTable = {
  tenant_id: string;
  review_plan_id: string;
  document_id: string;
  conclusion: LegalReviewConclusion;
  note: Nullable<string>;
  reviewed_by: string | null;
  reviewed_at: Timestamp;
};

/** Kysely's view of the legal-document tables of `migrations/0007-feedback-inspections-legal.sql`. */
export type LegalTables = {
  legal_documents: LegalDocumentsTable;
  legal_document_links: LegalDocumentLinksTable;
  legal_document_history: LegalDocumentHistoryTable;
  legal_review_plans: LegalReviewPlansTable;
  legal_review_results: LegalReviewResultsTable;
};

/** The database (or a transaction) seen with the legal-document tables too. */
export const withLegalTables = (db: Db) => db.withTables<LegalTables>();
