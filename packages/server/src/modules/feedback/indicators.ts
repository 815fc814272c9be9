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
import { loadWorkingCalendars } from '../calendar/index.js';
import { feedbackRepository } from './repository.js';
import { loadFeedbackSettingsOf } from './settings.js';

type Row = Selectable<DB['feedback']>;

/** Rejected as not the ward's business, or sent to another agency: outside its competence. */
const inCompetence = (row: Row) =>
  row.transferred_to_agency === null && row.reject_reason !== 'out_of_scope' && row.reject_reason !== 'complaint';

/** The earliest repeat filed after the answer: "repeated about the same result" (indicator 5.3). */
function repeatedAt(row: Row, repeats: readonly { related_feedback_id: string | null; submitted_at: Date }[]) {
  const answered = row.approved_at;
  if (!answered) return null;
  const after = repeats.filter((r) => r.submitted_at.getTime() > answered.getTime());
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

/** Rows of many wards' feedback grouped by ward and feedback id. */
const byFeedback = <T extends { tenant_id: string }>(rows: readonly T[], id: (row: T) => string | null) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = `${row.tenant_id}:${id(row)}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
};

/**
 * The plain records indicators 5.1–5.4 are computed from, for each of many wards and a period of whole days (both
 * ends included), read in four queries however many wards.
 */
export async function feedbackIndicatorRecords(
  db: Db,
  tenantIds: readonly string[],
  period: FeedbackPeriod,
): Promise<Map<string, FeedbackIndicatorRecord[]>> {
  const read = await feedbackRepository(db).periodRecordsOf(
    tenantIds,
    vietnamDayEnd(period.to),
    vietnamDayStart(period.from),
  );
  const reactions = byFeedback(read.reactions, (r) => r.feedback_id);
  const repeats = byFeedback(read.repeats, (r) => r.related_feedback_id);
  const events = byFeedback(read.events, (e) => e.feedback_id);
  const records = new Map<string, FeedbackIndicatorRecord[]>(tenantIds.map((id) => [id, []]));
  for (const row of read.rows) {
    const key = `${row.tenant_id}:${row.id}`;
    const counts = { likes: 0, dislikes: 0 };
    for (const r of reactions.get(key) ?? []) counts[r.reaction === 'like' ? 'likes' : 'dislikes'] = r.n;
    records.get(row.tenant_id)?.push({
      id: row.id,
      unitId: row.unit_id,
      category: row.category,
      channel: row.channel,
      dossierCode: row.dossier_code,
      inCompetence: inCompetence(row),
      ...counts,
      repeatedAt: repeatedAt(row, repeats.get(key) ?? []),
      timeline: timelineOf(row, events.get(key) ?? []),
    });
  }
  return records;
}

/**
 * Decision 766 indicators 5.1–5.3 and the feedback part of 5.4 for a ward and its units in a period, on the
 * ward's calendar and deadline settings. `.total` is the `feedback` input of the dossiers' `computeIndicators`
 * (and of `cchc indicators`).
 */
export async function feedbackFigures(db: Db, tenantId: string, period: FeedbackPeriod): Promise<FeedbackIndicators> {
  const figures = (await feedbackFiguresOf(db, [tenantId], period)).get(tenantId);
  if (figures === undefined) throw new Error(`no feedback figures for ${tenantId}`);
  return figures;
}

/** {@link feedbackFigures} of many wards, with a fixed number of queries however many wards. */
export async function feedbackFiguresOf(
  db: Db,
  tenantIds: readonly string[],
  period: FeedbackPeriod,
): Promise<Map<string, FeedbackIndicators>> {
  const [records, calendars, settings] = await Promise.all([
    feedbackIndicatorRecords(db, tenantIds, period),
    loadWorkingCalendars(db, tenantIds),
    loadFeedbackSettingsOf(db, tenantIds),
  ]);
  const figures = new Map<string, FeedbackIndicators>();
  for (const id of tenantIds) {
    const calendar = calendars.get(id);
    const deadlines = settings.get(id)?.deadlines;
    if (calendar === undefined || deadlines === undefined) continue;
    figures.set(
      id,
      computeFeedbackIndicators({ records: records.get(id) ?? [], period, calendar, settings: deadlines }),
    );
  }
  return figures;
}
