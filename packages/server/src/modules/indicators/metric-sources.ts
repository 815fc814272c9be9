// The plan's targets fed from dossiers: dossiers tracked, online payment, satisfaction. Each reads the
// plan's year up to the day asked, through the targets module's metric-source registry.
import { type MetricReading, type Period, vietnamDayEnd } from '@cchc/domain';
import type { MetricContext, MetricSource } from '../../registries/metric-source.js';
import { periodBounds } from './load-input.js';
import { indicatorsRepository } from './repository.js';
import { keptPerStamp } from './stamped-readings.js';
import { indicatorReport } from './use-cases/compute-report.js';

const share = (numerator: number, denominator: number) =>
  denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 100;

/**
 * The days a count covers: a report's data window when a report asks (docs/DOMAIN.md §7), else the plan's year
 * from 1 January to the day asked (the whole year once it is over).
 */
function countedDays({ plan, asOf, window }: MetricContext): Period {
  if (window) return { from: window.start, to: window.end < asOf ? window.end : asOf };
  const end = `${plan.year}-12-31`;
  return { from: `${plan.year}-01-01`, to: asOf < end ? asOf : end };
}

function reading(metric: string, method: string, asOf: string, numerator: number, denominator: number): MetricReading {
  return { metric, value: share(numerator, denominator), asOf, origin: 'computed', method, numerator, denominator };
}

/** Target e: 100% of dossiers tracked on the city's system and synced to the national portal. */
export const DOSSIERS_TRACKED: MetricSource = {
  metric: 'dossiers_tracked',
  method: 'dossiers.synced_over_received',
  module: 'dossiers',
  read: async (context) => {
    const { from, toExclusive } = periodBounds(countedDays(context));
    const { received, synced } = await indicatorsRepository(context.db).trackedCounts(
      context.tenantId,
      from,
      toExclusive,
    );
    return reading('dossiers_tracked', 'dossiers.synced_over_received', context.asOf, synced, received);
  },
};

/** Task 29: fee-bearing dossiers paid online ÷ fee-bearing dossiers paid, at least 80%. */
export const ONLINE_PAYMENT: MetricSource = {
  metric: 'online_payment',
  method: 'dossiers.paid_online_over_paid',
  module: 'dossiers',
  read: async (context) => {
    const { from, toExclusive } = periodBounds(countedDays(context));
    const { paid, online } = await indicatorsRepository(context.db).paymentCounts(context.tenantId, from, toExclusive);
    return reading('online_payment', 'dossiers.paid_online_over_paid', context.asOf, online, paid);
  },
};

/** Target f: satisfaction with the handling of dossiers (Decision 766 indicator 5.4) of at least 90%. */
export const DOSSIER_SATISFACTION: MetricSource = {
  metric: 'satisfaction',
  method: 'dossiers.indicator_5_4',
  module: 'dossiers',
  read: async (context) => {
    // 5.4 of the plan's year exactly as `cchc indicators --period <year>` computes it on the day asked (feedback,
    // configuration and the running-period rule included), so the dashboard's target f and the published 5.4
    // are one figure.
    const endOfDay = new Date(vietnamDayEnd(context.asOf).getTime() - 1_000);
    const report = await indicatorReport(context.db, context.tenantId, String(context.plan.year), undefined, endOfDay);
    const row = report.indicators.find((r) => r.code === '5.4');
    return reading('satisfaction', 'dossiers.indicator_5_4', context.asOf, row?.numerator ?? 0, row?.denominator ?? 0);
  },
};

/** The dossier metrics, for `METRIC_SOURCES`; each reading is kept until the ward's 766 inputs change. */
export const DOSSIER_METRIC_SOURCES: readonly MetricSource[] = [
  DOSSIERS_TRACKED,
  ONLINE_PAYMENT,
  DOSSIER_SATISFACTION,
].map(keptPerStamp);
