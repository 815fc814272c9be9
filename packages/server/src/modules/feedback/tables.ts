import type {
  FeedbackCategory,
  FeedbackChannel,
  FeedbackDeadlineKind,
  FeedbackReaction,
  FeedbackRejectReason,
  FeedbackStatus,
} from '@cchc/domain';
import type { ColumnType } from 'kysely';
import type { Db } from '../../db/database.js';

type Timestamp = ColumnType<Date, Date, Date>;
type NullableTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

// Type aliases rather than interfaces: `withTables` needs shapes assignable to an index signature.

export type FeedbackSettingsTable = {
  tenant_id: string;
  reject_days: number;
  info_request_days: number;
  answer_days: number;
  publish_days: number;
  remind_before: number;
  intake_unit_id: string | null;
  updated_by: string | null;
  updated_at: Timestamp;
};

export type FeedbackTable = {
  tenant_id: string;
  id: string;
  tracking_code: string;
  channel: FeedbackChannel;
  category: FeedbackCategory;
  title: string;
  text: string;
  dossier_code: Nullable<string>;
  legal_document_id: Nullable<string>;
  submitter_name: Nullable<string>;
  submitter_phone: Nullable<string>;
  submitter_email: Nullable<string>;
  submitter_address: Nullable<string>;
  complaint_kinds: ColumnType<string[], string[] | undefined, string[]>;
  related_feedback_id: Nullable<string>;
  status: FeedbackStatus;
  unit_id: Nullable<string>;
  submitted_at: Timestamp;
  intake_by: Nullable<string>;
  last_transfer_at: NullableTimestamp;
  info_requested_at: NullableTimestamp;
  info_request_text: Nullable<string>;
  info_supplied_text: Nullable<string>;
  closed_at_intake_at: NullableTimestamp;
  reject_reason: Nullable<FeedbackRejectReason>;
  close_note: Nullable<string>;
  transferred_to_agency: Nullable<string>;
  answer_text: Nullable<string>;
  answer_submitted_by: Nullable<string>;
  answer_submitted_at: NullableTimestamp;
  return_note: Nullable<string>;
  approved_by: Nullable<string>;
  approved_at: NullableTimestamp;
  published_by: Nullable<string>;
  published_at: NullableTimestamp;
  public_title: Nullable<string>;
  public_text: Nullable<string>;
  public_answer: Nullable<string>;
  reject_due_at: Timestamp;
  info_due_at: Timestamp;
  answer_due_at: Timestamp;
  publish_due_at: NullableTimestamp;
  updated_at: Timestamp;
};

export type FeedbackEventsTable = {
  tenant_id: string;
  feedback_id: string;
  seq: number;
  action: string;
  at: Timestamp;
  actor_user_id: string | null;
  from_unit_id: Nullable<string>;
  to_unit_id: Nullable<string>;
  agency: Nullable<string>;
  note: Nullable<string>;
};

export type FeedbackAttachmentsTable = {
  tenant_id: string;
  feedback_id: string;
  id: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  created_at: Timestamp;
};

export type FeedbackReactionsTable = {
  tenant_id: string;
  feedback_id: string;
  voter_hash: string;
  reaction: FeedbackReaction;
  reason: string | null;
  at: Timestamp;
};

export type FeedbackRemindersTable = {
  tenant_id: string;
  feedback_id: string;
  kind: FeedbackDeadlineKind;
  due_at: Timestamp;
  remind_on: string;
  unit_id: string | null;
  created_at: Timestamp;
};

/** Kysely's view of the feedback tables of `migrations/0007-feedback-inspections-legal.sql`. */
export type FeedbackTables = {
  feedback_settings: FeedbackSettingsTable;
  feedback: FeedbackTable;
  feedback_events: FeedbackEventsTable;
  feedback_attachments: FeedbackAttachmentsTable;
  feedback_reactions: FeedbackReactionsTable;
  feedback_reminders: FeedbackRemindersTable;
};

/** The database (or a transaction) seen with the feedback tables too, declared here as the calendar's are. */
export const withFeedbackTables = (db: Db) => db.withTables<FeedbackTables>();
/** The database seen with the feedback tables. */
export type FeedbackDb = ReturnType<typeof withFeedbackTables>;
