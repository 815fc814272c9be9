// Timeframes in words (docs/DOMAIN.md §1) mapped to a kind and a window. The parser never throws: what it cannot
// read becomes an `event` timeframe (no dates) with a warning, so a person can fix the cell.

import { isoOfCivil } from '../calendar/dates.js';
import type { IsoDate } from '../clock.js';
import { addDaysIso, isRealDate, monthEnd, monthStart } from './dates.js';
import { collapseSpaces, normaliseDocument, romanToInt } from './text.js';
import type { Milestone, Timeframe, TimeframeKind } from './types.js';

/** Why a timeframe cell was not understood. */
export type TimeframeProblemCode =
  | 'no_such_date'
  | 'range_reversed'
  | 'periods_out_of_order'
  | 'cell_empty'
  | 'unreadable';

/** The result of `parseTimeframe`: a timeframe always, a warning when the text was not understood. */
export interface TimeframeParse {
  timeframe: Timeframe;
  /** The cell as shown and why it was not understood; the task is kept as waiting for an event, with no due. */
  warning?: { text: string; problem: TimeframeProblemCode };
}

interface Window {
  kind: TimeframeKind;
  start: IsoDate | null;
  due: IsoDate | null;
  milestones?: Milestone[];
}

/** A handler returns a window, a problem to report, or null when the text is not its form. */
type Outcome = Window | { problem: TimeframeProblemCode } | null;
type Handler = (key: string, planYear: number) => Outcome;

const DATE = String.raw`(\d{1,2})(?:/| tháng )(\d{1,2})(?:/(\d{4}))?`;
const RECURRING = /^(thường xuyên|liên tục|hằng |hàng |định kỳ)/;
// Triggered by an outside event: no date until the trigger is recorded (docs/DOMAIN.md §1).
const EVENT = /^(theo |khi |sau khi |ngay khi |căn cứ |tùy |tuỳ )/;
const WHOLE_YEAR = /^(?:cả năm|năm|suốt năm)(?: (\d{4}))?$/;
const HALF_YEAR = /^6 tháng (đầu|cuối) năm(?: (\d{4}))?$/;
// "6 tháng đầu năm và cuối năm": two reports, two deliverables, although the halves touch.
const BOTH_HALVES = /^6 tháng đầu năm(?: (\d{4}))? (?:và|,) (?:6 tháng )?cuối năm(?: (\d{4}))?$/;
// Early or late in the year: the first or last quarter by default (docs/DOMAIN.md §1).
const PART_OF_YEAR = /^(đầu|cuối) năm(?: (\d{4}))?$/;
const OPEN_START = /^từ (.+)$/;
const DATE_RANGE = new RegExp(`^(?:từ )?(?:ngày )?${DATE} (?:đến|-) (?:hết )?(?:ngày )?${DATE}$`);
const DEADLINE = new RegExp(`^(trước|chậm nhất|không quá|hạn)(?: ngày)? ${DATE}$`);
const PLAIN_DATE = new RegExp(`^(?:ngày )?${DATE}$`);
const PERIOD_LIST = /^(quý|tháng) (.+)$/;

function dateOf(day: string | undefined, month: string | undefined, year: string | undefined, planYear: number) {
  const y = year === undefined ? planYear : Number(year);
  const m = Number(month);
  const d = Number(day);
  return isRealDate(y, m, d) ? isoOfCivil(y, m, d) : null;
}

const badDate = { problem: 'no_such_date' } as const;

function parseWholeYear(key: string, planYear: number): Outcome {
  const match = WHOLE_YEAR.exec(key);
  if (!match) return null;
  const year = match[1] === undefined ? planYear : Number(match[1]);
  return { kind: 'year', start: isoOfCivil(year, 1, 1), due: isoOfCivil(year, 12, 31) };
}

function parseHalfYear(key: string, planYear: number): Outcome {
  const match = HALF_YEAR.exec(key);
  if (!match) return null;
  const year = match[2] === undefined ? planYear : Number(match[2]);
  const first = match[1] === 'đầu';
  return { kind: 'range', start: monthStart(year, first ? 1 : 7), due: monthEnd(year, first ? 6 : 12) };
}

function parseDateRange(key: string, planYear: number): Outcome {
  const m = DATE_RANGE.exec(key);
  if (!m) return null;
  const start = dateOf(m[1], m[2], m[3] ?? m[6], planYear);
  const due = dateOf(m[4], m[5], m[6], planYear);
  if (start === null || due === null) return badDate;
  return start <= due ? { kind: 'range', start, due } : { problem: 'range_reversed' as const };
}

function parseDeadline(key: string, planYear: number): Outcome {
  const m = DEADLINE.exec(key);
  if (!m) return null;
  const date = dateOf(m[2], m[3], m[4], planYear);
  if (date === null) return badDate;
  // "Trước ngày 15/01" allows the 14th at the latest; "chậm nhất ngày 15/01" allows the 15th.
  return { kind: 'before', start: null, due: m[1] === 'trước' ? addDaysIso(date, -1) : date };
}

