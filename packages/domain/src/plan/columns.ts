// The appendix table's columns, found by the words of their headers in any order: each ward names them its own
// way ("Nội dung công việc", "Nhiệm vụ", "Thời hạn", "Kết quả"…). A header cell nobody recognises is reported so
// the importer's user can say which column it is; the parse never guesses silently.
import { collapseSpaces } from './text.js';

/** A column of the appendix table. */
export type AppendixColumn = 'no' | 'content' | 'lead' | 'coordinators' | 'timeframe' | 'product';

/** Every column the parser can place a cell in, in the seed's order (the order used when no header is seen). */
export const APPENDIX_COLUMNS: readonly AppendixColumn[] = [
  'no',
  'content',
  'lead',
  'coordinators',
  'timeframe',
  'product',
];

/**
 * Header words per column, tried in this order: "Thời gian thực hiện" is a timeframe before "thực hiện" can make
 * it a lead, "Đơn vị phối hợp" is a coordinator before "đơn vị" can.
 */
const LABELS: [RegExp, AppendixColumn][] = [
  [/^(số\s*)?s?tt\.?$|^số thứ tự$|^thứ tự$/, 'no'],
  [/phối hợp/, 'coordinators'],
  [/chủ trì/, 'lead'],
  [/thời gian|thời hạn|^hạn\b|thời điểm|tiến độ|hoàn thành|mốc/, 'timeframe'],
  [/sản phẩm|kết quả|hình thức/, 'product'],
  [/nội dung|nhiệm vụ|công việc|tên hoạt động|hoạt động/, 'content'],
  [/^(cơ quan|đơn vị|bộ phận)|thực hiện$|chịu trách nhiệm|phụ trách/, 'lead'],
];

/** Header cells that name no task field and are skipped without asking ("Ghi chú", "Kinh phí"). */
const IGNORED = /^(ghi chú|kinh phí|nguồn kinh phí|dự toán)/;

/** A header row read: each cell's column (null for an ignored or unknown cell) and the cells not understood. */
export interface HeaderRead {
  columns: (AppendixColumn | null)[];
  /** Positions of cells that look like headers but match no column: the wizard asks about them. */
  unknown: number[];
}

const labelOf = (cell: string) =>
  collapseSpaces(cell.replace(/<br>/g, ' '))
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/');

/** The column a header cell names, 'ignored' for a known column without a task field, or null. */
export function columnOfHeader(cell: string): AppendixColumn | 'ignored' | null {
  const label = labelOf(cell);
  if (label === '') return null;
  if (IGNORED.test(label)) return 'ignored';
  return LABELS.find(([pattern]) => pattern.test(label))?.[1] ?? null;
}

/**
 * Reads a header row: at least three cells name distinct columns and one of them is the content. A second cell
 * naming a column already named keeps its text in the first ("Thời gian bắt đầu | Thời gian hoàn thành").
 */
export function readHeaderRow(cells: readonly string[]): HeaderRead | null {
  const columns: (AppendixColumn | null)[] = [];
  const unknown: number[] = [];
  const seen = new Set<AppendixColumn>();
  cells.forEach((cell, i) => {
    const column = columnOfHeader(cell);
    if (column === null && labelOf(cell) !== '') unknown.push(i);
    const usable = column !== null && column !== 'ignored' && !seen.has(column) ? column : null;
    if (usable) seen.add(usable);
    columns.push(usable);
  });
  return seen.size >= 3 && seen.has('content') ? { columns, unknown } : null;
}

/** The header row when a converter dropped its tabs: "TT Nội dung công việc Cơ quan chủ trì …". */
export function isTablessHeader(text: string): boolean {
  return /^(s?tt|số tt)\s+(nội dung|nhiệm vụ|tên nhiệm vụ)/i.test(text.trim());
}

/** A row with a "TT"/"STT" cell is the table's header even when its other words are not known. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length > 1 && filled.some((cell) => columnOfHeader(cell) === 'no');
}

/**
 * The columns used under a header that was not understood, until the user says: the seed's order, with the
 * number column moved to the "TT" cell so that the tasks are still found and shown.
 */
export function fallbackColumns(cells: readonly string[]): (AppendixColumn | null)[] {
  const columns: (AppendixColumn | null)[] = cells.map((_, i) => APPENDIX_COLUMNS[i] ?? null);
  const no = cells.findIndex((cell) => columnOfHeader(cell) === 'no');
  if (no > 0) [columns[0], columns[no]] = [columns[no] ?? null, 'no'];
  return columns;
}

/** What each header cell seems to name, shown to the user who maps an unrecognised header. */
export function guessedColumns(cells: readonly string[]): (AppendixColumn | null)[] {
  const seen = new Set<AppendixColumn>();
  return cells.map((cell) => {
    const column = columnOfHeader(cell);
    if (column === null || column === 'ignored' || seen.has(column)) return null;
    seen.add(column);
    return column;
  });
}

/** The columns rows are read with under a header: the user's, the header's, or the fallback order. */
export function columnsUnder(
  cells: readonly string[],
  given?: readonly (AppendixColumn | null)[],
): readonly (AppendixColumn | null)[] {
  if (given) return given;
  const read = readHeaderRow(cells);
  return read && read.unknown.length === 0 ? read.columns : fallbackColumns(cells);
}
