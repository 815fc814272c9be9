import { type IsoDate, reportPeriodName, rolesFor } from '@cchc/domain';
import { hasRole } from '../../../http/policy.js';
import { loadPlanPeriods, reportsRepository } from '../../reports/index.js';
import { type TodoItem, todoItem } from '../items.js';
import type { TodoContext } from './context.js';

// A unit's report shows in its list this many days before the due date (the reminders start about then).
const LEAD_DAYS = 14;
const DONE = new Set(['submitted', 'accepted']);

const daysBefore = (date: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Periodic reports: a unit's officers and head see their report to send from two weeks before its due date; the
 * coordinator (who reviews) sees every unit report that is late and every one waiting to be received.
 */
export async function reportTodo(ctx: TodoContext): Promise<TodoItem[]> {
  const writes = hasRole(ctx.auth, ...rolesFor('reports.submit')) && ctx.auth.unitId !== null;
  const reviews = hasRole(ctx.auth, ...rolesFor('reports.review'));
  if (!writes && !reviews) return [];
  const periods = await loadPlanPeriods(ctx.db, ctx.auth.tenantId, Number(ctx.today.slice(0, 4)), ctx.now);
  if (periods?.plan.status !== 'in_use') return [];
  const repo = reportsRepository(ctx.db);
  const units = await repo.reportingUnits(ctx.auth.tenantId, periods.plan.id);
  const items: TodoItem[] = [];
  for (const window of periods.windows.filter((w) => daysBefore(w.due, LEAD_DAYS) <= ctx.today)) {
    const rows = await repo.submissionsOf({
      tenantId: ctx.auth.tenantId,
      planId: periods.plan.id,
      period: window.period,
    });
    const statusOf = (unitId: string) => rows.find((r) => r.unit_id === unitId)?.status ?? 'draft';
    const name = reportPeriodName(window.year, window.period);
    const at = { deadline: window.due, link: `/bao-cao/${window.code}`, today: ctx.today, lang: ctx.lang };
    for (const unit of units) {
      const status = statusOf(unit.id);
      const about = `Báo cáo ${name} của ${unit.short_name ?? unit.name}`;
      if (writes && unit.id === ctx.auth.unitId && !DONE.has(status)) items.push(todoItem('report_due', about, at));
      if (!reviews) continue;
      if (status === 'submitted') items.push(todoItem('report_review', about, { ...at, deadline: null }));
      else if (!DONE.has(status) && window.due < ctx.today && unit.id !== ctx.auth.unitId) {
        items.push(todoItem('report_late', about, at));
      }
    }
  }
  return items;
}
