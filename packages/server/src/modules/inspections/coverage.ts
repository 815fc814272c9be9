import {
  type InspectionCoverage,
  type IsoDate,
  inspectionCoverage,
  type MetricReading,
  vietnamDayEnd,
} from '@cchc/domain';
import type { Db } from '../../db/database.js';
import type { MetricContext, MetricSource } from '../../registries/metric-source.js';
import { orgRepository } from '../org/index.js';
import { inspectionRepository } from './repository.js';

const METRIC = 'units_self_inspected';
const METHOD = 'inspections.units_concluded_over_units';

/**
 * Target đ, "100% of the units self-inspected": of the units the plan of `year` names (lead or coordinator of its
 * tasks, still active), those whose inspection of the year was concluded (the conclusion notice issued), by `asOf`
 * when given. A unit of the unit table the plan never names is not owed an inspection; a ward whose plan names no
 * unit (groups only, or no plan yet) counts over all its active units. Planned inspections do not count.
 */
export async function unitsSelfInspectedShare(
  db: Db,
  tenantId: string,
  year: number,
  asOf?: IsoDate,
): Promise<InspectionCoverage> {
  const repo = inspectionRepository(db);
  const [units, named, concluded] = await Promise.all([
    orgRepository(db).listUnits(tenantId),
    repo.unitsNamedByPlan(tenantId, year),
    repo.concluded(tenantId),
  ]);
  const active = units.filter((u) => u.active).map((u) => u.id);
  const owed = active.filter((id) => named.includes(id));
  const until = asOf ? new Date(vietnamDayEnd(asOf).getTime() - 1) : null;
  const records = concluded
    .filter((r) => !until || (r.concluded_at !== null && r.concluded_at.getTime() <= until.getTime()))
    .map((r) => ({ unitId: r.unit_id, status: r.status, concludedAt: r.concluded_at }));
  return inspectionCoverage(owed.length > 0 ? owed : active, records, year);
}

/** The source of metric `units_self_inspected` in the targets' registry. */
export const UNITS_SELF_INSPECTED: MetricSource = {
  metric: METRIC,
  method: METHOD,
  module: 'inspections',
  read: async ({ db, tenantId, plan, asOf }: MetricContext): Promise<MetricReading> => {
    const coverage = await unitsSelfInspectedShare(db, tenantId, plan.year, asOf);
    return {
      metric: METRIC,
      value: coverage.rate,
      asOf,
      origin: 'computed',
      method: METHOD,
      numerator: coverage.inspected,
      denominator: coverage.total,
    };
  },
};
