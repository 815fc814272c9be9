// Targets (chỉ tiêu, section I.2) read as measures: which indicator, compared how, against what value, and
// whether cchc computes it from its own data or someone enters it (docs/DOMAIN.md §1, §8).
import type { MeasureComparator, TargetMeasure } from './types.js';

interface Found {
  at: number;
  measure: TargetMeasure;
}

/** One way a target sentence names a measure. Each returns every measure it finds, with its position. */
type Recogniser = (text: string) => Found[];

// Gaps inside patterns are bounded ({0,200}?): a phrase sits within a clause, and unbounded lazy gaps turn
// quadratic on a long pasted paragraph.

function numberOf(text: string | undefined): number {
  return Number((text ?? '').replace(',', '.'));
}

/** A recogniser from a pattern whose first group is the value (when `value` is not fixed). */
function byPattern(pattern: RegExp, make: (m: RegExpExecArray) => TargetMeasure): Recogniser {
  return (text) => {
    const m = pattern.exec(text);
    return m ? [{ at: m.index, measure: make(m) }] : [];
  };
}

function rank(metric: string, m: RegExpExecArray): TargetMeasure {
  const measure: TargetMeasure = { metric, comparator: '<=', value: numberOf(m[1]), unit: 'rank', source: 'entered' };
  if (m[2] !== undefined) measure.scope = /xã/i.test(m[2]) ? 'commune_block' : 'ward_block';
  return measure;
}

function share(metric: string, source: TargetMeasure['source']) {
  return (m: RegExpExecArray): TargetMeasure => ({
    metric,
    comparator: '>=',
    value: numberOf(m[1]),
    unit: '%',
    source,
  });
}

const TOP = String.raw`top\s*(\d+)(?:\s+(khối\s+(?:phường|xã)))?`;

/** Satisfaction targets share one value for several surveys; each survey is its own measure. */
const SATISFACTION_KINDS: [RegExp, string, TargetMeasure['source']][] = [
  // Dossier ratings are in cchc (docs/DOMAIN.md §4, 5.4): computed.
  [/hài lòng[^;]{0,300}?giải quyết thủ tục hành chính/iu, 'satisfaction', 'computed'],
  // SIPAS and the health/education surveys are run by others: entered.
  [/hài lòng[^;]{0,300}?sự phục vụ của cơ quan hành chính/iu, 'sipas_satisfaction', 'entered'],
  [/hài lòng[^;]{0,300}?(?:y tế|giáo dục)/iu, 'health_education_satisfaction', 'entered'],
];

const recogniseSatisfaction: Recogniser = (text) => {
  const threshold = /hài lòng[\s\S]{0,600}?(tối thiểu|ít nhất|từ|trên)\s*(\d+(?:[.,]\d+)?)\s*%/iu.exec(text);
  if (!threshold) return [];
  const comparator: MeasureComparator = threshold[1]?.toLowerCase() === 'trên' ? '>' : '>=';
  const value = numberOf(threshold[2]);
  const found = SATISFACTION_KINDS.flatMap(([pattern, metric, source]) => {
    const m = pattern.exec(text);
    return m ? [{ at: m.index, measure: { metric, comparator, value, unit: '%', source } }] : [];
  });
  if (found.length > 0) return found;
  return [
    { at: threshold.index, measure: { metric: 'satisfaction', comparator, value, unit: '%', source: 'entered' } },
  ];
};

const RECOGNISERS: Recogniser[] = [
  byPattern(new RegExp(`(?:par index|chỉ số cải cách hành chính)[^,;]{0,200}?${TOP}`, 'iu'), (m) =>
    rank('par_index_rank', m),
  ),
  byPattern(new RegExp(`(?:\\(DTI\\)|chỉ số chuyển đổi số)[^,;]{0,200}?${TOP}`, 'iu'), (m) => rank('dti_rank', m)),
  byPattern(
    /(\d+(?:[.,]\d+)?)\s*%\s*(?:các\s+)?nhiệm vụ (?:được|do)\s+(?:UBND\s+|Ủy ban nhân dân\s+)?thành phố/iu,
    share('city_tasks_completed', 'computed'),
  ),
  byPattern(
    /(\d+(?:[.,]\d+)?)\s*%\s*(?:các\s+)?nhiệm vụ[^;]{0,200}?kế hoạch/iu,
    share('plan_tasks_completed_on_time', 'computed'),
  ),
  // Revenue and investment are compared with a figure outside cchc: a share of it above 100%, entered.
  byPattern(/vượt chỉ tiêu thu ngân sách/iu, () => ({
    metric: 'budget_revenue',
    comparator: '>',
    value: 100,
    unit: '%',
    source: 'entered',
    baseline: 'city_target',
  })),
  byPattern(/thu hút đầu tư[^;]{0,200}?tăng so với năm (\d{4})/iu, (m) => ({
    metric: 'investment_attracted',
    comparator: '>',
    value: 100,
    unit: '%',
    source: 'entered',
    baseline: `year_${m[1] ?? ''}`,
  })),
  byPattern(/tự kiểm tra[^;]{0,300}?(\d+(?:[.,]\d+)?)\s*%/iu, share('units_self_inspected', 'computed')),
  byPattern(/(\d+(?:[.,]\d+)?)\s*%\s*hồ sơ[^;]{0,200}?theo dõi/iu, share('dossiers_tracked', 'computed')),
  byPattern(
    /thanh toán trực tuyến[^;]{0,300}?(?:tối thiểu|ít nhất|đạt)\s*(\d+(?:[.,]\d+)?)\s*%/iu,
    share('online_payment', 'computed'),
  ),
  recogniseSatisfaction,
];

/** The measures a target sentence states, in the order it states them; empty when none is recognised. */
export function recogniseMeasures(text: string): TargetMeasure[] {
  return RECOGNISERS.flatMap((recognise) => recognise(text))
    .sort((a, b) => a.at - b.at)
    .map((found) => found.measure);
}