function parsePlainDate(key: string, planYear: number): Outcome {
  const m = PLAIN_DATE.exec(key);
  if (!m) return null;
  const date = dateOf(m[1], m[2], m[3], planYear);
  return date === null ? badDate : { kind: 'date', start: date, due: date };
}

interface PeriodToken {
  value: number;
  year: number | null;
}

function periodValue(unit: string, token: string): number | null {
  const value = unit === 'quý' ? (romanToInt(token) ?? Number(token)) : Number(token);
  const max = unit === 'quý' ? 4 : 12;
  return Number.isInteger(value) && value >= 1 && value <= max ? value : null;
}

/** Splits "iii,iv/2026" or "01/2026 đến 5/2026" into values with their years; null when a token is not one. */
function periodTokens(unit: string, body: string): PeriodToken[] | null {
  const parts = body.replace(/\s+và\s+/g, ',').split(/\s*(?:,|;|&|đến|-)\s*/);
  const tokens: PeriodToken[] = [];
  for (const part of parts) {
    const m = /^([ivx]+|\d{1,2})(?:\/(\d{4}))?$/.exec(part);
    const value = m ? periodValue(unit, m[1] ?? '') : null;
    if (!m || value === null) return null;
    tokens.push({ value, year: m[2] === undefined ? null : Number(m[2]) });
  }
  return tokens.length > 0 ? tokens : null;
}

/** A token without a year takes the year written after it ("tháng 1 đến tháng 5/2026"), else the plan year. */
function fillYears(tokens: PeriodToken[], planYear: number): { value: number; year: number }[] {
  const filled: { value: number; year: number }[] = [];
  let next: number | null = null;
  for (const token of [...tokens].reverse()) {
    next = token.year ?? next;
    filled.unshift({ value: token.value, year: next ?? planYear });
  }
  return filled;
}

function periodWindow(unit: string, value: number, year: number): [IsoDate, IsoDate] {
  if (unit === 'tháng') return [monthStart(year, value), monthEnd(year, value)];
  return [monthStart(year, value * 3 - 2), monthEnd(year, value * 3)];
}

function parsePeriodList(key: string, planYear: number): Outcome {
  const m = PERIOD_LIST.exec(key);
  if (!m) return null;
  const unit = m[1] ?? '';
  // Repeated keywords ("tháng 01/2026 đến tháng 5/2026", "quý iii và quý iv") carry no information.
  const body = (m[2] ?? '').replace(/\s*(,|và|đến|-)\s*(?:hết\s+)?(?:quý|tháng)\s+/g, ' $1 ');
  const tokens = periodTokens(unit, body);
  if (tokens === null) return null;
  const windows = fillYears(tokens, planYear).map((t) => periodWindow(unit, t.value, t.year));
  const first = windows[0];
  const last = windows[windows.length - 1];
  if (first === undefined || last === undefined) return null;
  if (first[0] > last[0]) return { problem: 'periods_out_of_order' as const };
  if (windows.length === 1) return { kind: unit === 'tháng' ? 'month' : 'quarter', start: first[0], due: first[1] };
  // "Đến" and a dash join a span; a list ("3, 6, 9", "I và III") is one window only when its periods follow.
  const spans = /đến|-/.test(body) ? [[first[0], last[1]] as [IsoDate, IsoDate]] : consecutiveRuns(windows);
  return windowOfMilestones(spans.map(([start, due]) => ({ start, due })));
}

/** Periods in date order merged where one ends the day before the next starts. */
function consecutiveRuns(windows: [IsoDate, IsoDate][]): [IsoDate, IsoDate][] {
  const runs: [IsoDate, IsoDate][] = [];
  for (const [start, due] of [...windows].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const previous = runs[runs.length - 1];
    if (!previous || addDaysIso(previous[1], 1) < start) runs.push([start, due]);
    else if (due > previous[1]) previous[1] = due;
  }
  return runs;
}

/** One window for one milestone; several make a `milestones` timeframe spanning them all. */
function windowOfMilestones(milestones: Milestone[]): Window {
  const sorted = [...milestones].sort((a, b) => (a.due < b.due ? -1 : 1));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (sorted.length === 1 && first) return { kind: 'range', start: first.start, due: first.due };
  return { kind: 'milestones', start: first?.start ?? null, due: last?.due ?? null, milestones: sorted };
}

function parseBothHalves(key: string, planYear: number): Outcome {
  const m = BOTH_HALVES.exec(key);
  if (!m) return null;
  const year = Number(m[2] ?? m[1] ?? planYear);
  return windowOfMilestones([
    { start: monthStart(year, 1), due: monthEnd(year, 6) },
    { start: monthStart(year, 7), due: monthEnd(year, 12) },
  ]);
}

