import { vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { feedbackFiguresOf } from '../feedback/index.js';
import { indicatorReports } from '../indicators/index.js';
import { evaluateTargets } from '../targets/index.js';
import { loadTaskScope } from '../tasks/index.js';
import { feedRepository } from './repository.js';

/** Numbers the feed sends: 2 decimals, so consumers compare them as the city's tables print them. */
export const round2 = (n: number | null | undefined) =>
  n === null || n === undefined ? null : Math.round(n * 100) / 100;

export interface FeedWard {
  id: string;
  code: string;
  name: string;
  kind: string;
  adminUnitCode: string | null;
  active: boolean;
}

/** The wards a key may read, by code. `null` scope means every ward of the city. */
export async function wardsInScope(db: Db, wardIds: string[] | null): Promise<FeedWard[]> {
  const rows = await feedRepository(db).wardsInScope(wardIds);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    adminUnitCode: r.admin_unit_code,
    active: r.active,
  }));
}

/**
 * Decision 766 indicators of each ward for a month, in the wards' order: figures only, no dossier or person named.
 * All the wards are read at once (`indicatorReports`), a fixed number of queries however many wards.
 */
export async function wardsIndicators(db: Db, wards: readonly FeedWard[], period: string) {
  const reports = await indicatorReports(
    db,
    wards.map((w) => w.id),
    period,
  );
  return wards.map((ward) => {
    const report = reports.get(ward.id);
    if (report === undefined) throw new Error(`no report for ${ward.id}`);
    return {
      indicators: report.indicators.map((row) => ({
        code: row.code,
        group: row.group,
        name: row.name,
        numerator: row.numerator,
        denominator: row.denominator,
        // `rate` is a share 0–1; `percent` the same share × 100; both with 2 decimals.
        rate: round2(row.rate),
        percent: round2(row.rate === null ? null : row.rate * 100),
        points: round2(row.points),
        maxPoints: round2(row.maxPoints),
        target: round2(row.target),
        source: row.source,
      })),
      total: round2(report.total),
      band: report.band,
      bandName: report.bandName,
    };
  });
}

const STATUSES = ['not_started', 'in_progress', 'completed', 'completed_late', 'not_done'] as const;

/** A ward's plan in use for the year on `now`: tasks by reform area and status, and how many are overdue. */
export async function wardPlanProgress(db: Db, ward: FeedWard, now: Date) {
  const scope = await loadTaskScope(db, ward.id, now);
  if (!scope) return { plan: null, areas: [] };
  const today = vietnamDateOf(now);
  const tasks = await feedRepository(db).planTasks(ward.id, scope.plan.id);
  const byArea = new Map<string, typeof tasks>();
  for (const t of tasks) byArea.set(t.area_code ?? '', [...(byArea.get(t.area_code ?? '') ?? []), t]);
  const areas = [...byArea.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([area, list]) => {
      const counts = Object.fromEntries(STATUSES.map((s) => [s, list.filter((t) => t.status === s).length]));
      const done = (counts.completed ?? 0) + (counts.completed_late ?? 0);
      const overdue = list.filter(
        (t) =>
          t.due_date !== null && t.due_date < today && !['completed', 'completed_late', 'not_done'].includes(t.status),
      ).length;
      return {
        area: area || null,
        tasks: list.length,
        ...counts,
        overdue,
        completedPercent: round2((done / list.length) * 100),
      };
    });
  return { plan: { year: scope.plan.year, status: scope.plan.status, version: scope.plan.current_version }, areas };
}

/** The plan's targets with each measure's target and current value. */
export async function wardTargets(db: Db, ward: FeedWard, now: Date) {
  const scope = await loadTaskScope(db, ward.id, now);
  if (!scope) return { plan: null, targets: [] };
  const { targets } = await evaluateTargets(db, scope);
  return {
    plan: { year: scope.plan.year },
    targets: targets.map((t) => ({
      code: t.code,
      text: t.text,
      status: t.status,
      measures: t.measures.map((m) => ({
        metric: m.measure.metric,
        comparator: m.measure.comparator,
        target: round2(m.measure.value),
        unit: m.measure.unit,
        actual: round2(m.reading?.value ?? null),
        asOf: m.reading?.asOf ?? null,
        origin: m.origin,
        status: m.status,
      })),
    })),
  };
}

/** Feedback figures of each ward for a month (Decision 766 group 5), in the wards' order: counts and shares, no text. */
export async function wardsFeedback(db: Db, wards: readonly FeedWard[], period: { from: string; to: string }) {
  const figures = await feedbackFiguresOf(
    db,
    wards.map((w) => w.id),
    period,
  );
  const share = (s: { numerator: number; denominator: number; rate: number | null }) => ({
    numerator: s.numerator,
    denominator: s.denominator,
    // feedbackFigures gives a percentage; the feed sends the share 0–1 and the percentage, like the indicators.
    rate: round2(s.rate === null ? null : s.rate / 100),
    percent: round2(s.rate),
  });
  return wards.map((ward) => {
    const total = figures.get(ward.id)?.total;
    if (total === undefined) throw new Error(`no feedback figures for ${ward.id}`);
    return {
      received: total.received,
      byCategory: total.byCategory,
      byChannel: total.byChannel,
      inCompetence: total.inCompetence,
      published: total.published,
      late: total.late,
      onTime: share(total.onTime),
      satisfaction: share(total.satisfaction),
    };
  });
}
