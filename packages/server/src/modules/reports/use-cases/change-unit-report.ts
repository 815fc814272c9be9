import { randomUUID } from 'node:crypto';
import {
  canActOnSubmission,
  hasReportContent,
  type SubmissionAction,
  submissionStatusAfter,
  type UnitReportContent,
} from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { RequestContext } from '../../../http/request-context.js';
import { recordAudit } from '../../audit/index.js';
import { reportRuleError } from '../messages.js';
import { loadPeriodScope, type PeriodScope } from '../period-scope.js';
import { tellReportChange } from '../report-events.js';
import { type ReportsRepository, reportsRepository } from '../repository.js';
import {
  cleanContent,
  contentOf,
  formAreas,
  type SubmissionRow,
  unitReportRights,
  unitTaskLines,
} from '../unit-form.js';

/** What a change of a unit's report asks for. */
export type UnitReportCommand =
  | { action: 'save'; content?: UnitReportContent }
  | { action: 'submit'; content?: UnitReportContent; confirmed: boolean }
  | { action: 'return'; comment: string }
  | { action: 'accept'; comment?: string };

/** The right an action needs: the unit writes, the PAR focal point reviews. */
function requireRight(change: RequestContext, scope: PeriodScope, unitId: string, action: SubmissionAction): void {
  const rights = unitReportRights(change.auth, unitId, scope);
  if (scope.plan.status === 'closed') throw reportRuleError('plan_closed', change.lang);
  const allowed = action === 'save' || action === 'submit' ? rights.edit : rights.review;
  if (!allowed) throw new AppError('forbidden');
}

/** The row to change, created as a draft (with the pre-filled texts) the first time the unit saves. */
async function rowFor(trx: Db, repo: ReportsRepository, scope: PeriodScope, unitId: string, change: RequestContext) {
  const found = await repo.findSubmission(scope.key, unitId, true);
  if (found) return found;
  const lines = await unitTaskLines(trx, scope, unitId);
  return repo.insertSubmission({
    tenant_id: scope.tenantId,
    id: randomUUID(),
    plan_id: scope.plan.id,
    period: scope.key.period,
    unit_id: unitId,
    status: 'draft',
    content: JSON.stringify(contentOf(undefined, lines, scope)),
    updated_by: change.auth.userId,
    updated_at: change.now,
  });
}

/** The columns an action changes. */
async function patchOf(
  trx: Db,
  scope: PeriodScope,
  row: SubmissionRow,
  command: UnitReportCommand,
  change: RequestContext,
) {
  const base = {
    status: submissionStatusAfter(row.status, command.action),
    updated_by: change.auth.userId,
    updated_at: change.now,
  };
  if (command.action === 'save' || command.action === 'submit') {
    const areas = await formAreas(trx, scope, await unitTaskLines(trx, scope, row.unit_id));
    const content = command.content
      ? cleanContent(
          command.content,
          areas.map((a) => a.code),
        )
      : row.content;
    if (command.action === 'submit' && !hasReportContent(content)) {
      throw reportRuleError('empty_report', change.lang, 'content');
    }
    // Checked after the content, so an empty report says what is missing before asking to confirm.
    if (command.action === 'submit' && !command.confirmed) {
      throw reportRuleError('send_unconfirmed', change.lang, 'confirm');
    }
    const submitted =
      command.action === 'submit'
        ? {
            submitted_at: change.now,
            submitted_by: change.auth.userId,
            first_submitted_at: row.first_submitted_at ?? change.now,
          }
        : {};
    return { ...base, content: JSON.stringify(content), ...submitted };
  }
  const comment = 'comment' in command ? command.comment : undefined;
  return { ...base, reviewed_at: change.now, reviewed_by: change.auth.userId, review_comment: comment?.trim() || null };
}

/**
 * Saves, submits, returns or accepts a unit's report in one transaction with its row locked, so a return and a
 * resubmission cannot cross. Submission, return and acceptance go to the report's history; every change to the
 * audit log. The first submission's time is kept: it decides whether the report was late.
 */
export async function changeUnitReport(
  db: Db,
  change: RequestContext,
  code: string,
  unitId: string,
  command: UnitReportCommand,
): Promise<void> {
  const scope = await loadPeriodScope(db, change.auth.tenantId, code, change.now, change.lang);
  requireRight(change, scope, unitId, command.action);
  const units = await reportsRepository(db).reportingUnits(scope.tenantId, scope.plan.id);
  const unit = units.find((u) => u.id === unitId);
  if (!unit) throw reportRuleError('unit_unknown', change.lang);
  await db.transaction().execute(async (trx) => {
    const repo = reportsRepository(trx);
    const row = await rowFor(trx, repo, scope, unitId, change);
    if (!canActOnSubmission(row.status, command.action)) {
      throw reportRuleError(
        command.action === 'save' || command.action === 'submit' ? 'not_editable' : 'not_submitted',
        change.lang,
      );
    }
    const after = await repo.updateSubmission(scope.tenantId, row.id, await patchOf(trx, scope, row, command, change));
    if (command.action !== 'save') {
      const comment = 'comment' in command ? (command.comment?.trim() ?? null) : null;
      await repo.addSubmissionEvent({
        tenantId: scope.tenantId,
        submissionId: row.id,
        action: command.action,
        at: change.now,
        actorUserId: change.auth.userId,
        comment: comment || null,
      });
    }
    await recordAudit(trx, {
      tenantId: scope.tenantId,
      actorUserId: change.auth.userId,
      action: `report_submission.${command.action}`,
      entity: 'report_submission',
      entityId: row.id,
      before: { status: row.status },
      after: { status: after.status, period: scope.window.code, unitId },
      at: change.now,
    });
    await tellReportChange(trx, { scope, unit, now: change.now }, command);
  });
}
