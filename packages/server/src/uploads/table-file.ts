import { type Lang, messagesOf } from '../i18n/messages.js';
import { CsvLimitError, chunked, readCsvRows } from './csv.js';
import { uploadMessage } from './messages.js';
import { parseInWorker, TABLE_LIMITS, uploadError } from './parse-pool.js';

/** A sheet of a table file: its name and its rows of text cells (the first row holds the headers). */
export interface TableSheet {
  name: string;
  rows: string[][];
}

/** A day's import of a ward's dossiers is read in well under a minute; longer means a hostile file. */
const TABLE_PARSE_BUDGET = { timeoutMs: 120_000 };

async function readXlsx(bytes: Buffer, lang: Lang): Promise<TableSheet[]> {
  const result = await parseInWorker({ kind: 'table-xlsx', bytes }, TABLE_LIMITS, TABLE_PARSE_BUDGET, lang);
  return 'sheets' in result ? result.sheets : [];
}

const tableFileMessage = messagesOf({
  table_file_type: { vi: 'Chỉ nhận tệp .csv hoặc .xlsx', en: 'Only .csv or .xlsx files are accepted' },
});

async function readCsv(bytes: Buffer, lang: Lang): Promise<string[][]> {
  try {
    return await readCsvRows(() => chunked(bytes), TABLE_LIMITS);
  } catch (e) {
    if (e instanceof CsvLimitError) throw uploadError(e.rule, lang, TABLE_LIMITS, TABLE_PARSE_BUDGET);
    throw uploadMessage.error('validation_failed', 'document_unreadable', lang);
  }
}

/** Reads a .csv (UTF-8) or .xlsx file, chosen by its name, into sheets of text rows. */
export async function readTableFile(fileName: string, bytes: Buffer, lang: Lang = 'vi'): Promise<TableSheet[]> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return readXlsx(bytes, lang);
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return [{ name: fileName, rows: await readCsv(bytes, lang) }];
  throw tableFileMessage.error('validation_failed', 'table_file_type', lang, {}, 'file');
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
