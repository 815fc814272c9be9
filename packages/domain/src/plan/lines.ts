// The document as numbered lines, with the markdown left by the converter removed, split into the prose part
// and the appendix table.
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

const HEADER_LABELS = new Set([
  'tt',
  'stt',
  'nội dung',
  'nội dung công việc',
  'nội dung nhiệm vụ',
  'cơ quan chủ trì',
  'đơn vị chủ trì',
  'cơ quan phối hợp',
  'đơn vị phối hợp',
  'thời gian',
  'thời gian thực hiện',
  'thời gian hoàn thành',
  'thời gian thực hiện/hoàn thành',
  'sản phẩm',
  'sản phẩm đầu ra',
]);

function headerLabel(cell: string): string {
  return cell.toLowerCase().replace(/\s*\/\s*/g, '/');
}

/** The table's header row, repeated at every page break; also when its tabs were lost. */
export function isHeaderRow(cells: string[]): boolean {
  if (cells.length === 1) return /^s?tt nội dung/i.test(cells[0] ?? '');
  return cells.filter((cell) => HEADER_LABELS.has(headerLabel(cell))).length >= 3;
}

/** A group row "I. Chỉ đạo điều hành…": a Roman numeral and a title, all other cells empty. */
export function groupRowOf(cells: string[]): { code: string; title: string } | null {
  const match = /^([IVXL]+)\.\s*(\S.*)$/.exec(cells[0] ?? '');
  if (!match || romanToInt(match[1] ?? '') === null) return null;
  if (cells.slice(1).some((cell) => cell !== '')) return null;
  return { code: match[1] ?? '', title: match[2] ?? '' };
}

/** A task row: a number in the first cell and at least one more cell. */
export function isTaskRow(cells: string[]): boolean {
  return cells.length >= 2 && /^\d{1,3}\.?$/.test(cells[0] ?? '');
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
  const firstTask = lines.findIndex((line) => line.text.includes('\t') && isTaskRow(cellsOf(line)));
  if (firstTask < 0) return { prose: lines.slice(0, annexHeading(lines, lines.length)), appendix: [] };
  let start = firstTask;
  for (let prev = lines[start - 1]; prev !== undefined && isTableLead(prev); prev = lines[start - 1]) start--;
  return { prose: lines.slice(0, annexHeading(lines, start)), appendix: lines.slice(start) };
}

/** Index of the last "Phụ lục" heading before `end`, or `end` when there is none. */
function annexHeading(lines: SourceLine[], end: number): number {
  for (let i = end - 1; i >= 0; i--) {
    if (/^phụ lục\b/i.test(collapseSpaces(lines[i]?.text ?? ''))) return i;
  }
  return end;
}
