import type ExcelJS from 'exceljs';

/** exceljs costs about 0.4 s of CPU to load: it is loaded with the first workbook, not on every start. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}
