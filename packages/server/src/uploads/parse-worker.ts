// The worker thread that opens uploaded documents: the ZIP guard first, then mammoth or exceljs. A hostile file
// can only exhaust this thread's heap or time budget (see parse-pool.ts), never the server's event loop.
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { numberedSheetRows } from '../modules/dossiers/import/sheet-rows.js';
import { docxHtmlToText } from '../modules/plans/readers/docx-html.js';
import { xlsxRowsToText } from '../modules/plans/readers/xlsx-rows.js';
import { type ArchiveLimits, inspectArchive } from './archive-limits.js';

/** What the request thread asks for. */
export type ParseTask =
  | { kind: 'plan-docx' | 'plan-xlsx'; bytes: Uint8Array; limits: ParseLimits }
  | { kind: 'table-xlsx'; bytes: Uint8Array; limits: ParseLimits };

export interface ParseLimits extends ArchiveLimits {
  maxRows: number;
  maxCells: number;
}

export type ParseProblem =
  | 'archive_unreadable'
  | 'archive_too_large'
  | 'archive_too_many_entries'
  | 'archive_ratio'
  | 'archive_size_mismatch'
  | 'document_unreadable'
  | 'too_many_rows'
  | 'too_many_cells';

export type ParseResult =
  | { ok: true; text: string }
  | { ok: true; sheets: { name: string; rows: string[][]; numbers: number[] }[] }
  | { ok: false; problem: ParseProblem };

class LimitBroken extends Error {
  constructor(readonly problem: ParseProblem) {
    super(problem);
  }
}

async function loadWorkbook(bytes: Buffer, limits: ParseLimits): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new LimitBroken('document_unreadable');
  }
  let rows = 0;
  let cells = 0;
  for (const sheet of workbook.worksheets) {
    rows += sheet.actualRowCount;
    cells += sheet.actualRowCount * sheet.columnCount;
  }
  if (rows > limits.maxRows) throw new LimitBroken('too_many_rows');
  if (cells > limits.maxCells) throw new LimitBroken('too_many_cells');
  return workbook;
}

async function docxText(bytes: Buffer): Promise<string> {
  try {
    // Images would come back inline as base64: a plan's logo or signature scan is not text, so it is dropped.
    const noImages = mammoth.images.imgElement(async () => ({ src: '' }));
    return docxHtmlToText((await mammoth.convertToHtml({ buffer: bytes }, { convertImage: noImages })).value);
  } catch {
    throw new LimitBroken('document_unreadable');
  }
}

/** The worker's one entry point (piscina's default export). */
export default async function parse(task: ParseTask): Promise<ParseResult> {
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  const verdict = await inspectArchive(bytes, task.limits);
  if (!verdict.ok) return { ok: false, problem: verdict.problem };
  try {
    if (task.kind === 'plan-docx') return { ok: true, text: await docxText(bytes) };
    const workbook = await loadWorkbook(bytes, task.limits);
    if (task.kind === 'plan-xlsx') return { ok: true, text: xlsxRowsToText(workbook) };
    return {
      ok: true,
      sheets: workbook.worksheets.map((sheet) => ({ name: sheet.name, ...numberedSheetRows(sheet) })),
    };
  } catch (e) {
    if (e instanceof LimitBroken) return { ok: false, problem: e.problem };
    throw e;
  }
}
