// The appendix table as a list of rows of known kinds: header, group, task start, or text that either continues
// the task before it or titles a group. Which of the two a text row is depends on what follows it, so rows are
// read first and decided after (`resolveGroups`).
import { APPENDIX_COLUMNS, type AppendixColumn, columnsUnder, guessedColumns, readHeaderRow } from './columns.js';
import { cellsOf, groupRowOf, isHeaderRow, type SourceLine, taskLabelOf } from './lines.js';
import { isUpperCaseText } from './text.js';
import type { AppendixHeader } from './types.js';

/** A row of the appendix with the columns in force where it stands. */
export type TableRow =
  | { kind: 'group'; code: string | null; title: string; line: number }
  | { kind: 'task'; label: string | null; cells: string[]; columns: readonly (AppendixColumn | null)[]; line: number }
  | { kind: 'text'; cells: string[]; columns: readonly (AppendixColumn | null)[]; line: number };

/** The rows and the first header row seen. */
export interface TableRows {
  rows: TableRow[];
  header: AppendixHeader | null;
}

const cellAt = (cells: readonly string[], columns: readonly (AppendixColumn | null)[], column: AppendixColumn) => {
  const index = columns.indexOf(column);
  return index < 0 ? '' : (cells[index] ?? '');
};

function headerOf(cells: string[], line: number, given: readonly (AppendixColumn | null)[] | undefined) {
  const read = readHeaderRow(cells);
  const columns = given ? [...given] : (read?.columns ?? guessedColumns(cells));
  const recognised = given !== undefined || (read !== null && read.unknown.length === 0);
  return { line, cells, columns, recognised };
}

function taskLabel(cells: string[], columns: readonly (AppendixColumn | null)[]): string | null | undefined {
  const no = columns.indexOf('no');
  const others = cells.some((cell, i) => i !== no && cell !== '');
  if (!others || cells.length < 2) return undefined;
  if (no >= 0) return taskLabelOf(cells[no]) ?? undefined;
  // A table without a number column: a row with content and a lead or a timeframe starts a task.
  const starts = ['lead', 'timeframe'].some((c) => cellAt(cells, columns, c as AppendixColumn) !== '');
  return cellAt(cells, columns, 'content') !== '' && starts ? null : undefined;
}

/**
 * Reads the rows of the appendix. `columns` (from the import wizard) overrides every header; without a header
 * row the seed's order is assumed.
 */
export function readTableRows(lines: SourceLine[], given?: readonly (AppendixColumn | null)[]): TableRows {
  const rows: TableRow[] = [];
  let header: AppendixHeader | null = null;
  let columns: readonly (AppendixColumn | null)[] = given ?? APPENDIX_COLUMNS;
  for (const line of lines) {
    const cells = cellsOf(line);
    if (cells.every((cell) => cell === '')) continue;
    if (isHeaderRow(cells)) {
      header ??= headerOf(cells, line.no, given);
      if (cells.length > 1) columns = columnsUnder(cells, given);
      continue;
    }
    const group = groupRowOf(cells);
    const label = group ? undefined : taskLabel(cells, columns);
    if (group) rows.push({ kind: 'group', ...group, line: line.no });
    else if (label !== undefined) rows.push({ kind: 'task', label, cells, columns, line: line.no });
    else rows.push({ kind: 'text', cells, columns, line: line.no });
  }
  return { rows: resolveGroups(rows), header };
}

const isFirstLabel = (label: string | null) => label === '1' || label === 'a' || /\.0*1$/.test(label ?? '');

/** Only one cell filled: a merged row, or a line whose tabs were lost. */
const soleText = (cells: readonly string[]) => {
  const filled = cells.filter((cell) => cell !== '');
  return filled.length === 1 ? (filled[0] ?? null) : null;
};

function nextTask(rows: readonly TableRow[], from: number): Extract<TableRow, { kind: 'task' }> | null {
  const next = rows[from + 1];
  return next?.kind === 'task' ? next : null;
}

/** A numbered task row whose only cell is its content and whose next task is numbered under it ("1" → "1.1"). */
function numberedGroup(row: Extract<TableRow, { kind: 'task' }>, next: TableRow | null) {
  if (row.label === null || !/^\d+$/.test(row.label) || next?.kind !== 'task') return null;
  if (!(next.label ?? '').startsWith(`${row.label}.`)) return null;
  const filled = row.cells.filter((cell, i) => cell !== '' && row.columns[i] !== 'no');
  return filled.length === 1 ? { code: row.label, title: filled[0] ?? '' } : null;
}

/** A text row that titles a group: "1. Cải cách thể chế" above "1.1", or a title above a restart at 1 or "a". */
function textGroup(row: Extract<TableRow, { kind: 'text' }>, rows: readonly TableRow[], i: number, seenTask: boolean) {
  const text = soleText(row.cells);
  if (text === null) return null;
  const next = nextTask(rows, i);
  const numbered = /^(\d{1,2})[.)]\s+(\S.*)$/.exec(text);
  if (numbered && next && (next.label ?? '').startsWith(`${numbered[1]}.`)) {
    return { code: numbered[1] ?? null, title: numbered[2] ?? '' };
  }
  const titles = !seenTask || (next !== null && isFirstLabel(next.label)) || isTitleCase(text);
  return titles && next !== null ? { code: null, title: text } : null;
}

/** A line in capitals of a few words is a title; a lone "HĐND&UBND" cut off a cell is not. */
const isTitleCase = (text: string) => isUpperCaseText(text) && text.split(' ').length >= 3;

/** Decides which numbered and text rows are group titles. */
function resolveGroups(rows: TableRow[]): TableRow[] {
  let seenTask = false;
  return rows.map((row, i): TableRow => {
    const group =
      row.kind === 'task'
        ? numberedGroup(row, rows[i + 1] ?? null)
        : row.kind === 'text'
          ? textGroup(row, rows, i, seenTask)
          : null;
    if (group) return { kind: 'group', ...group, line: row.line };
    if (row.kind === 'task') seenTask = true;
    return row;
  });
}
