import { vietnamDateOf } from '../clock.js';
import type { InspectionStatus } from './types.js';

/** A unit's inspection as coverage sees it. */
export interface InspectionCoverageRecord {
  unitId: string;
  status: InspectionStatus;
  /** When the conclusion notice was issued; null until then. */
  concludedAt: Date | null;
}

/** The share of units self-inspected in a year: target đ of the plan ("100% units self-inspected"). */
export interface InspectionCoverage {
  year: number;
  /** Units with a concluded inspection this year. */
  inspected: number;
  /** Units owed an inspection: those the plan names (else every active unit of the ward). */
  total: number;
  /** Percentage with 2 decimals; null when the ward has no units. */
  rate: number | null;
  /** Units not yet inspected, for the coordinator's follow-up. */
  missingUnitIds: string[];
}

/**
 * Counts the units whose inspection was concluded (notice issued) in `year`, in Vietnam's calendar, out of the
 * ward's units. Planned, self-assessed and cancelled inspections do not count: target đ asks for inspections
 * done, not scheduled. A unit inspected twice counts once; inspections of units no longer active are ignored.
 */
export function inspectionCoverage(
  unitIds: readonly string[],
  records: readonly InspectionCoverageRecord[],
  year: number,
): InspectionCoverage {
  const units = new Set(unitIds);
  const inspected = new Set(
    records
      .filter((r) => r.status === 'concluded' && r.concludedAt && vietnamDateOf(r.concludedAt).startsWith(`${year}-`))
      .map((r) => r.unitId)
      .filter((id) => units.has(id)),
  );
  const total = units.size;
  const rate = total === 0 ? null : Math.round((inspected.size / total) * 10_000) / 100;
  return {
    year,
    inspected: inspected.size,
    total,
    rate,
    missingUnitIds: [...units].filter((id) => !inspected.has(id)),
  };
}
