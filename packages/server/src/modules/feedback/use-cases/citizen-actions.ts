import { createHash } from 'node:crypto';
import { type FeedbackReaction, nextFeedbackStatus, normaliseTrackingCode } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { Lang } from '../../../i18n/messages.js';
import { feedbackMessage } from '../messages.js';
import { feedbackRepository } from '../repository.js';

/** The feedback a tracking code opens, or 404: a wrong code and another ward's look the same. */
export async function feedbackByCode(db: Db, tenantId: string, typed: string) {
  const code = normaliseTrackingCode(typed);
  const row = code ? await feedbackRepository(db).findByTrackingCode(tenantId, code) : undefined;
  if (!row) throw new AppError('not_found');
  return row;
}

/**
 * The citizen answers a request for more information with the tracking code: the text is kept, the feedback
 * goes back to its unit's queue, and the event names no officer.
 */
export async function supplyInfoByCode(
  db: Db,
  input: { tenantId: string; code: string; text: string; now: Date; lang: Lang },
) {
  await db.transaction().execute(async (trx) => {
    const repo = feedbackRepository(trx);
    const found = await feedbackByCode(trx, input.tenantId, input.code);
    const row = await repo.lock(input.tenantId, found.id);
    const status = row && nextFeedbackStatus(row.status, 'supply_info');
    if (!row || !status) throw feedbackMessage.error('conflict', 'status_conflict', input.lang);
    await repo.update(input.tenantId, row.id, { status, info_supplied_text: input.text, updated_at: input.now });
    await repo.addEvent({
      tenant_id: input.tenantId,
      feedback_id: row.id,
      action: 'supply_info',
      at: input.now,
      actor_user_id: null,
      note: input.text,
    });
  });
}

/** What identifies one voter: the browser's token when it sends one, else the address. */
function voterHash(feedbackId: string, voter: { token?: string | undefined; address: string }): string {
  return createHash('sha256')
    .update(`${feedbackId}|${voter.token ?? `ip:${voter.address}`}`)
    .digest('hex');
}

/**
 * Records a like or dislike of a published answer, one per voter (a second click changes it); a dislike may say
 * why the citizen is not satisfied. Returns the new counts.
 */
export async function reactToAnswer(
  db: Db,
  input: {
    tenantId: string;
    feedbackId: string;
    reaction: FeedbackReaction;
    reason?: string | undefined;
    voter: { token?: string | undefined; address: string };
    now: Date;
    lang: Lang;
  },
) {
  const repo = feedbackRepository(db);
  const row = await repo.find(input.tenantId, input.feedbackId);
  if (row?.status !== 'published') throw feedbackMessage.error('not_found', 'not_published', input.lang);
  await repo.saveReaction({
    tenant_id: input.tenantId,
    feedback_id: row.id,
    voter_hash: voterHash(row.id, input.voter),
    reaction: input.reaction,
    reason: input.reaction === 'dislike' && input.reason?.trim() ? input.reason.trim() : null,
    at: input.now,
  });
  return (await repo.reactionCounts(input.tenantId, [row.id])).get(row.id) ?? { likes: 0, dislikes: 0 };
}
