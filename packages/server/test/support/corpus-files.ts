// The plan corpus (packages/domain/src/plan/test-support/corpus) written as the files wards send: a Word
// document with the appendix as a Word table, and a workbook with the appendix as rows. Group rows are merged
// across the table, as offices write them; a "<br>" in a cell is a line break inside it.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import type { CorpusDocument } from '../../../domain/src/plan/test-support/corpus/index.js';

const widthOf = (doc: CorpusDocument) => Math.max(1, ...doc.table.map((row) => row.length));

function wordCell(text: string, columnSpan = 1): TableCell {
  const lines = text === '' ? [''] : text.split('<br>');
  return new TableCell({
    children: lines.map((line) => new Paragraph(line)),
    columnSpan,
    width: { size: 1, type: WidthType.AUTO },
  });
}

/** The document as .docx: its prose as paragraphs, its appendix as one table. */
export async function corpusDocx(doc: CorpusDocument): Promise<Buffer> {
  const width = widthOf(doc);
  const rows = doc.table.map((cells) =>
    cells.length === 1
      ? new TableRow({ children: [wordCell(cells[0] ?? '', width)] })
      : new TableRow({ children: cells.map((c) => wordCell(c)) }),
  );
  const children = [...doc.prose.map((line) => new Paragraph(line)), ...(rows.length ? [new Table({ rows })] : [])];
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** The document as .xlsx: one sheet, the prose lines in column A above the table, group rows merged. */
export async function corpusXlsx(doc: CorpusDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Phụ lục');
  const width = widthOf(doc);
  for (const line of doc.prose) sheet.addRow([line]);
  for (const cells of doc.table) {
    const row = sheet.addRow(cells.map((cell) => cell.replace(/<br>/g, '\n')));
    if (cells.length === 1 && width > 1) sheet.mergeCells(row.number, 1, row.number, width);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
