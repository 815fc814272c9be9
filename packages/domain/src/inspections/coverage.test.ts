import { describe, expect, it } from 'vitest';
import { vn } from '../calendar/test-support/moments.js';
import { type InspectionCoverageRecord, inspectionCoverage } from './coverage.js';
import { followUpTiming } from './follow-up.js';
import { nextInspectionStatus } from './status.js';

const units = Array.from({ length: 10 }, (_, i) => `u${i + 1}`);
const concluded = (unitId: string, at = '2026-06-15 10:00'): InspectionCoverageRecord => ({
  unitId,
  status: 'concluded',
  concludedAt: vn(at),
});

describe('inspectionCoverage (target đ)', () => {
  it('shows 90 % with nine of ten units concluded, then 100 % with the tenth', () => {
    const nine = units.slice(0, 9).map((u) => concluded(u));
    expect(inspectionCoverage(units, nine, 2026)).toMatchObject({
      inspected: 9,
      total: 10,
      rate: 90,
      missingUnitIds: ['u10'],
    });
    expect(inspectionCoverage(units, [...nine, concluded('u10')], 2026)).toMatchObject({
      rate: 100,
      missingUnitIds: [],
    });
  });

  it('does not count planned, self-assessed or cancelled inspections', () => {
    const records: InspectionCoverageRecord[] = [
      { unitId: 'u1', status: 'planned', concludedAt: null },
      { unitId: 'u2', status: 'self_assessed', concludedAt: null },
      { unitId: 'u3', status: 'cancelled', concludedAt: null },
      concluded('u4'),
    ];
    expect(inspectionCoverage(units, records, 2026)).toMatchObject({ inspected: 1, rate: 10 });
  });

  it('counts a unit once, only for the year of its conclusion in Vietnam time, and only active units', () => {
    const records = [
      concluded('u1'),
      concluded('u1', '2026-09-01 10:00'),
      concluded('u2', '2025-12-31 23:30'),
      concluded('u3', '2027-01-01 06:00'),
      concluded('gone'),
    ];
    expect(inspectionCoverage(units, records, 2026).inspected).toBe(1);
    expect(inspectionCoverage(units, records, 2027).inspected).toBe(1);
  });

  it('has no rate for a ward without units', () => {
    expect(inspectionCoverage([], [], 2026).rate).toBeNull();
  });
});

describe('inspection status and follow-ups', () => {
  it('concludes from planned or self-assessed, and never again', () => {
    expect(nextInspectionStatus('planned', 'submit_self_assessment')).toBe('self_assessed');
    expect(nextInspectionStatus('self_assessed', 'conclude')).toBe('concluded');
    expect(nextInspectionStatus('planned', 'conclude')).toBe('concluded');
    expect(nextInspectionStatus('concluded', 'conclude')).toBeNull();
    expect(nextInspectionStatus('concluded', 'record_finding')).toBeNull();
    expect(nextInspectionStatus('planned', 'record_finding')).toBe('planned');
  });

  it('makes an open follow-up overdue the day after its due date', () => {
    expect(followUpTiming('open', '2026-07-01', '2026-07-01')).toBe('open');
    expect(followUpTiming('open', '2026-07-01', '2026-07-02')).toBe('overdue');
    expect(followUpTiming('done', '2026-07-01', '2026-08-01')).toBe('done');
  });
});
