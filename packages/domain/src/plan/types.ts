import type { IsoDate } from '../clock.js';
import type { Problem } from '../problem.js';
import type { AppendixColumn } from './columns.js';
import type { TIMEFRAME_KINDS } from './timeframe-kinds.js';

/** How a timeframe cell is to be read; see docs/DOMAIN.md §1 (timeframes in words). */
export type TimeframeKind = (typeof TIMEFRAME_KINDS)[number];

/** One deliverable of a timeframe with several ("Tháng 3 và tháng 9/2026"): due at the end of its own period. */
export interface Milestone {
  start: IsoDate | null;
  due: IsoDate;
}

/**
 * A task's window: `due` is the last allowed day; both dates are null for recurring and event timeframes. A
 * `milestones` timeframe spans its first milestone's start to its last one's due and lists each milestone, which
 * is flagged on its own (docs/DOMAIN.md §1).
 */
export interface Timeframe {
  /** The cell as written (NFC, whitespace collapsed). */
  text: string;
  kind: TimeframeKind;
  start: IsoDate | null;
  due: IsoDate | null;
  /** Only on `milestones` timeframes, in date order. */
  milestones?: Milestone[];
}

/** Units named in a cell, resolved against the tenant's unit list. Nothing in `text` is dropped. */
export interface UnitRef {
  /** The cell as written. */
  text: string;
  /** Canonical names of the units found, in order of appearance. */
  units: string[];
  /** Codes of the same units, same order. */
  unitCodes: string[];
  /** A group expression such as "Các phòng, đơn vị chuyên môn": every unit may contribute, none is guessed. */
  group?: string;
  /** Names that are neither a known unit nor a group (outside bodies, new units, typos not yet aliased). */
  unknown: string[];
}

/** A lettered paragraph of the prose (a, b, c, d, đ, e…), letters kept as written even when they skip. */
export interface LetteredItem {
  letter: string;
  text: string;
}

/** Where a measure's value comes from: data cchc holds (tasks, dossiers, ratings) or a figure someone types in. */
export type MeasureSource = 'computed' | 'entered';

/** How the measured value must compare with `value` for the target to be met. */
export type MeasureComparator = '<=' | '>=' | '=' | '>' | '<';

/** One measurable part of a target (chỉ tiêu). */
export interface TargetMeasure {
  /** Stable id of the indicator, e.g. `par_index_rank`, `satisfaction`. */
  metric: string;
  comparator: MeasureComparator;
  value: number;
  /** `%` or `rank`. */
  unit: string;
  source: MeasureSource;
  /** What a percentage is taken of when it is not a plain share, e.g. `city_target`, `year_2025`. */
  baseline?: string;
  /** The ranking block for ranks, e.g. `ward_block`. */
  scope?: string;
}

/** A target of section I.2, lettered a, b, c, d, đ, e, f in the seed. */
export interface PlanTarget {
  code: string;
  text: string;
  measures: TargetMeasure[];
}

/** A reform area of section II (II.1 direction … II.7 e-government). */
export interface PlanArea {
  code: string;
  title: string;
  items: LetteredItem[];
}

/** A paragraph of a unit's duties; `letter` is null for "- " bullets and plain paragraphs. */
export interface DutyItem {
  letter: string | null;
  text: string;
}

/** One entry of section IV.2: a unit (or group) and its duties. */
export interface PlanResponsibility {
  /** e.g. `IV.2.a`. */
  code: string;
  letter: string;
  unit: UnitRef;
  items: DutyItem[];
  /** Reform areas (`II.1`…) the unit leads ("Chủ trì … về <area>"). */
  areas: string[];
}

/** A group row of the appendix (I … VII). */
export interface TaskGroup {
  code: string;
  title: string;
  /** The matching reform area of section II, by position (group I ↔ II.1). */
  area?: string;
}

/** A row of the appendix table. */
export interface PlanTask {
  /** Position in the appendix, 1, 2, 3… whatever the document's numbering: the task's key in an import. */
  no: number;
  /** The number as the document writes it: "12", "1.2", "a" (restarting in each group or not). */
  label: string;
  group: string | null;
  content: string;
  lead: UnitRef; // cơ quan chủ trì
  coordinators: UnitRef; // cơ quan phối hợp
  timeframe: Timeframe;
  product: string; // sản phẩm
  source: 'appendix';
}

