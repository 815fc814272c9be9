import type ExcelJS from 'exceljs';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Excel keeps a date without a time zone; exceljs hands it back as that wall-clock time in UTC. It is written back
 * as local text (`2026-03-02T09:00:00`), which the importers read as Vietnam's time.
 */
function wallClock(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) return wallClock(value);
  if (typeof value === 'number') return String(value);
  return cell.text.trim();
}

/** A sheet's non-empty rows as text cells, every row as wide as the sheet. */
export function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  return numberedSheetRows(sheet).rows;
}

/** The same rows with the sheet's own number of each (1-based), for messages that name a row as Excel shows it. */
export function numberedSheetRows(sheet: ExcelJS.Worksheet): { rows: string[][]; numbers: number[] } {
  const rows: string[][] = [];
  const numbers: number[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column++) cells.push(cellText(row.getCell(column)));
    if (cells.some((c) => c !== '')) {
      rows.push(cells);
      numbers.push(rowNumber);
    }
  });
  return { rows, numbers };
}
