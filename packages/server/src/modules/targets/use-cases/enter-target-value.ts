import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { RequestContext } from '../../../http/request-context.js';
import { messagesOf } from '../../../i18n/messages.js';
import { recordAudit } from '../../audit/index.js';
import { loadTaskScope } from '../../tasks/index.js';
import { metricSourceFor } from '../metric-sources.js';
import { targetsRepository } from '../repository.js';
import type { EntryIn } from '../schemas.js';

const targetMessage = messagesOf({
  no_plan: { vi: 'Phường chưa có kế hoạch CCHC năm.', en: 'The ward has no yearly PAR plan yet.' },
  not_a_measure: { vi: 'Chỉ tiêu không có phép đo này.', en: 'The target has no such measure.' },
  computed: {
    vi: 'Giá trị này được tính tự động từ dữ liệu của hệ thống, không nhập tay.',
    en: 'This value is computed from cchc data and cannot be entered.',
  },
  future: { vi: 'Ngày số liệu không được sau ngày hôm nay.', en: 'The date cannot be after today.' },
});

/**
 * The coordinator enters the value of a measure cchc cannot compute (PAR Index rank, DTI rank, budget revenue…)
 * with its date and evidence. Values are kept, never replaced: the latest on a day is the value then.
 */
export async function enterTargetValue(db: Db, request: RequestContext, code: string, input: EntryIn): Promise<void> {
  const { auth, now, lang } = request;
  await db.transaction().execute(async (trx) => {
    const scope = await loadTaskScope(trx, auth.tenantId, now);
    if (!scope) throw targetMessage.error('not_found', 'no_plan', lang);
    const repo = targetsRepository(trx);
    const target = (await repo.planTargets(auth.tenantId, scope.plan.id)).find((t) => t.code === code);
    if (!target) throw new AppError('not_found');
    if (!target.measures.some((m) => m.metric === input.metric))
      throw targetMessage.error('validation_failed', 'not_a_measure', lang, {}, 'metric');
    if (metricSourceFor(input.metric)) throw targetMessage.error('validation_failed', 'computed', lang, {}, 'metric');
    if (input.asOf > scope.today) throw targetMessage.error('validation_failed', 'future', lang, {}, 'asOf');
    const id = randomUUID();
    await repo.insertEntry({
      tenant_id: auth.tenantId,
      id,
      plan_id: scope.plan.id,
      target_code: code,
      metric: input.metric,
      value: input.value,
      as_of: input.asOf,
      evidence_number: input.evidenceNumber ?? null,
      evidence_date: input.evidenceDate ?? null,
      note: input.note ?? null,
      entered_by: auth.userId,
      entered_at: now,
    });
    await recordAudit(trx, {
      tenantId: auth.tenantId,
      actorUserId: auth.userId,
      action: 'target.enter_value',
      entity: 'target_entry',
      entityId: id,
      after: { targetCode: code, ...input },
      at: now,
    });
  });
}
