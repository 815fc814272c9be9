// Timeframes in words (DOMAIN.md §1) mapped to a kind and a window. The parser never throws: what it cannot
// read becomes an `event` timeframe (no dates) with a warning, so a person can fix the cell.
import type { IsoDate } from '../clock.js';
import { addDaysIso, isRealDate, monthEnd, monthStart, toIsoDate } from './dates.js';
import { collapseSpaces, normaliseDocument, romanToInt } from './text.js';
import type { Timeframe, TimeframeKind } from './types.js';

/** The result of `parseTimeframe`: a timeframe always, a warning when the text was not understood. */
export interface TimeframeParse {
  timeframe: Timeframe;
  warning?: string;
}

interface Window {
  kind: TimeframeKind;
  start: IsoDate | null;
  due: IsoDate | null;
}

/** A handler returns a window, a problem to report, or null when the text is not its form. */
type Outcome = Window | { problem: string } | null;
type Handler = (key: string, planYear: number) => Outcome;

const DATE = String.raw`(\d{1,2})(?:/| tháng )(\d{1,2})(?:/(\d{4}))?`;
const RECURRING = /^(thường xuyên|liên tục|hằng |hàng |định kỳ)/;
// Triggered by an outside event: no date until the trigger is recorded (DOMAIN.md §1).
const EVENT = /^(theo |khi |sau khi |ngay khi |căn cứ |tùy |tuỳ )/;
const WHOLE_YEAR = /^(?:cả năm|năm|suốt năm)(?: (\d{4}))?$/;
const HALF_YEAR = /^6 tháng (đầu|cuối) năm(?: (\d{4}))?$/;
const DATE_RANGE = new RegExp(`^(?:từ )?(?:ngày )?${DATE} đến (?:hết )?(?:ngày )?${DATE}$`);
const DEADLINE = new RegExp(`^(trước|chậm nhất|không quá|hạn)(?: ngày)? ${DATE}$`);
const PLAIN_DATE = new RegExp(`^(?:ngày )?${DATE}$`);
const PERIOD_LIST = /^(quý|tháng) (.+)$/;

function dateOf(day: string | undefined, month: string | undefined, year: string | undefined, planYear: number) {
  const y = year === undefined ? planYear : Number(year);
  const m = Number(month);
  const d = Number(day);
  return isRealDate(y, m, d) ? toIsoDate(y, m, d) : null;
}

const badDate = { problem: 'ngày không tồn tại' };

function parseWholeYear(key: string, planYear: number): Outcome {
  const match = WHOLE_YEAR.exec(key);
  if (!match) return null;
  const year = match[1] === undefined ? planYear : Number(match[1]);
  return { kind: 'year', start: toIsoDate(year, 1, 1), due: toIsoDate(year, 12, 31) };
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
  return start <= due ? { kind: 'range', start, due } : { problem: 'khoảng thời gian kết thúc trước khi bắt đầu' };
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
  const starts = windows.map((w) => w[0]).sort();
  const dues = windows.map((w) => w[1]).sort();
  const first = windows[0];
  const last = windows[windows.length - 1];
  if (first === undefined || last === undefined) return null;
  if (first[0] > last[0]) return { problem: 'các quý/tháng không theo thứ tự' };
  const kind: TimeframeKind = windows.length === 1 ? (unit === 'tháng' ? 'month' : 'quarter') : 'range';
  return { kind, start: starts[0] ?? null, due: dues[dues.length - 1] ?? null };
}

/** "Trước quý II/2026", "trước tháng 6/2026": due the day before the period starts. */
function parseBeforePeriod(key: string, planYear: number): Outcome {
  if (!key.startsWith('trước ')) return null;
  const period = parsePeriodList(key.slice('trước '.length), planYear);
  if (period === null || !('kind' in period) || period.start === null) return period;
  return { kind: 'before', start: null, due: addDaysIso(period.start, -1) };
}

const HANDLERS: Handler[] = [
  (key) => (key === '' ? { problem: 'ô thời gian để trống' } : null),
  (key) => (RECURRING.test(key) ? { kind: 'recurring', start: null, due: null } : null),
  (key) => (EVENT.test(key) ? { kind: 'event', start: null, due: null } : null),
  parseWholeYear,
  parseHalfYear,
  parseDateRange,
  parseDeadline,
  parsePlainDate,
  parsePeriodList,
  parseBeforePeriod,
];

/** Lower case, one spelling per construct: "Quý I năm 2026" and "Quý I/2026" give the same key. */
function timeframeKey(display: string): string {
  return display
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/\s*\/\s*/g, '/')
    .replace(/[\s.;,]+$/, '')
    .replace(/^(?:được\s+)?(?:hoàn thành|thực hiện|triển khai|dự kiến)\s+/, '')
    .replace(/^(?:trong|từ)\s+/, '')
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
  return unparsed(display, 'không đọc được');
}

function unparsed(display: string, problem: string): TimeframeParse {
  return {
    timeframe: { text: display, kind: 'event', start: null, due: null },
    warning: `Thời gian "${display}": ${problem}; giữ như nhiệm vụ chờ sự kiện, chưa có hạn`,
  };
}
