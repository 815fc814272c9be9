import {
  computeFeedbackIndicators,
  type FeedbackIndicatorRecord,
  type FeedbackIndicators,
  type FeedbackPeriod,
  type FeedbackTimeline,
  vietnamDayEnd,
  vietnamDayStart,
} from '@cchc/domain';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';
import { loadWorkingCalendar } from '../calendar/service.js';
import { feedbackRepository } from './repository.js';
import { loadFeedbackSettings } from './settings.js';

type Row = Selectable<DB['feedback']>;

/** Rejected as not the ward's business, or sent to another agency: outside its competence. */
const inCompetence = (row: Row) =>
  row.transferred_to_agency === null && row.reject_reason !== 'out_of_scope' && row.reject_reason !== 'complaint';

/** The earliest repeat filed after the answer: "repeated about the same result" (indicator 5.3). */
function repeatedAt(row: Row, repeats: readonly { related_feedback_id: string | null; submitted_at: Date }[]) {
  const answered = row.approved_at;
  if (!answered) return null;
  const after = repeats.filter(
    (r) => r.related_feedback_id === row.id && r.submitted_at.getTime() > answered.getTime(),
  );
  return after.reduce<Date | null>((a, r) => (a === null || r.submitted_at < a ? r.submitted_at : a), null);
}

/** The moments a feedback's deadlines judge, from its row and its events. */
export function timelineOf(
  row: Row,
  events: readonly { feedback_id: string; action: string; at: Date }[],
): FeedbackTimeline {
  return {
    submittedAt: row.submitted_at,
    // Every transfer, not only the latest: a past period is judged with the transfers made by its end.
    transfers: events.filter((e) => e.feedback_id === row.id && e.action === 'transfer').map((e) => e.at),
    infoRequestedAt: row.info_requested_at,
    closedAtIntakeAt: row.closed_at_intake_at,
    approvedAt: row.approved_at,
    publishedAt: row.published_at,
  };
}

/** The plain records indicators 5.1–5.4 are computed from, for a period of whole days (both ends included). */
export async function feedbackIndicatorRecords(
  db: Db,
  tenantId: string,
  period: FeedbackPeriod,
): Promise<FeedbackIndicatorRecord[]> {
  const repo = feedbackRepository(db);
  const rows = await repo.listForPeriod(tenantId, vietnamDayEnd(period.to), vietnamDayStart(period.from));
  const ids = rows.map((r) => r.id);
  const [counts, repeats, events] = await Promise.all([
    repo.reactionCounts(tenantId, ids),
    repo.repeatsOf(tenantId, ids),
    repo.events(tenantId, ids),
  ]);
  return rows.map((row) => ({
    id: row.id,
    unitId: row.unit_id,
    category: row.category,
    channel: row.channel,
    dossierCode: row.dossier_code,
    inCompetence: inCompetence(row),
    ...(counts.get(row.id) ?? { likes: 0, dislikes: 0 }),
    repeatedAt: repeatedAt(row, repeats),
    timeline: timelineOf(row, events),
  }));
}

/**
 * Decision 766 indicators 5.1–5.3 and the feedback part of 5.4 for a ward and its units in a period, on the
 * ward's calendar and deadline settings. `.total` is the `feedback` input of the dossiers' `computeIndicators`
 * (and of `cchc indicators`).
 */
export async function feedbackFigures(db: Db, tenantId: string, period: FeedbackPeriod): Promise<FeedbackIndicators> {
  const [records, calendar, settings] = await Promise.all([
    feedbackIndicatorRecords(db, tenantId, period),
    loadWorkingCalendar(db, tenantId),
    loadFeedbackSettings(db, tenantId),
  ]);
  return computeFeedbackIndicators({ records, period, calendar, settings: settings.deadlines });
}