/** Work written in the prose with a deadline (docs/DOMAIN.md §1: "work outside the appendix counts too"). */
export interface ExtraTask {
  content: string;
  lead: UnitRef;
  coordinators: UnitRef;
  timeframe: Timeframe;
  product: string;
  /** Where the sentence sits, e.g. `IV.2.d`. */
  source: string;
}

/** Reporting periods: quarters, the 6-month report (replacing Q2), the year (covering Q4). */
export type ReportPeriod = 'Q1' | 'Q2' | 'H1' | 'Q3' | 'Y';

/** A periodic report due date from section IV.1.c. */
export interface ReportDue {
  period: ReportPeriod;
  /** The last allowed day. */
  due: IsoDate;
  source: string;
}

/** The issuing document's heading and signature block. */
export interface PlanHeader {
  issuer: string | null;
  /** The number before the slash; null while the plan is not yet numbered (`Số: /QĐ-UBND`). */
  number: string | null;
  /** The part after the slash, e.g. `QĐ-UBND`. */
  symbol: string | null;
  place: string | null;
  date: IsoDate | null;
  /** Type of the issuing document, e.g. `QUYẾT ĐỊNH`. */
  documentType: string | null;
  /** Its subject line, e.g. `Ban hành Kế hoạch …`. */
  subject: string | null;
  signer: string | null;
  signerTitle: string | null;
  /** The plan's own title, after `KẾ HOẠCH`. */
  title: string | null;
  recipients: string[];
  /** The "Lưu:" line of the recipients block. */
  archive: string | null;
}

/**
 * What the parser warns about, each with the values its sentence names (the server renders it in vi/en):
 * unit_unknown_* {name, task|source|code}, task_timeframe {task, text, problem}, duty_timeframe {source, text,
 * problem}, appendix_row_unreadable {text}, appendix_row_short {task, cells, width}, task_repeated {task},
 * task_out_of_order {task, previous}, appendix_columns_unknown {columns}, header_not_found, target_no_measure
 * {letter}, section_not_found {section}.
 */
export type PlanWarningCode =
  | 'unit_unknown_lead'
  | 'unit_unknown_coordinator'
  | 'unit_unknown_duty'
  | 'unit_unknown_responsibility'
  | 'unit_unknown_report_recipient'
  | 'task_timeframe'
  | 'duty_timeframe'
  | 'appendix_row_unreadable'
  | 'appendix_row_short'
  | 'task_repeated'
  | 'task_out_of_order'
  | 'appendix_columns_unknown'
  | 'header_not_found'
  | 'target_no_measure'
  | 'section_not_found';

/** Something the parser could not take as it is; `line` is 1-based in the input text, 0 for the whole text. */
export interface PlanWarning extends Problem<PlanWarningCode> {
  line: number;
}

/** Everything read from a plan document. */
export interface PlanParseResult {
  year: number;
  header: PlanHeader;
  purposes: string[];
  targets: PlanTarget[];
  areas: PlanArea[];
  budget: string;
  /** Section IV.1 (trách nhiệm chung), lettered. */
  generalResponsibilities: LetteredItem[];
  responsibilities: PlanResponsibility[];
  groups: TaskGroup[];
  tasks: PlanTask[];
  extraTasks: ExtraTask[];
  reports: ReportDue[];
  /** The unit reports are sent to (IV.1.c "về phòng Văn hoá – Xã hội để tổng hợp"). */
  reportRecipient: UnitRef | null;
  /** The appendix table's header as read, or null when the table has none (the seed's column order is used). */
  appendixHeader: AppendixHeader | null;
  warnings: PlanWarning[];
}

/** The header row of the appendix: its cells, the column each was taken for, and whether all were understood. */
export interface AppendixHeader {
  line: number;
  cells: string[];
  /** Per cell: `no`, `content`, `lead`, `coordinators`, `timeframe`, `product`, or null (skipped). */
  columns: (AppendixColumn | null)[];
  /** False when a cell named no known column, or the content column was not found: the user must say. */
  recognised: boolean;
}
