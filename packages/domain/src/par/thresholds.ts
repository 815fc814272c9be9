// Ratio criteria print their scale as prose: "Đạt 100%: 2 điểm; từ 80% đến dưới 100%: 1 điểm; dưới 80%: 0 điểm".
// The steps are read from that text, so a new year's wording needs no code.
import { roundPoints, type Threshold } from './model.js';

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const POINTS = new RegExp(String.raw`${NUMBER}\s*(?:điểm|đ)(?![a-zà-ỹ])`, 'giu');
const PERCENT = new RegExp(String.raw`${NUMBER}\s*%`, 'gu');

const num = (text: string) => Number(text.replace(',', '.'));

/** A segment's lower bound: "dưới 80%" and "< 80%" have none (0); "trên 90%" and "> 90%" are exclusive. */
function lowerBound(segment: string, percents: number[]): { min: number; exclusive: boolean } {
  const lower = segment.toLowerCase();
  const first = percents[0] ?? 0;
  const beforeFirst = lower.slice(0, lower.indexOf('%'));
  const upperOnly = /(dưới|nhỏ hơn|thấp hơn|<)/u.test(beforeFirst) && !/(từ|trên|≥|>=|>|đạt)\s*\d/u.test(beforeFirst);
  if (upperOnly) return { min: 0, exclusive: false };
  const exclusive = /(trên|lớn hơn|cao hơn|>(?!=))\s*\d/u.test(beforeFirst);
  return { min: first, exclusive };
}

/**
 * The steps of a ratio criterion read from its guide text, highest first; segments split on `;`, new lines or
 * `+`/`-` bullets. A segment needs a percentage and points ("… 1 điểm", "1đ"); "dưới x%" is the bottom step.
 * Empty when the text holds no such scale.
 */
export function parseThresholds(guide: string): Threshold[] {
  const steps: Threshold[] = [];
  for (const segment of guide.split(/[;\n]|(?:^|\s)[-+•]\s/u)) {
    const percents = [...segment.matchAll(PERCENT)].map((m) => num(m[1] ?? '0'));
    const points = [...segment.matchAll(POINTS)].map((m) => num(m[1] ?? '0'));
    if (percents.length === 0 || points.length === 0) continue;
    const bound = lowerBound(segment, percents);
    steps.push({ ...bound, points: points[points.length - 1] ?? 0 });
  }
  return steps.sort((a, b) => b.min - a.min || Number(a.exclusive) - Number(b.exclusive));
}

/** True when `value` reaches the step. */
const reaches = (value: number, step: Threshold) => (step.exclusive ? value > step.min : value >= step.min);

/**
 * Points of a ratio (a percentage 0–100): the first step reached, highest first; without steps, the maximum in
 * proportion (2 decimals). Below every step: 0.
 */
export function pointsOfRatio(percentValue: number, maxPoints: number, thresholds: readonly Threshold[]): number {
  if (thresholds.length === 0) return roundPoints((maxPoints * Math.min(Math.max(percentValue, 0), 100)) / 100);
  const step = thresholds.find((t) => reaches(percentValue, t));
  return step ? Math.min(step.points, maxPoints) : 0;
}

/** The step a value reached, in words for the calculation text: "từ 80%" / "trên 90%". */
export function stepText(percentValue: number, thresholds: readonly Threshold[]): string | null {
  const step = thresholds.find((t) => reaches(percentValue, t));
  if (!step) return null;
  return `${step.exclusive ? 'trên' : 'từ'} ${String(step.min).replace('.', ',')}%`;
}
