import { type CellValue, type DocumentTable, formatCellValue } from '@cchc/domain';
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { ALIGNMENTS, run } from './docx-text.js';
import { mmToTwips, SIZE_PT } from './page.js';
import { alignOf, placeHeaderCells, shareWidths } from './table-layout.js';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

function cellParagraph(text: string, align: 'left' | 'center' | 'right', bold: boolean): Paragraph {
  return new Paragraph({
    alignment: ALIGNMENTS[align],
    spacing: { before: 0, after: 0 },
    children: [run(text, { size: SIZE_PT.table, bold })],
  });
}

/** Multi-line cell text (plan cells hold `- …` lines) becomes one paragraph per line. */
function cellParagraphs(text: string, align: 'left' | 'center' | 'right', bold: boolean): Paragraph[] {
  return text.split('\n').map((line) => cellParagraph(line, align, bold));
}

function headerRows(table: DocumentTable): TableRow[] {
  return placeHeaderCells(table).map(
    (cells) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: cells.map(
          (cell) =>
            new TableCell({
              columnSpan: cell.columnSpan,
              rowSpan: cell.rowSpan,
              verticalAlign: VerticalAlign.CENTER,
              children: cellParagraphs(cell.text, 'center', true),
            }),
        ),
      }),
  );
}

function valueRow(table: DocumentTable, values: readonly CellValue[], bold: boolean): TableRow {
  return new TableRow({
    children: table.columns.map(
      (column, index) =>
        new TableCell({
          verticalAlign: VerticalAlign.CENTER,
          children: cellParagraphs(
            formatCellValue(values[index] ?? null),
            alignOf(column, values[index] ?? null),
            bold,
          ),
        }),
    ),
  });
}

function groupRow(table: DocumentTable, text: string): TableRow {
  return new TableRow({
    children: [new TableCell({ columnSpan: table.columns.length, children: cellParagraphs(text, 'left', true) })],
  });
}

/** A bordered table filling the text width, header rows repeated on every page, in 12 pt. */
export function documentTable(table: DocumentTable, widthMm: number): (Paragraph | Table)[] {
  const widths = shareWidths(table.columns, mmToTwips(widthMm));
  const body = table.rows.map((row) => ('group' in row ? groupRow(table, row.group) : valueRow(table, row, false)));
  const totals = table.totals ? [valueRow(table, table.totals, true)] : [];
  const grid = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: mmToTwips(widthMm), type: WidthType.DXA },
    columnWidths: widths,
    borders: GRID,
    margins: CELL_MARGINS,
    rows: [...headerRows(table), ...body, ...totals],
  });
  const caption = table.title ? [captionParagraph(table.title)] : [];
  // Word merges two tables that touch, so an empty paragraph keeps the next block apart from the grid.
  return [...caption, grid, new Paragraph({ spacing: { before: 0, after: 0 }, children: [] })];
}

function captionParagraph(title: string): Paragraph {
  return new Paragraph({
    alignment: ALIGNMENTS.center,
    keepNext: true,
    spacing: { before: 120, after: 120 },
    children: [run(title, { size: SIZE_PT.body, bold: true })],
  });
}
