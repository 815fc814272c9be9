import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import type { Lang } from '../../../i18n/messages.js';
import { docxHtmlToText } from './docx-html.js';
import { type CheckedPlanFile, decodeUtf8, unreadable } from './plan-file.js';
import { xlsxRowsToText } from './xlsx-rows.js';

async function readDocx(bytes: Buffer, lang: Lang): Promise<string> {
  let html: string;
  try {
    // Images would come back inline as base64: a plan's logo or signature scan is not text, so it is dropped.
    const noImages = mammoth.images.imgElement(async () => ({ src: '' }));
    html = (await mammoth.convertToHtml({ buffer: bytes }, { convertImage: noImages })).value;
  } catch {
    throw unreadable('docx', lang);
  }
  return docxHtmlToText(html);
}

async function readXlsx(bytes: Buffer, lang: Lang): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as the older Buffer shape; the bytes are the same.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable('xlsx', lang);
  }
  return xlsxRowsToText(workbook);
}

/**
 * The plain text of a plan file, in the form `parsePlanText` reads: prose lines, then the appendix with one
 * tab-separated line per row.
 */
export async function readPlanText(file: CheckedPlanFile, lang: Lang): Promise<string> {
  if (file.format === 'docx') return readDocx(file.bytes, lang);
  if (file.format === 'xlsx') return readXlsx(file.bytes, lang);
  return decodeUtf8(file.bytes, lang);
}
