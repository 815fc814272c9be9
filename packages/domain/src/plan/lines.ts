// The document as numbered lines, with the markdown left by the converter removed, split into the prose part
// and the appendix table.
import {
  APPENDIX_COLUMNS,
  type AppendixColumn,
  columnsUnder,
  isTablessHeader,
  looksLikeHeader,
  readHeaderRow,
} from './columns.js';
import { collapseSpaces, isUpperCaseText, normaliseDocument, romanToInt } from './text.js';

/** A line of the input; `no` is 1-based and shared by the pieces of a line split at glued bold markers. */
export interface SourceLine {
  no: number;
  /** Tabs kept (they separate table cells), trailing spaces dropped. */
  text: string;
}

/**
 * Bold glued to a heading ("KẾ HOẠCH**Cải cách…**", "YÊU CẦU**1. Mục đích…") marks a line break the converter
 * lost: a `**` right after text and right before a capital or a digit opens a new line. Other asterisks are
 * emphasis and go.
 */
function splitGluedBold(text: string): string[] {
  return text
    .replace(/(\S)\*\*(?=[\p{Lu}\d])/gu, '$1\n')
    .split('\n')
    .map((piece) => piece.replace(/\*+/g, '').replace(/ +$/, ''));
}

/** Normalises the text and numbers its lines. */
export function toSourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  normaliseDocument(text)
    .split('\n')
    .forEach((raw, i) => {
      for (const piece of splitGluedBold(raw)) lines.push({ no: i + 1, text: piece });
    });
  return lines;
}

/** The cells of a table line, spaces collapsed. */
export function cellsOf(line: SourceLine): string[] {
  return line.text.split('\t').map(collapseSpaces);
}

/** The table's header row, repeated at every page break; also when its tabs were lost. */
export function isHeaderRow(cells: string[]): boolean {
  if (cells.length === 1) return isTablessHeader(cells[0] ?? '');
  return readHeaderRow(cells) !== null || looksLikeHeader(cells);
}

/** A task number as wards write them: "3", "3.", "1.2", "1.2.3", "a)", "b.". */
const TASK_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[a-zđ][.)])$/u;

/** The number of a task as written ("1.2", "a"), or null when the cell holds none. */
export function taskLabelOf(cell: string | undefined): string | null {
  const text = (cell ?? '').trim();
  return TASK_NUMBER.test(text) ? text.replace(/[.)]$/, '') : null;
}

/**
 * A group row: a Roman numeral ("I. Chỉ đạo…", or "I" with the title in the next cell) or a capital letter
 * ("A. Cải cách thể chế") and a title, nothing in the other cells.
 */
export function groupRowOf(cells: string[]): { code: string; title: string } | null {
  const filled = cells.filter((cell) => cell !== '');
  const joined = filled.length === 2 && /^[IVXL]+\.?$|^[A-Z]\.?$/.test(filled[0] ?? '') ? filled.join(' ') : null;
  if (filled.length !== 1 && joined === null) return null;
  const text = joined ?? filled[0] ?? '';
  const match = /^([IVXL]+|[A-Z])(?:\.\s*|\s+)(\S.*)$/.exec(text);
  if (!match) return null;
  const code = match[1] ?? '';
  const roman = /^[IVXL]+$/.test(code);
  // A capital letter other than a Roman numeral opens a group only with its dot: "A. Cải cách thể chế".
  if (roman ? romanToInt(code) === null : !text.startsWith(`${code}.`)) return null;
  return { code, title: match[2] ?? '' };
}

/** A task row: a task number in the first cell and at least one more cell. */
export function isTaskRow(cells: string[]): boolean {
  return cells.length >= 2 && taskLabelOf(cells[0]) !== null && cells.slice(1).some((cell) => cell !== '');
}

/** The document cut where the appendix table starts. */
export interface Regions {
  prose: SourceLine[];
  appendix: SourceLine[];
}

function isTableLead(line: SourceLine): boolean {
  const cells = cellsOf(line);
  if (cells.every((cell) => cell === '') || isHeaderRow(cells)) return true;
  const group = groupRowOf(cells);
  // Without tabs, a mixed-case "IV. Cải cách…" is a group row; a capitalised one is a prose section.
  return group !== null && (cells.length > 1 || !isUpperCaseText(group.title));
}

/**
 * The appendix starts with the first task row, stepping back over the header, group rows and blank lines
 * before it; the prose stops at a "Phụ lục" heading if one comes first.
 */
export function splitRegions(lines: SourceLine[]): Regions {
  const firstTask = firstTaskLine(lines);
  if (firstTask < 0) return { prose: lines.slice(0, annexHeading(lines, lines.length)), appendix: [] };
  let start = firstTask;
  for (let prev = lines[start - 1]; prev !== undefined && isTableLead(prev); prev = lines[start - 1]) start--;
  return { prose: lines.slice(0, annexHeading(lines, start)), appendix: lines.slice(start) };
}

/**
 * The first table line that starts a task: a number in the column the last header row calls "TT" (the first
 * column when no header was seen), or, under a header without a number column, the first row with content.
 */
function firstTaskLine(lines: SourceLine[]): number {
  let header: readonly (AppendixColumn | null)[] | null = null;
  return lines.findIndex((line) => {
    if (!line.text.includes('\t')) return false;
    const cells = cellsOf(line);
    if (isHeaderRow(cells)) {
      if (cells.length > 1) header = columnsUnder(cells);
      return false;
    }
    const columns: readonly (AppendixColumn | null)[] = header ?? APPENDIX_COLUMNS;
    const no = columns.indexOf('no');
    if (no >= 0) return taskLabelOf(cells[no]) !== null && cells.some((cell, i) => i !== no && cell !== '');
    return (cells[columns.indexOf('content')] ?? '') !== '' && groupRowOf(cells) === null;
  });
}

/** Index of the last "Phụ lục" heading before `end`, or `end` when there is none. */
function annexHeading(lines: SourceLine[], end: number): number {
  for (let i = end - 1; i >= 0; i--) {
    if (/^phụ lục\b/i.test(collapseSpaces(lines[i]?.text ?? ''))) return i;
  }
  return end;
}
