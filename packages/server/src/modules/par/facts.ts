import { completionFigures, type IsoDate, type PreScoreFacts, type ReportPeriod, vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { report766 } from '../city/measures.js';
import { cityRepository } from '../city/repository.js';
import { unitsSelfInspectedShare } from '../inspections/coverage.js';
import { reportsRepository } from '../reports/repository.js';
import { loadCompletionTasks } from '../tasks/completion-inputs.js';

const PERIOD_NAMES: Record<ReportPeriod, string> = {
  Q1: 'Quý I',
  Q2: 'Quý II',
  H1: '6 tháng',
  Q3: 'Quý III',
  Y: 'Năm',
};

/** The assessment's cut-off: the year's last day, or today while the year runs (Vietnam time). */
export function cutOffOf(year: number, now: Date): IsoDate {
  const today = vietnamDateOf(now);
  const end = `${year}-12-31`;
  return today < end ? today : end;
}

/**
 * The figures of a ward's year that pre-score criteria, each read by the module that owns it, at the cut-off:
 * the plan's periodic reports with their due and sending dates, the plan's tasks completed, the year's Decision
 * 766 total, the units whose self-inspection was concluded.
 */
export async function readFacts(db: Db, tenantId: string, year: number, now: Date): Promise<PreScoreFacts> {
  const asOf = cutOffOf(year, now);
  const plan = await reportsRepository(db).planOfYear(tenantId, year);
  const [dues, tasks, indicators, inspection] = await Promise.all([
    plan ? cityRepository(db).reportDues(tenantId, year) : Promise.resolve(null),
    plan ? loadCompletionTasks(db, tenantId, plan, asOf) : Promise.resolve(null),
    report766(db, tenantId, String(year), now),
    unitsSelfInspectedShare(db, tenantId, year, asOf),
  ]);
  const figures = tasks ? completionFigures(tasks, asOf) : null;
  return {
    asOf,
    reports:
      dues?.map((d) => ({
        period: `${PERIOD_NAMES[d.period as ReportPeriod] ?? d.period}/${year}`,
        dueDate: d.due_date,
        sentOn: d.sent_on,
      })) ?? null,
    tasks: figures ? { completed: figures.completed, total: figures.total } : null,
    indicators766: { total: indicators.reading.value, dossiers: indicators.reading.dossiers },
    inspection: { inspected: inspection.inspected, total: inspection.total },
  };
}