function parsePartOfYear(key: string, planYear: number): Outcome {
  const m = PART_OF_YEAR.exec(key);
  if (!m) return null;
  const year = m[2] === undefined ? planYear : Number(m[2]);
  return m[1] === 'đầu'
    ? { kind: 'quarter', start: monthStart(year, 1), due: monthEnd(year, 3) }
    : { kind: 'quarter', start: monthStart(year, 10), due: monthEnd(year, 12) };
}

/** "Từ ngày 01/7/2026", "Từ tháng 3/2026": starts then and runs to the end of the plan year. */
function parseOpenStart(key: string, planYear: number): Outcome {
  const m = OPEN_START.exec(key);
  if (!m) return null;
  if (/đến|-/.test(m[1] ?? '')) return parseSingle(m[1] ?? '', planYear);
  const from = parseSingle(m[1] ?? '', planYear);
  if (from === null || !('kind' in from)) return from;
  if (from.start === null) return null;
  const year = Math.max(planYear, Number(from.start.slice(0, 4)));
  return { kind: 'range', start: from.start, due: isoOfCivil(year, 12, 31) };
}

/** "Tháng 3/2026 và Quý IV/2026", "trước ngày 30/6 và trước ngày 31/12": each part dated, one milestone each. */
function parseMilestoneList(key: string, planYear: number): Outcome {
  const parts = key.split(/\s*;\s*|\s+và\s+/u).filter((part) => part !== '');
  if (parts.length < 2) return null;
  const milestones: Milestone[] = [];
  for (const part of parts) {
    const window = parseSingle(part, planYear);
    if (window === null || !('kind' in window) || window.due === null) return null;
    milestones.push(...(window.milestones ?? [{ start: window.start, due: window.due }]));
  }
  return windowOfMilestones(milestones);
}

/** "Trước quý II/2026", "trước tháng 6/2026": due the day before the period starts. */
function parseBeforePeriod(key: string, planYear: number): Outcome {
  if (!key.startsWith('trước ')) return null;
  const period = parsePeriodList(key.slice('trước '.length), planYear);
  if (period === null || !('kind' in period) || period.start === null) return period;
  return { kind: 'before', start: null, due: addDaysIso(period.start, -1) };
}

/** The forms of one period or date, in the order they are tried. */
const SINGLE_HANDLERS: Handler[] = [
  parseWholeYear,
  parseHalfYear,
  parseBothHalves,
  parsePartOfYear,
  parseDateRange,
  parseDeadline,
  parsePlainDate,
  parsePeriodList,
  parseBeforePeriod,
];

function parseSingle(key: string, planYear: number): Outcome {
  for (const handler of SINGLE_HANDLERS) {
    const outcome = handler(key, planYear);
    if (outcome !== null) return outcome;
  }
  return null;
}

const HANDLERS: Handler[] = [
  (key) => (key === '' ? { problem: 'cell_empty' as const } : null),
  (key) => (RECURRING.test(key) ? { kind: 'recurring', start: null, due: null } : null),
  (key) => (EVENT.test(key) ? { kind: 'event', start: null, due: null } : null),
  parseSingle,
  parseOpenStart,
  parseMilestoneList,
];

/** Lower case, one spelling per construct: "Quý I năm 2026" and "Quý I/2026" give the same key. */
function timeframeKey(display: string): string {
  return display
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/\s*\/\s*/g, '/')
    .replace(/[\s.;,]+$/, '')
    .replace(/^(?:được\s+)?(?:hoàn thành|thực hiện|triển khai|dự kiến)\s+/, '')
    .replace(/^trong\s+/, '')
    .replace(/((?:quý|tháng)\s+[\divx]+(?:\s*(?:,|-|và|&)\s*[\divx]+)*)\s+năm\s+(\d{4})/g, '$1/$2');
}

/**
 * Reads a timeframe cell such as "Trước ngày 15/01/2026", "Quý III,IV/2026", "Tháng 01/2026 đến tháng 5/2026",
 * "Cả năm", "Thường xuyên" or "Theo yêu cầu của thành phố". `planYear` fills a missing year. Never throws.
 */
export function parseTimeframe(text: string, planYear: number): TimeframeParse {
  const display = collapseSpaces(normaliseDocument(text).replace(/\n/g, ' '));
  const key = timeframeKey(display);
  for (const handler of HANDLERS) {
    const outcome = handler(key, planYear);
    if (outcome === null) continue;
    if ('kind' in outcome) return { timeframe: { text: display, ...outcome } };
    return unparsed(display, outcome.problem);
  }
  return unparsed(display, 'unreadable');
}

function unparsed(display: string, problem: TimeframeProblemCode): TimeframeParse {
  return {
    timeframe: { text: display, kind: 'event', start: null, due: null },
    warning: { text: display, problem },
  };
}
