import { computeFeedbackDeadlines, type FeedbackDeadlineSettings, type WorkingCalendar } from '@cchc/domain';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';
import { type RecomputeContext, registerDeadlineRecomputer } from '../calendar/recompute.js';
import { loadWorkingCalendar } from '../calendar/service.js';
import { feedbackRepository } from './repository.js';
import { loadFeedbackSettings } from './settings.js';

type Row = Pick<Selectable<DB['feedback']>, 'submitted_at' | 'last_transfer_at' | 'approved_at'>;

/** The stored due moments of a feedback, from its clock starts, on the ward's calendar. */
export function dueColumns(calendar: WorkingCalendar, row: Row, settings: FeedbackDeadlineSettings) {
  const due = computeFeedbackDeadlines(
    calendar,
    {
      submittedAt: row.submitted_at,
      transfers: row.last_transfer_at ? [row.last_transfer_at] : [],
      approvedAt: row.approved_at,
    },
    settings,
  );
  return {
    reject_due_at: due.reject,
    info_due_at: due.info_request,
    answer_due_at: due.answer,
    publish_due_at: due.publish,
  };
}

const sameMoment = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * Recomputes the due moments of the open feedback of one tenant (or of every tenant), on the calendar and the
 * settings in force now; returns how many rows changed.
 */
export async function recomputeOpenFeedback(
  db: Db,
  tenantId: string | null,
  calendarFor: (tenantId: string) => Promise<WorkingCalendar>,
): Promise<number> {
  const repo = feedbackRepository(db);
  let changed = 0;
  for (const row of await repo.listOpen(tenantId)) {
    const settings = await loadFeedbackSettings(db, row.tenant_id);
    const next = dueColumns(await calendarFor(row.tenant_id), row, settings.deadlines);
    const same =
      sameMoment(next.reject_due_at, row.reject_due_at) &&
      sameMoment(next.info_due_at, row.info_due_at) &&
      sameMoment(next.answer_due_at, row.answer_due_at) &&
      sameMoment(next.publish_due_at, row.publish_due_at);
    if (same) continue;
    await repo.update(row.tenant_id, row.id, next);
    changed++;
  }
  return changed;
}

/** Open feedback follows the calendar: a holiday added or removed moves its deadlines (docs/DOMAIN.md §2). */
export function registerFeedbackRecomputer(): () => void {
  return registerDeadlineRecomputer('feedback', (context: RecomputeContext) => {
    const scope = context.change.scope;
    return recomputeOpenFeedback(context.db, scope === 'national' ? null : scope.tenantId, context.calendarFor);
  });
}

/** Recomputes one tenant's open feedback on its stored calendar, e.g. after its deadline settings changed. */
export function recomputeTenantFeedback(db: Db, tenantId: string): Promise<number> {
  return recomputeOpenFeedback(db, tenantId, (id) => loadWorkingCalendar(db, id));
}
