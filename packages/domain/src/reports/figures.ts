// The figures a periodic report prints, as one snapshot: read once when a draft is generated and kept with every
// version, so a sent report never changes when the data does. Plan figures come from the tasks module's completion
// computation (the dashboard's); one-stop, feedback and inspection figures come from their modules when present.
import type { IsoDate } from '../clock.js';
import type { ProcessingCounts } from '../indicators/processing-counts.js';
import type { MeasureComparator } from '../plan/types.js';
import type { CompletionFigures } from '../tasks/completion.js';
import type { TaskStatus } from '../tasks/status.js';
import type { TargetStatus } from '../tasks/targets.js';

/** Tasks per execution status. */
export type StatusCounts = Record<TaskStatus, number>;

/** A reform area (lĩnh vực, section II of the plan) with its tasks' figures. */
export interface ReportAreaFigures {
  code: string;
  title: string;
  figures: CompletionFigures;
  byStatus: StatusCounts;
}

/** A task of the plan as the appendix lists it. */
export interface ReportTaskLine {
  no: number | null;
  content: string;
  areaCode: string | null;
  /** The lead unit's short name (đơn vị chủ trì). */
  unit: string | null;
  /** The timeframe as the plan words it (`Quý I/2026`, `Thường xuyên`). */
  timeframe: string;
  status: TaskStatus;
  progress: number;
}

/** One measure of a target with its value on the report's day. */
export interface ReportMeasure {
  comparator: MeasureComparator;
  target: number;
  unit: string;
  value: number | null;
  numerator?: number;
  denominator?: number;
}

/** A target (chỉ tiêu) with its measures and status, as the dashboard evaluates it. */
export interface ReportTargetLine {
  code: string;
  text: string;
  status: TargetStatus;
  measures: ReportMeasure[];
}

/** A share with its parts; `rate` in % with 2 decimals, null on a zero denominator (N/A). */
export interface ReportShare {
  numerator: number;
  denominator: number;
  rate: number | null;
}

/** One-stop statistics (form II.06a) and the Decision 766 summary, from the dossiers module. */
export interface OneStopReportFigures {
  /** Form II.06a for the data window: one row per unit or field, and the total. */
  processing: { rows: { label: string; counts: ProcessingCounts }[]; total: ProcessingCounts } | null;
  /** Decision 766 for the calendar span of the period, when computed. */
  index766: {
    from: IsoDate;
    to: IsoDate;
    total: number | null;
    bandName: string | null;
    groups: { name: string; points: number | null; maxPoints: number }[];
  } | null;
  /** Apology letters issued in the window (Decree 61). */
  apologies: number | null;
  /** Dossiers paid online ÷ fee-bearing dossiers paid (task 29). */
  onlinePayment: ReportShare | null;
}

/** Citizen feedback figures of the window, from the feedback module. */
export interface FeedbackReportFigures {
  received: number;
  /** By category (regulation, procedure, dossier, staff): indicator 5.1. */
  byCategory: Record<string, number>;
  published: number;
  /** Handled on time: indicator 5.2. */
  onTime: ReportShare;
  /** Satisfied with the handling: indicator 5.3. */
  satisfaction: ReportShare;
}

/** Self-inspections of PAR work (target đ), from the inspections module. */
export interface InspectionReportFigures {
  /** Inspections concluded in the window. */
  concluded: number;
  /** Units with a concluded inspection this year, of the ward's units. */
  unitsInspected: number;
  unitsTotal: number;
  rate: number | null;
}

/** Everything a report's numbers come from. */
export interface ReportFigures {
  /** The day the figures were read (see `reportAsOf`). */
  asOf: IsoDate;
  window: { start: IsoDate; end: IsoDate };
  plan: { title: string; year: number };
  completion: CompletionFigures;
  byStatus: StatusCounts;
  /** Every reform area of the plan, in the plan's order; areas without tasks have zeros. */
  areas: ReportAreaFigures[];
  tasks: ReportTaskLine[];
  targets: ReportTargetLine[];
  /** Null until the module that holds the data provides it: the report leaves its part out. */
  oneStop: OneStopReportFigures | null;
  feedback: FeedbackReportFigures | null;
  inspections: InspectionReportFigures | null;
}

/** Tasks per status, every status present. */
export function countByStatus(statuses: readonly TaskStatus[]): StatusCounts {
  const counts: StatusCounts = { not_started: 0, in_progress: 0, completed: 0, completed_late: 0, not_done: 0 };
  for (const status of statuses) counts[status] += 1;
  return counts;
}
