import type ExcelJS from 'exceljs';
import { newWorkbook } from '../../documents/workbook.js';
import type { Lang } from '../../i18n/messages.js';
import { tenantMessage } from './messages.js';

/** A column of an import sheet and the header words that name it (compared without accents or case). */
export type ColumnWords<F extends string> = Record<F, readonly string[]>;

/** Lower case, no accents, single spaces: "Mã ĐVHC" and "ma dvhc" are one header. */
export const foldText = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();

export interface SheetRow<F extends string> {
  /** The row's number in the sheet, as the person who wrote it sees it. */
  row: number;
  values: Partial<Record<F, string>>;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  return String(value).trim();
}

/**
 * The rows of a workbook's first sheet under its header row: the first row naming every required column.
 * Columns are found by their header words, in any order; blank rows are skipped.
 */
export async function readSheet<F extends string>(
  bytes: Buffer,
  words: ColumnWords<F>,
  required: readonly F[],
  lang: Lang,
): Promise<SheetRow<F>[]> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw tenantMessage.error('validation_failed', 'sheet_unreadable', lang, { reason: (e as Error).message });
  }
  const sheet = workbook.worksheets.find((s) => s.state === 'visible') ?? workbook.worksheets[0];
  const lines: { row: number; cells: string[] }[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value).trim();
    });
    lines.push({ row: number, cells: Array.from(cells, (c) => c ?? '') });
  });
  const headerAt = lines.findIndex((l) => required.every((f) => columnOf(l.cells, words[f]) >= 0));
  if (headerAt < 0)
    throw tenantMessage.error('validation_failed', 'sheet_no_header', lang, { columns: required.join(', ') });
  const header = lines[headerAt]?.cells ?? [];
  const columns = (Object.keys(words) as F[]).map((f) => [f, columnOf(header, words[f])] as const);
  const rows = lines
    .slice(headerAt + 1)
    .filter((l) => l.cells.some((c) => c !== ''))
    .map((l) => ({
      row: l.row,
      values: Object.fromEntries(
        columns.filter(([, at]) => at >= 0 && (l.cells[at] ?? '') !== '').map(([f, at]) => [f, l.cells[at]]),
      ) as Partial<Record<F, string>>,
    }));
  if (rows.length === 0) throw tenantMessage.error('validation_failed', 'sheet_no_rows', lang);
  return rows;
}

function columnOf(cells: readonly string[], names: readonly string[]): number {
  const folded = cells.map(foldText);
  return folded.findIndex((c) => names.includes(c));
}

/** The bytes of a base64 upload, or a 400 when it is empty. */
export function uploadBytes(contentBase64: string, lang: Lang): Buffer {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0) throw tenantMessage.error('validation_failed', 'sheet_empty', lang, {}, 'contentBase64');
  return bytes;
}
