// The plain input and the JSON-shaped output of the Decision 766 computation (`cchc indicators --json`).
import type { WorkingCalendar } from '../calendar/index.js';
import type { IsoDate } from '../clock.js';
import type { DossierRecord, ProcedureRecord } from '../dossiers/index.js';
import type { BandCode, IndicatorCode } from './config.js';
import type { IndicatorGroup, IndicatorSource } from './definitions.js';
import type { Period } from './period.js';

/** A share's parts. */
export interface Count {
  numerator: number;
  denominator: number;
}

/** The items counted above and below the line, before they are counted. */
export interface Tally<T> {
  numerator: readonly T[];
  denominator: readonly T[];
}

/**
 * What lies behind a figure: the dossier codes (or procedure codes) counted in its numerator and its denominator,
 * so a person can open "which 8 were late?". 5.4 names its late and complained dossiers too.
 */
export interface IndicatorMembers {
  kind: 'dossier' | 'procedure';
  numerator: string[];
  denominator: string[];
  /** 5.4 only: the dossiers subtracted as late, and those with feedback or a dislike. */
  late?: string[];
  complained?: string[];
}

/** A figure the ward enters for an indicator cchc cannot compute, with the document that proves it. */
export interface EnteredValue extends Count {
  code: IndicatorCode;
  /** The evidence: a notice number, a screenshot of the national portal, a report. */
  evidence: string;
}

/**
 * The feedback module's figures for the period (5.2, 5.3 and the feedback part of 5.4). The feedback rules live in
 * that module; `computeFeedbackIndicators(...).total` has this shape.
 */
export interface FeedbackFigures {
  /** 5.2: feedback handled on time ÷ feedback handled in the period. */
  onTime: Count;
  /** 5.3: feedback first received in the period without dislikes outweighing likes, a repeat or lateness ÷ received. */
  satisfaction: Count;
  /** Dossier codes named by feedback received in the period. */
  dossierCodesWithFeedback: readonly string[];
}

/** Everything the indicators of one unit (a ward) for one period are computed from. */
export interface IndicatorInput {
  /** A calendar month, quarter or year (see `periodOf`). */
  period: Period;
  /** The ward's working calendar: due dates and processing times are counted on it. */
  calendar: WorkingCalendar;
  /** The commune-level procedures the ward applies. */
  procedures: readonly ProcedureRecord[];
  /** Every dossier that may touch the period: received in it, or received earlier and not finished before it. */
  dossiers: readonly DossierRecord[];
  /** Absent until the feedback module reports: 5.2 and 5.3 are then N/A and 5.4 counts dislikes only. */
  feedback?: FeedbackFigures | null;
  entered?: readonly EnteredValue[];
  /**
   * The national portal's sync ratio for 3.3. Absent, it is computed from the dossiers' synced flag (DaDongBo) when
   * they carry it, else 1 (a local system without a national figure).
   */
  syncRatio?: number | null;
  /**
   * The moment the figures are computed. For the period still running, open dossiers are judged at this moment's day
   * instead of the period's last day (an open dossier not yet due is on time). Absent: the period's end.
   */
  now?: Date;
}

/** One row of the result. `rate` is a share 0–1, null when the denominator is 0 or nothing was entered (N/A). */
export interface IndicatorResult {
  code: IndicatorCode;
  group: IndicatorGroup;
  name: string;
  numerator: number | null;
  denominator: number | null;
  rate: number | null;
  /** `maxPoints × min(1, rate ÷ target)` with 2 decimals; null when N/A, which keeps the row out of the total. */
  points: number | null;
  maxPoints: number;
  target: number | null;
  source: IndicatorSource;
  /** The evidence of an entered figure. */
  evidence?: string;
  /** What the numerator and the denominator count. */
  formula: { numerator: string; denominator: string };
  /** The clause of Decision 766 the rule comes from. */
  clause: string;
}

/** Indicator 2.2 for one procedure: dossiers processed in the period and their average office time. */
export interface ProcedureProcessingTime {
  procedureCode: string;
  dossiers: number;
  /** Working days from receipt to the end of processing, the applicant's supplement time left out; 2 decimals. */
  averageWorkingDays: number;
}

/** The index of one unit for one period. */
export interface IndicatorReport {
  period: Period;
  indicators: IndicatorResult[];
  /** Points awarded, scaled to 100 over the indicators that apply (see the README); null when none applies. */
  total: number | null;
  /** Sum of the points awarded, before scaling. */
  awardedPoints: number;
  /** Sum of the maximum points of the indicators that apply (not N/A). */
  applicableMaxPoints: number;
  /** Null when no indicator applies, or the unit has fewer dossiers than the configured minimum. */
  band: BandCode | null;
  /** The band's name, or "chưa đủ dữ liệu" below the minimum number of dossiers. */
  bandName: string | null;
  /** The dossiers 2.1 counts, which decide whether a band may be published. */
  dossierCount: number;
  /** True when the unit has fewer dossiers than `minDossiersForBand`: no band is published. */
  insufficientData: boolean;
  /** True when the period was still running at `now`: the figures are provisional. */
  provisional: boolean;
  /** The day open dossiers were judged at: the period's last day, or today for a running period. */
  judgedOn: IsoDate;
  /** Dossiers with neither an appointment nor a procedure limit (counted late), and their procedures to fix. */
  missingDueDate: { dossierCodes: string[]; procedureCodes: string[] };
  /** 2.2 per procedure, by procedure code. */
  processingTimes: ProcedureProcessingTime[];
  /** Data the computation had to guess about or leave out, in plain sentences. */
  warnings: string[];
}
