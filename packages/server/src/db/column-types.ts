import type { DossierStatus, PaymentPlace, ReportSignerMode } from '@cchc/domain';

// The narrow types of columns PostgreSQL stores as text or JSON. `.kysely-codegenrc.json` names them in its
// overrides, so src/db/generated.ts types those columns with them; the domain's own types are imported there
// directly. A new text or JSON column with a closed set of values gets its type here and an override there.

// calendar

/** What kind of day a row lists: a day without work, or a make-up working day (ngày làm bù). */
export type CalendarDayKind = 'day_off' | 'working_day';

/** A period of local time as stored in `office_hours`. */
export interface StoredTimeRange {
  from: string;
  to: string;
}

// plans

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

// tasks

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

/** What a single-task amendment does to the plan. */
export type AmendmentAction = 'add' | 'change' | 'drop';

export type AmendmentStatus = 'proposed' | 'approved' | 'rejected';

// dossiers

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

/** A row rejected by an import, with its line number in the file (header = line 1). */
export interface RejectedRow {
  row: number;
  code: string | null;
  reason: string;
}

// reports

/** The document's date, signer and recipients, chosen with the draft. */
export interface ReportMeta {
  date: string;
  signer: { mode: ReportSignerMode; name: string | null };
  recipients: string[];
  archive: string;
}

// legal-documents

/** Nghị quyết of the ward's People's Council, quyết định of its People's Committee. */
export type LegalDocumentType = 'resolution' | 'decision';

/** In force (possibly amended in part), or no longer: expired by its term, replaced, repealed. */
export type LegalDocumentStatus = 'in_force' | 'amended' | 'expired' | 'replaced' | 'repealed';

/** What a new document does to an older one. */
export type LegalDocumentRelation = 'amends' | 'replaces' | 'repeals';

/** What a review concluded for a document. */
export type LegalReviewConclusion = 'keep' | 'amend' | 'replace' | 'repeal' | 'expired';

// notifications

/**
 * Why a user is told something: reminders of the daily job, review events, the weekly digest (tasks), and the
 * reminders of other modules: a feedback deadline, a periodic report due, an apology letter to issue.
 */
export const NOTIFICATION_KINDS = [
  'due_soon',
  'overdue',
  'update_missing',
  'returned',
  'awaiting_review',
  'weekly_digest',
  'feedback_deadline',
  'report_due',
  'apology_needed',
  // Events that tell people what happened: a completion accepted, a unit report returned, a decision waiting for the chairman.
  'accepted',
  'report_returned',
  'decision_waiting',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
