import { type FeedbackStatus, judgeFeedbackTiming, rolesFor } from '@cchc/domain';
import type { Selectable } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { DB } from '../../../db/generated.js';
import { AppError } from '../../../errors.js';
import { type AuthContext, hasRole } from '../../../http/policy.js';
import { loadWorkingCalendar } from '../../calendar/service.js';
import { orgRepository } from '../../org/repository.js';
import { timelineOf } from '../indicators.js';
import { submitterInDetail, submitterInList } from '../personal-data.js';
import { allowedFeedbackActions, canSeeFeedback } from '../policy.js';
import {
  type PresentContext,
  presentFeedback,
  presentFeedbackDetail,
  presentPublished,
  presentTrack,
} from '../presenter.js';
import { feedbackRepository } from '../repository.js';
import { loadFeedbackSettings } from '../settings.js';
import { feedbackByCode } from './citizen-actions.js';

type Row = Selectable<DB['feedback']>;

const OPEN: FeedbackStatus[] = ['received', 'info_requested', 'awaiting_approval', 'answered'];

async function unitNames(db: Db, tenantId: string): Promise<Map<string, string>> {
  return new Map((await orgRepository(db).listUnits(tenantId)).map((u) => [u.id, u.name]));
}

async function presentContext(db: Db, tenantId: string, now: Date): Promise<PresentContext> {
  const [units, users, calendar] = await Promise.all([
    unitNames(db, tenantId),
    orgRepository(db).listUsers(tenantId),
    loadWorkingCalendar(db, tenantId),
  ]);
  return { units, users: new Map(users.map((u) => [u.id, u.full_name])), calendar, now };
}

async function relatedRefs(db: Db, tenantId: string, rows: readonly Row[]) {
  const ids = [...new Set(rows.flatMap((r) => (r.related_feedback_id ? [r.related_feedback_id] : [])))];
  const repo = feedbackRepository(db);
  const found = await Promise.all(ids.map((id) => repo.find(tenantId, id)));
  return new Map(found.flatMap((r) => (r ? [[r.id, { id: r.id, trackingCode: r.tracking_code }] as const] : [])));
}

/**
 * The feedback a user works on: the desk sees every unit's, a unit role its own unit's. `open` lists what is
 * still being handled.
 */
export async function listFeedback(
  db: Db,
  auth: AuthContext,
  query: { status?: FeedbackStatus | 'open' | undefined; unitId?: string | undefined; page: number; pageSize: number },
  now: Date,
) {
  const all = hasRole(auth, ...rolesFor('feedback.view_all'));
  if (!all && !auth.unitId) return [];
  const unitId = all ? query.unitId : (auth.unitId ?? undefined);
  const statuses = query.status === 'open' ? OPEN : query.status ? [query.status] : undefined;
  const rows = await feedbackRepository(db).list(auth.tenantId, {
    unitId,
    statuses,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const [ctx, related] = await Promise.all([
    presentContext(db, auth.tenantId, now),
    relatedRefs(db, auth.tenantId, rows),
  ]);
  return rows.map((r) => {
    const out = presentFeedback(r, ctx, r.related_feedback_id ? (related.get(r.related_feedback_id) ?? null) : null);
    return { ...out, submitter: submitterInList(auth, r, out.submitter) };
  });
}

/** One feedback with its history, files, reactions, repeats and the actions the user may take. */
export async function feedbackDetail(db: Db, auth: AuthContext, id: string, now: Date) {
  const repo = feedbackRepository(db);
  const row = await repo.find(auth.tenantId, id);
  if (!row || !canSeeFeedback(auth, row)) throw new AppError('not_found');
  const [ctx, related, events, attachments, counts, reasons, repeats, settings] = await Promise.all([
    presentContext(db, auth.tenantId, now),
    relatedRefs(db, auth.tenantId, [row]),
    repo.events(auth.tenantId, [row.id]),
    repo.attachments(auth.tenantId, row.id),
    repo.reactionCounts(auth.tenantId, [row.id]),
    repo.dissatisfactionReasons(auth.tenantId, row.id),
    repo.repeatsOf(auth.tenantId, [row.id]),
    loadFeedbackSettings(db, auth.tenantId),
  ]);
  const detail = presentFeedbackDetail(
    row,
    ctx,
    row.related_feedback_id ? (related.get(row.related_feedback_id) ?? null) : null,
    {
      events,
      attachments,
      reactions: {
        ...(counts.get(row.id) ?? { likes: 0, dislikes: 0 }),
        reasons: reasons.flatMap((r) => r.reason ?? []),
      },
      repeats: repeats.map((r) => ({ id: r.id, trackingCode: r.tracking_code })),
      actions: allowedFeedbackActions(auth, row),
      timing: judgeFeedbackTiming(ctx.calendar, timelineOf(row, events), settings.deadlines, now),
    },
  );
  return { ...detail, submitter: await submitterInDetail(db, auth, row, detail.submitter, now) };
}

/** A page of published answers, newest first, as the public page and the observer see them. */
export async function publishedPage(db: Db, tenantId: string, page: number, pageSize: number) {
  const repo = feedbackRepository(db);
  const [rows, total, units] = await Promise.all([
    repo.listPublished(tenantId, pageSize, (page - 1) * pageSize),
    repo.countPublished(tenantId),
    unitNames(db, tenantId),
  ]);
  const counts = await repo.reactionCounts(
    tenantId,
    rows.map((r) => r.id),
  );
  const items = rows.map((r) =>
    presentPublished(
      r,
      r.unit_id ? (units.get(r.unit_id) ?? null) : null,
      counts.get(r.id) ?? { likes: 0, dislikes: 0 },
    ),
  );
  return { total, items };
}

/** One published answer, or 404 for anything not published. */
export async function publishedOne(db: Db, tenantId: string, id: string) {
  const repo = feedbackRepository(db);
  const row = await repo.find(tenantId, id);
  if (row?.status !== 'published') throw new AppError('not_found');
  const units = await unitNames(db, tenantId);
  const counts = (await repo.reactionCounts(tenantId, [id])).get(id) ?? { likes: 0, dislikes: 0 };
  return presentPublished(row, row.unit_id ? (units.get(row.unit_id) ?? null) : null, counts);
}

/** Where a feedback stands, for the holder of its tracking code. */
export async function trackFeedback(db: Db, tenantId: string, code: string) {
  const row = await feedbackByCode(db, tenantId, code);
  const units = await unitNames(db, tenantId);
  return presentTrack(row, row.unit_id ? (units.get(row.unit_id) ?? null) : null);
}
