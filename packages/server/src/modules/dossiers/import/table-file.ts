import ExcelJS from 'exceljs';
import { AppError } from '../../../errors.js';
import { parseCsv } from './csv.js';

/** A sheet of a table file: its name and its rows of text cells (the first row holds the headers). */
export interface TableSheet {
  name: string;
  rows: string[][];
}

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

function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column++) cells.push(cellText(row.getCell(column)));
    if (cells.some((c) => c !== '')) rows.push(cells);
  });
  return rows;
}

async function readXlsx(bytes: Buffer): Promise<TableSheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation_failed', 'Tệp không phải là bảng tính .xlsx đọc được');
  }
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: sheetRows(sheet) }));
}

/** Reads a .csv (UTF-8) or .xlsx file, chosen by its name, into sheets of text rows. */
export async function readTableFile(fileName: string, bytes: Buffer): Promise<TableSheet[]> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return readXlsx(bytes);
  if (lower.endsWith('.csv') || lower.endsWith('.txt'))
    return [{ name: fileName, rows: parseCsv(bytes.toString('utf8')) }];
  throw new AppError('validation_failed', 'Chỉ nhận tệp .csv hoặc .xlsx');
}

/** A header as compared: lower case, no Vietnamese marks, letters and digits only (`Mã TTHC` → `matthc`). */
export function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The column of each wanted field in a header row: a field matches the first header equal to one of its names
 * (compared by {@link headerKey}). Missing fields are absent from the map.
 */
export function mapColumns<F extends string>(
  header: readonly string[],
  names: Readonly<Record<F, readonly string[]>>,
): Map<F, number> {
  const keys = header.map(headerKey);
  const found = new Map<F, number>();
  for (const field of Object.keys(names) as F[]) {
    const wanted = new Set(names[field].map(headerKey));
    const index = keys.findIndex((key) => wanted.has(key));
    if (index !== -1) found.set(field, index);
  }
  return found;
}
