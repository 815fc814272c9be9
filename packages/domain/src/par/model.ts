// The PAR Index (Chỉ số CCHC) and DTI criteria sets as data (docs/PAR-INDEX.md): each province publishes its set
// every year, so nothing of a set is written in code; the same model serves both indexes.

/** The two indexes a ward is ranked by in its block (I.2.a): PAR Index and DTI (chuyển đổi số). */
export const INDEX_KINDS = ['par', 'dti'] as const;
export type IndexKind = (typeof INDEX_KINDS)[number];

/**
 * How a criterion is scored: yes/no (có/không: all or nothing), a scale (any points from 0 to the maximum), the
 * ratio of a figure against thresholds (tỷ lệ), a survey score the city enters (điều tra xã hội học), a deduction
 * (điểm trừ: points taken off the total, up to the maximum).
 */
export const SCORING_METHODS = ['yes_no', 'scale', 'ratio', 'survey', 'deduction'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

/** Figures cchc already holds that decide a criterion (pre-scores, docs/PAR-INDEX.md "Pre-score rules"). */
export const DATA_SOURCES = ['reports_on_time', 'tasks_done', 'indicators_766', 'inspection_coverage'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

/** One step of a ratio's scale: a value at or above `min` (above, when `exclusive`) earns `points`. */
export interface Threshold {
  min: number;
  exclusive: boolean;
  points: number;
}

/** A node of the set: an area (lĩnh vực), a criterion (tiêu chí) or a sub-criterion (tiêu chí thành phần). */
export interface Criterion {
  /** Dotted path of the numbering as a key, unique in the set: `1`, `1.2`, `1.2.a`. */
  code: string;
  /** The number as written in the sheet: `I`, `1.2`, `a)`. */
  label: string;
  /** Code of the node above; null for an area. */
  parent: string | null;
  /** 1 for an area, 2 for a criterion, 3 and below for sub-criteria. */
  level: number;
  title: string;
  maxPoints: number;
  method: ScoringMethod;
  /** For `ratio`: the steps, highest first; empty means points in proportion to the ratio. */
  thresholds: Threshold[];
  /** The figure that decides it, when cchc holds it. */
  source: DataSource | null;
  /** The scoring guide as written (hướng dẫn chấm). */
  guide: string;
  /** True for the survey part (điều tra xã hội học), which the city scores. */
  survey: boolean;
  /** True when nothing sits under it: only leaves are scored; a parent's score is the sum of its leaves. */
  leaf: boolean;
  /** Row of the sheet it came from (1-based), for messages. */
  row: number;
}

/** A year's criteria set of one index, as imported. */
export interface CriteriaSet {
  kind: IndexKind;
  year: number;
  title: string;
  /** Every node, in sheet order. */
  criteria: Criterion[];
  /** The set's maximum: the areas' maxima, deductions left out (100 for Hải Phòng's sets). */
  totalPoints: number;
}

/** Anything holding a set's nodes (a set, a stored set's rows). */
export interface CriteriaList {
  readonly criteria: readonly Criterion[];
}

/** Leaves that are scored, in order. */
export const leavesOf = (set: CriteriaList) => set.criteria.filter((c) => c.leaf);

/** The areas (top level). */
export const areasOf = (set: CriteriaList) => set.criteria.filter((c) => c.parent === null);

/** Points as they are kept and shown: 2 decimals. */
export const roundPoints = (value: number) => Math.round(value * 100) / 100;
