import { formatVietnamDate } from '@cchc/domain';
import type { Cell, Workbook, Worksheet } from 'exceljs';

/**
 * A date typed into a timeframe cell reads as the document would write it: dd/MM/yyyy. Excel keeps the date without
 * a time zone, and exceljs hands it back as that day at UTC midnight: its UTC day is the day typed.
 */
const dateText = (date: Date): string => formatVietnamDate(date.toISOString().slice(0, 10));

/** A cell's text on one line: its own lines become `<br>` breaks, which the parser reads back as lines. */
function cellText(cell: Cell): string {
  // A merged range repeats its first cell's value in every cell; only the first one holds it.
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  const value = cell.value;
  const text = value instanceof Date ? dateText(value) : cell.text;
  return text
    .replace(/\t/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('<br>');
}

/**
 * A row of the table keeps every column up to the sheet's width, so a task with an empty product still has six
 * cells; a row holding one text (a title, a merged group row) stays one cell.
 */
function sheetLines(sheet: Worksheet): string[] {
  const width = sheet.columnCount;
  const lines: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column++) cells.push(cellText(row.getCell(column)));
    const filled = cells.filter((cell) => cell !== '').length;
    if (filled === 0) return;
    lines.push(filled === 1 && cells[0] !== '' ? (cells[0] ?? '') : cells.join('\t'));
  });
  return lines;
}

/**
 * The text of a workbook: every visible sheet, one tab-separated line per row. A sheet holding the appendix has
 * the header `TT | Nội dung công việc | …`, group rows `I. …` and one row per task, like the seed's table.
 */
export function xlsxRowsToText(workbook: Workbook): string {
  return workbook.worksheets
    .filter((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden')
    .flatMap((sheet) => [...sheetLines(sheet), ''])
    .join('\n');
}
