// The status of a target (chỉ tiêu) from its measured value: đạt when met now; chưa đạt when its
// deadline passed unmet; có nguy cơ when unmet with less than a quarter of its time left, or falling since the
// previous period; else đang thực hiện.
import { dayOfIso } from '../calendar/dates.js';
import type { IsoDate } from '../clock.js';
import type { MeasureComparator } from '../plan/types.js';

export const TARGET_STATUSES = [
  'met', // đạt
  'missed', // chưa đạt
  'at_risk', // có nguy cơ
  'in_progress', // đang thực hiện
] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** What a measure's status is judged from. */
export interface MeasureStatusInput {
  comparator: MeasureComparator;
  /** The value the plan asks for (e.g. 100 %, rank 15). */
  target: number;
  /** The value now; null when nothing is measured yet. */
  value: number | null;
  /** The value at the end of the previous reporting window, when known. */
  previousValue: number | null;
  /** The days the target runs over, both included: usually the plan year. */
  window: { start: IsoDate; end: IsoDate };
  today: IsoDate;
}

/** Whether a value satisfies a comparator against the target value. */
export function meetsTarget(value: number, comparator: MeasureComparator, target: number): boolean {
  switch (comparator) {
    case '>=':
      return value >= target;
    case '>':
      return value > target;
    case '<=':
      return value <= target;
    case '<':
      return value < target;
    case '=':
      return value === target;
  }
}

/** Whether the value moved away from the target since the previous period (a rank is better when lower). */
export function isFalling(input: Pick<MeasureStatusInput, 'comparator' | 'target' | 'value' | 'previousValue'>) {
  const { value, previousValue, comparator, target } = input;
  if (value === null || previousValue === null) return false;
  if (comparator === '<=' || comparator === '<') return value > previousValue;
  if (comparator === '=') return Math.abs(value - target) > Math.abs(previousValue - target);
  return value < previousValue;
}

/** The share of the window still ahead of `today` (1 before it opens, 0 after it closes). */
export function timeLeftShare(window: { start: IsoDate; end: IsoDate }, today: IsoDate): number {
  const start = dayOfIso(window.start);
  const end = dayOfIso(window.end) + 1;
  const now = Math.min(Math.max(dayOfIso(today), start), end);
  return end === start ? 0 : (end - now) / (end - start);
}

/** The status of one measure of a target. */
export function measureStatus(input: MeasureStatusInput): TargetStatus {
  const met = input.value !== null && meetsTarget(input.value, input.comparator, input.target);
  if (met) return 'met';
  if (input.today > input.window.end) return 'missed';
  if (input.value === null) return 'in_progress';
  if (timeLeftShare(input.window, input.today) < 0.25 || isFalling(input)) return 'at_risk';
  return 'in_progress';
}

const SEVERITY: readonly TargetStatus[] = ['missed', 'at_risk', 'in_progress', 'met'];

/** A target with several measures takes the worst of their statuses; without measures it is in progress. */
export function combineTargetStatuses(statuses: readonly TargetStatus[]): TargetStatus {
  if (statuses.length === 0) return 'in_progress';
  return SEVERITY.find((s) => statuses.includes(s)) ?? 'in_progress';
}
