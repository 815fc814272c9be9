// Points, targets and bands of the Decision 766 index. Most are [practice] or [unverified] in docs/DOMAIN.md §4, so they
// are configuration the city can change, never constants inside the formulas.
import type { ProcessingRules } from '../dossiers/index.js';

/** Every indicator cchc reports, in the order of the national portal. Sub-codes split an indicator with two scores. */
export const INDICATOR_CODES = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '2.1',
  '2.2',
  '3.1',
  '3.2',
  '3.3',
  '3.5.1',
  '3.5.2',
  '3.6',
  '4.1',
  '4.2.1',
  '4.2.2',
  '4.3',
  '4.4',
  '4.5.1',
  '4.5.2',
  '5.2',
  '5.3',
  '5.4',
] as const;

/** An indicator's code. */
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

/** The score of one indicator: `maxPoints × min(1, rate ÷ target)`. */
export interface IndicatorSetting {
  maxPoints: number;
  /** The share that earns full points, 0–1; null for an indicator without points (2.2). */
  target: number | null;
}

/** Bands of the total: Xuất sắc, Tốt, Khá, Trung bình, Yếu. */
export type BandCode = 'excellent' | 'good' | 'fair' | 'average' | 'weak';

/** A band reached from `minTotal` points (of 100) up. */
export interface BandSetting {
  code: BandCode;
  /** Vietnamese name, as published. */
  name: string;
  minTotal: number;
}

/** Everything configurable in the index. */
export interface Indicator766Config {
  indicators: Readonly<Record<IndicatorCode, IndicatorSetting>>;
  /** Highest first; the first band whose `minTotal` the total reaches is the unit's. */
  bands: readonly BandSetting[];
  /** 2.1 rules: one supplement request at most, lateness against the original due. */
  processing: ProcessingRules;
  /** Below this many dossiers (those 2.1 counts) a unit gets no band: "chưa đủ dữ liệu". */
  minDossiersForBand: number;
}

/** What is shown instead of a band for a unit with too few dossiers. */
export const INSUFFICIENT_DATA_LABEL = 'chưa đủ dữ liệu';

const full = (maxPoints: number, target = 1): IndicatorSetting => ({ maxPoints, target });

/**
 * The defaults of docs/DOMAIN.md §4: group totals 18 / 20 / 22 (12 online services + 10 online payment) / 22 / 18 = 100.
 * Targets not stated there are 100%; 3.6's is [unverified].
 */
export const DEFAULT_766_CONFIG: Indicator766Config = {
  indicators: {
    '1.1': full(6),
    '1.2': full(4),
    '1.3': full(2),
    '1.4': full(6),
    '2.1': full(20),
    '2.2': { maxPoints: 0, target: null },
    '3.1': full(2, 0.8),
    '3.2': full(4),
    '3.3': full(6, 0.5),
    '3.5.1': full(2, 0.8),
    '3.5.2': full(2, 0.8),
    '3.6': full(6),
    '4.1': full(6),
    '4.2.1': full(4, 0.8),
    '4.2.2': full(2),
    '4.3': full(2, 0.8),
    '4.4': full(4),
    '4.5.1': full(2),
    '4.5.2': full(2),
    '5.2': full(6),
    '5.3': full(6),
    '5.4': full(6, 0.9),
  },
  bands: [
    { code: 'excellent', name: 'Xuất sắc', minTotal: 90 },
    { code: 'good', name: 'Tốt', minTotal: 80 },
    { code: 'fair', name: 'Khá', minTotal: 70 },
    { code: 'average', name: 'Trung bình', minTotal: 50 },
    { code: 'weak', name: 'Yếu', minTotal: Number.NEGATIVE_INFINITY },
  ],
  processing: { maxSupplementRequests: 1, apologyMovesDue: false },
  minDossiersForBand: 10,
};
