import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { RequestContext } from '../../../http/request-context.js';
import { recordAudit } from '../../audit/index.js';
import { isReturned, latestCityReturn } from '../city-returns.js';
import { reportRuleError } from '../messages.js';
import { loadPeriodScope } from '../period-scope.js';
import { reportsRepository } from '../repository.js';

/** What "mark as sent" records: the version that went out, its registry number, date and recipients. */
export interface SendInput {
  version: number;
  number: string;
  date: string;
  recipients: string[];
}

/**
 * Marks a version of the consolidated report as sent: its number (`12` of `Số: 12/BC-UBND`), date and recipients
 * are recorded and the report takes no more versions, so what went out is what the version prints — until the city
 * returns it with a comment: then the ward edits and sends a later version, a new sending with its own number and date.
 */
export async function sendReport(db: Db, change: RequestContext, code: string, input: SendInput): Promise<void> {
  const scope = await loadPeriodScope(db, change.auth.tenantId, code, change.now, change.lang);
  if (scope.plan.status === 'closed') throw reportRuleError('plan_closed', change.lang);
  await db.transaction().execute(async (trx) => {
    const repo = reportsRepository(trx);
    const report = await repo.findReport(scope.key, true);
    if (!report) throw reportRuleError('no_draft', change.lang);
    // Sent once; sent again only after the city returned it, and then a later version than the one it returned.
    const sent = (await repo.dispatch(scope.tenantId, report.id)) ?? null;
    if (sent && !isReturned(sent, await latestCityReturn(trx, scope.key)))
      throw reportRuleError('report_sent', change.lang);
    if (sent && input.version <= sent.version) throw reportRuleError('resend_new_version', change.lang, 'version');
    if (!(await repo.version(scope.tenantId, report.id, input.version))) throw new AppError('not_found');
    await repo.insertDispatch({
      tenant_id: scope.tenantId,
      report_id: report.id,
      version: input.version,
      number: input.number.trim(),
      sent_on: input.date,
      recipients: input.recipients.map((r) => r.trim()).filter(Boolean),
      sent_by: change.auth.userId,
      sent_at: change.now,
    });
    await recordAudit(trx, {
      tenantId: scope.tenantId,
      actorUserId: change.auth.userId,
      action: 'report.send',
      entity: 'report',
      entityId: report.id,
      after: { period: scope.window.code, ...input },
      at: change.now,
    });
  });
}
