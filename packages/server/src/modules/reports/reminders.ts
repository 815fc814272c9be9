import { type IsoDate, reportPeriodName, reportReminderDue, vietnamDateOf, type WorkingCalendar } from '@cchc/domain';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { defineJob } from '../../jobs/job.js';
import type { Logger } from '../../logger.js';
import { loadWorkingCalendar } from '../calendar/index.js';
import { type Delivery, deliveryOf, notifyUsers, usersOfUnit, usersWithRoles } from '../notifications/index.js';
import { loadPlanPeriods } from './period-scope.js';
import { reportsRepository } from './repository.js';

// Who writes a unit's report: its officers and its head (the coordinator, when the unit is the coordinator's).
const UNIT_ROLES = ['officer', 'unit_head', 'coordinator'] as const;

/**
 * Stores today's reminders of every unit's periodic report, for every plan in use: on the reminder days before
 * each due date while the report is not in, and on the first working day after it when it is still missing. The
 * key of a reminder makes a second run (or a second server) add nothing. Each reminder also goes to the bell (and
 * the e-mail, with a delivery) of the unit's officers and head. Returns how many are new.
 */
export async function sendReportReminders(
  db: Db,
  now: Date,
  log: Pick<Logger, 'info'>,
  delivery?: Delivery,
): Promise<number> {
  const repo = reportsRepository(db);
  const today = vietnamDateOf(now);
  let added = 0;
  for (const plan of await repo.plansInUse()) {
    const periods = await loadPlanPeriods(db, plan.tenant_id, plan.year, now);
    if (!periods) continue;
    const calendar = await loadWorkingCalendar(db, plan.tenant_id);
    const units = await repo.reportingUnits(plan.tenant_id, plan.id);
    for (const window of periods.windows) {
      await remindConsolidated(
        db,
        { plan, window, today, now, calendar, days: periods.settings.remindWorkingDays },
        delivery,
      );
      const rows = await repo.submissionsOf({ tenantId: plan.tenant_id, planId: plan.id, period: window.period });
      for (const unit of units) {
        const status = rows.find((r) => r.unit_id === unit.id)?.status ?? null;
        const due = reportReminderDue({
          due: window.due,
          today,
          status,
          workingDaysBefore: periods.settings.remindWorkingDays,
          calendar,
        });
        if (!due) continue;
        const inserted = await repo.addReminder({
          tenant_id: plan.tenant_id,
          plan_id: plan.id,
          period: window.period,
          unit_id: unit.id,
          kind: due.kind,
          remind_on: today,
          due_date: due.due,
          created_at: now,
        });
        if (inserted) added += 1;
        // Told even when the reminder row existed, so a run that stopped halfway is completed by the next; the
        // notification's key (unit, period, day) keeps it to one per user.
        // A late report is also the coordinator's business, as is a unit without accounts.
        const users = [
          ...(await usersOfUnit(db, plan.tenant_id, unit.id, UNIT_ROLES)),
          ...(due.kind === 'overdue' ? await usersWithRoles(db, plan.tenant_id, ['coordinator']) : []),
        ];
        if (users.length === 0) users.push(...(await usersWithRoles(db, plan.tenant_id, ['coordinator'])));
        await notifyUsers(
          db,
          {
            tenantId: plan.tenant_id,
            userIds: users.map((u) => u.id),
            kind: 'report_due',
            subject: `report:${window.code}:${unit.id}`,
            day: today,
            data: {
              periodCode: window.code,
              period: reportPeriodName(window.year, window.period),
              unitName: unit.name,
              reminder: due.kind,
              dueDate: due.due,
            },
            now,
          },
          delivery,
        );
      }
    }
  }
  if (added > 0) log.info({ job: 'reports.reminders', added }, 'nhắc hạn báo cáo định kỳ (report reminders)');
  return added;
}

type PlanWindow = NonNullable<Awaited<ReturnType<typeof loadPlanPeriods>>>['windows'][number];

/**
 * The consolidated report is the coordinator's own duty (docs/DOMAIN.md §1: Phòng VHXH consolidates for the ward):
 * the same reminder days as the units', until it is marked as sent. Only the bell and e-mail carry it; the
 * notification's key (coordinator, period, day) keeps it to one per day.
 */
async function remindConsolidated(
  db: Db,
  at: {
    plan: { tenant_id: string; id: string };
    window: PlanWindow;
    today: IsoDate;
    now: Date;
    days: readonly number[];
    calendar: WorkingCalendar;
  },
  delivery?: Delivery,
): Promise<void> {
  const { plan, window, today } = at;
  const repo = reportsRepository(db);
  const report = await repo.findReport({ tenantId: plan.tenant_id, planId: plan.id, period: window.period });
  const sent = report ? (await repo.dispatch(plan.tenant_id, report.id)) !== undefined : false;
  const due = reportReminderDue({
    due: window.due,
    today,
    status: sent ? 'accepted' : null,
    workingDaysBefore: at.days,
    calendar: at.calendar,
  });
  if (!due) return;
  const coordinators = await usersWithRoles(db, plan.tenant_id, ['coordinator']);
  await notifyUsers(
    db,
    {
      tenantId: plan.tenant_id,
      userIds: coordinators.map((u) => u.id),
      kind: 'report_due',
      subject: `report:${window.code}:consolidated`,
      day: today,
      data: {
        periodCode: window.code,
        period: reportPeriodName(window.year, window.period),
        consolidated: true,
        reminder: due.kind,
        dueDate: due.due,
      },
      now: at.now,
    },
    delivery,
  );
}

/** Every morning at 06:40, before the offices open. */
export const reportRemindersJob = defineJob({
  name: 'reports.reminders',
  payload: z.object({}).passthrough(),
  schedule: '40 6 * * *',
  handler: async (_payload, deps) => {
    await sendReportReminders(deps.db, deps.clock.now(), deps.log, deliveryOf(deps));
  },
});
