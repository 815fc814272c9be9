import ExcelJS from 'exceljs';

/** An .xlsx with one sheet of rows (the first row is the header), as base64 for a JSON upload. */
export async function sheetBase64(rows: (string | number | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}
