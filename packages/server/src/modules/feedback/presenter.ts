import {
  classifyOpen,
  type FeedbackAction,
  type FeedbackTimingResult,
  pendingFeedbackDeadlines,
  redactPersonalData,
  type WorkingCalendar,
} from '@cchc/domain';
import type { Selectable } from 'kysely';
import type { DB } from '../../db/generated.js';
import type { FeedbackOut } from './schemas.js';

type Row = Selectable<DB['feedback']>;

/** What presenting needs besides the row: names and the calendar the deadlines are judged on. */
export interface PresentContext {
  units: ReadonlyMap<string, string>;
  users: ReadonlyMap<string, string>;
  calendar: WorkingCalendar;
  now: Date;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;
const unitRef = (id: string | null, units: ReadonlyMap<string, string>) =>
  id ? { id, name: units.get(id) ?? '' } : null;

function deadlinesOf(row: Row, ctx: PresentContext): FeedbackOut['deadlines'] {
  const due = {
    reject: row.reject_due_at,
    info_request: row.info_due_at,
    answer: row.answer_due_at,
    publish: row.publish_due_at,
  };
  return pendingFeedbackDeadlines(row.status, row.info_requested_at !== null).flatMap((kind) => {
    const at = due[kind];
    return at ? [{ kind, due: at.toISOString(), state: classifyOpen(ctx.calendar, at, ctx.now) }] : [];
  });
}

function closedOf(row: Row): FeedbackOut['closed'] {
  if (!row.closed_at_intake_at) return null;
  return {
    at: row.closed_at_intake_at.toISOString(),
    reason: row.reject_reason,
    note: row.close_note,
    agency: row.transferred_to_agency,
  };
}

/** A feedback as officers see it, personal data included. */
export function presentFeedback(
  row: Row,
  ctx: PresentContext,
  related: { id: string; trackingCode: string } | null,
): FeedbackOut {
  return {
    id: row.id,
    trackingCode: row.tracking_code,
    channel: row.channel,
    category: row.category,
    title: row.title,
    text: row.text,
    dossierCode: row.dossier_code,
    legalDocumentId: row.legal_document_id,
    submitter: {
      name: row.submitter_name,
      phone: row.submitter_phone,
      email: row.submitter_email,
      address: row.submitter_address,
    },
    complaintKinds: row.complaint_kinds,
    related,
    status: row.status,
    unit: unitRef(row.unit_id, ctx.units),
    submittedAt: row.submitted_at.toISOString(),
    deadlines: deadlinesOf(row, ctx),
    infoRequest: row.info_requested_at
      ? { at: row.info_requested_at.toISOString(), text: row.info_request_text ?? '', supplied: row.info_supplied_text }
      : null,
    closed: closedOf(row),
    answer: row.answer_text,
    returnNote: row.return_note,
    approvedAt: iso(row.approved_at),
    publishedAt: iso(row.published_at),
    public:
      row.public_title && row.public_text && row.public_answer
        ? { title: row.public_title, text: row.public_text, answer: row.public_answer }
        : null,
  };
}

/**
 * The text proposed for the public page: the stored public version once published, else the question and answer
 * with the submitter's name, contact and other personal data removed, for the publisher to review.
 */
export function publicDraftOf(row: Row): { title: string; text: string; answer: string } {
  const known = {
    names: [row.submitter_name],
    contacts: [row.submitter_phone, row.submitter_email, row.submitter_address],
  };
  const clean = (text: string) => redactPersonalData(text, known).text;
  return {
    title: row.public_title ?? clean(row.title),
    text: row.public_text ?? clean(row.text),
    answer: row.public_answer ?? clean(row.answer_text ?? ''),
  };
}

/** What the detail adds to a feedback. */
export interface DetailExtras {
  events: readonly Selectable<DB['feedback_events']>[];
  attachments: readonly Selectable<DB['feedback_attachments']>[];
  reactions: { likes: number; dislikes: number; reasons: string[] };
  repeats: { id: string; trackingCode: string }[];
  actions: FeedbackAction[];
  /** Whether each step so far kept its deadline (indicator 5.2 for this one feedback, judged now). */
  timing: FeedbackTimingResult;
}

/** One feedback with its history, files, reactions and what the user may do with it. */
export function presentFeedbackDetail(
  row: Row,
  ctx: PresentContext,
  related: { id: string; trackingCode: string } | null,
  extras: DetailExtras,
) {
  const unitName = (id: string | null) => (id ? (ctx.units.get(id) ?? null) : null);
  return {
    ...presentFeedback(row, ctx, related),
    events: extras.events.map((e) => ({
      action: e.action,
      at: e.at.toISOString(),
      actor: e.actor_user_id ? (ctx.users.get(e.actor_user_id) ?? null) : null,
      fromUnit: unitName(e.from_unit_id),
      toUnit: unitName(e.to_unit_id),
      agency: e.agency,
      note: e.note,
    })),
    attachments: extras.attachments.map((a) => ({
      id: a.id,
      fileName: a.file_name,
      contentType: a.content_type,
      size: a.size,
    })),
    reactions: extras.reactions,
    repeats: extras.repeats,
    actions: extras.actions,
    timing: extras.timing,
    publicDraft: publicDraftOf(row),
  };
}

/** A published feedback as the public page shows it: the reviewed public version only, never the submitter. */
export function presentPublished(row: Row, unitName: string | null, counts: { likes: number; dislikes: number }) {
  return {
    id: row.id,
    category: row.category,
    title: row.public_title ?? '',
    text: row.public_text ?? '',
    answer: row.public_answer ?? '',
    unitName,
    submittedOn: row.submitted_at.toISOString().slice(0, 10),
    publishedAt: row.published_at?.toISOString() ?? '',
    likes: counts.likes,
    dislikes: counts.dislikes,
  };
}

/** What the holder of a tracking code learns: where the feedback stands, never who else handled what. */
export function presentTrack(row: Row, unitName: string | null) {
  return {
    trackingCode: row.tracking_code,
    status: row.status,
    category: row.category,
    title: row.title,
    submittedAt: row.submitted_at.toISOString(),
    unitName,
    infoRequest: row.status === 'info_requested' ? row.info_request_text : null,
    closed: row.closed_at_intake_at
      ? { reason: row.reject_reason, note: row.close_note, agency: row.transferred_to_agency }
      : null,
    publishedId: row.status === 'published' ? row.id : null,
    answer: row.status === 'published' ? row.public_answer : null,
  };
}
