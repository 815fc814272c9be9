/**
 * Citizen feedback (phản ánh, kiến nghị, Decree 20/2008 amended 2017; docs/DOMAIN.md §5): the categories, channels,
 * statuses and limits shared by the server and the public form.
 */

/**
 * What a feedback is about: a regulation or policy (quy định, chính sách), a procedure (thủ tục hành chính), one
 * dossier by its code (hồ sơ), or staff behaviour (hành vi, thái độ của cán bộ). Decision 766 indicator 5.1
 * counts them by category.
 */
export const FEEDBACK_CATEGORIES = ['regulation', 'procedure', 'dossier', 'staff'] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

/** How a feedback arrived: the public form, or an officer's intake at the counter, by phone or by letter. */
export const FEEDBACK_CHANNELS = ['online', 'counter', 'phone', 'letter'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

/**
 * Where a feedback stands.
 * - `received`: in a unit's queue (or waiting to be routed when it has no unit yet);
 * - `info_requested`: the citizen was asked for more information;
 * - `awaiting_approval`: the unit's answer waits for its head;
 * - `answered`: the head approved the answer, which waits to be published;
 * - `published`: the answer is on the public page (final, reactions still come in);
 * - `rejected`: not accepted (out of scope, a complaint or denunciation redirected, duplicate, abusive…);
 * - `transferred_out`: sent to another agency outside the ward.
 */
export const FEEDBACK_STATUSES = [
  'received',
  'info_requested',
  'awaiting_approval',
  'answered',
  'published',
  'rejected',
  'transferred_out',
] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** Why a feedback is not accepted; `complaint` is a khiếu nại or tố cáo redirected to its own procedure. */
export const FEEDBACK_REJECT_REASONS = [
  'out_of_scope',
  'complaint',
  'duplicate',
  'abusive',
  'insufficient_info',
  'other',
] as const;
export type FeedbackRejectReason = (typeof FEEDBACK_REJECT_REASONS)[number];

/** A citizen's reaction to a published answer: helpful (like) or not (dislike). */
export const FEEDBACK_REACTIONS = ['like', 'dislike'] as const;
export type FeedbackReaction = (typeof FEEDBACK_REACTIONS)[number];

/**
 * Size limits of a feedback, the same on the public form and the server, so abuse costs little to refuse
 * (docs/DOMAIN.md §5: no third-party services, so limits, a honeypot and per-address rate limits do the work).
 */
export const FEEDBACK_LIMITS = {
  titleMax: 200,
  textMin: 10,
  textMax: 5_000,
  nameMax: 120,
  contactMax: 200,
  reasonMax: 1_000,
  answerMax: 20_000,
  attachmentsMax: 3,
  attachmentBytesMax: 5 * 1024 * 1024,
} as const;

/**
 * Working-day deadlines of a feedback (docs/DOMAIN.md §5, the national portal's practice, hence settings): reject
 * within 2, ask for more information within 5, answer within 15 from submission or the latest transfer, publish
 * within 2 of the approved answer. `remindBefore` is how many working days before each deadline a reminder goes.
 */
export interface FeedbackDeadlineSettings {
  rejectDays: number;
  infoRequestDays: number;
  answerDays: number;
  publishDays: number;
  remindBefore: number;
}

/** The portal's defaults; a ward may change them. */
export const DEFAULT_FEEDBACK_DEADLINES: FeedbackDeadlineSettings = {
  rejectDays: 2,
  infoRequestDays: 5,
  answerDays: 15,
  publishDays: 2,
  remindBefore: 1,
};
