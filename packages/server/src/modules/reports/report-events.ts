import { reportPeriodName, vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { clearNotifications, notifyUsers, usersOfUnit } from '../notifications/index.js';
import type { PeriodScope } from './period-scope.js';

// Who writes a unit's report: its officers and its head (the coordinator, when the unit is the coordinator's).
const UNIT_ROLES = ['officer', 'unit_head', 'coordinator'] as const;

/**
 * What a unit's report change tells: a submission clears the unit's "report due" reminders; a return
 * tells the unit's officers and head, with the reason; an acceptance clears a pending "returned" notice.
 */
export async function tellReportChange(
  trx: Db,
  at: { scope: PeriodScope; unit: { id: string; name: string }; now: Date },
  command: { action: string; comment?: string },
): Promise<void> {
  const { scope, unit, now } = at;
  const subject = `report:${scope.window.code}:${unit.id}`;
  if (command.action === 'submit') {
    await clearNotifications(trx, scope.tenantId, { subject }, ['report_due', 'report_returned'], now);
  }
  if (command.action !== 'return') return;
  const users = await usersOfUnit(trx, scope.tenantId, unit.id, UNIT_ROLES);
  await notifyUsers(trx, {
    tenantId: scope.tenantId,
    userIds: users.map((u) => u.id),
    kind: 'report_returned',
    subject,
    day: vietnamDateOf(now),
    data: {
      periodCode: scope.window.code,
      period: reportPeriodName(scope.window.year, scope.window.period),
      unitName: unit.name,
      comment: command.comment ?? null,
    },
    now,
  });
}
