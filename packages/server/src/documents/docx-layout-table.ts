import { BorderStyle, type Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { mmToTwips } from './page.js';

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/** Borders switched off on every side and between cells: layout tables must not print lines. */
export const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
} as const;

/**
 * A borderless table laying out two columns side by side (the header and the closing): Decree 30's layout, which
 * Word users know as the "two-column table" of an official document. Rows are [left, right] paragraph lists.
 */
export function layoutTable(
  widthMm: number,
  split: readonly [number, number],
  rows: readonly (readonly [Paragraph[], Paragraph[]])[],
): Table {
  const widths = split.map((share) => mmToTwips(widthMm * share));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: mmToTwips(widthMm), type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          // A header or a closing block is read as one piece: Word must not break it across two pages.
          cantSplit: true,
          children: cells.map(
            (children, index) =>
              new TableCell({
                width: { size: widths[index] ?? 0, type: WidthType.DXA },
                borders: NO_BORDERS,
                children,
              }),
          ),
        }),
    ),
  });
}
