import type { CellValue, DocumentTable, HeaderCell, TableColumn } from '@cchc/domain';

/** A header cell with its position in the header grid, as every format needs it for merges. */
export interface PlacedHeaderCell {
  text: string;
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
}

/**
 * Places the header rows on a grid: each cell takes the next column not covered by a cell spanning down from a row
 * above. Throws when a row does not cover exactly the table's columns, a mistake of the code building the table.
 */
export function placeHeaderCells(table: DocumentTable): PlacedHeaderCell[][] {
  const rows: readonly (readonly HeaderCell[])[] = table.headerRows ?? [
    table.columns.map((column) => ({ text: column.title })),
  ];
  const width = table.columns.length;
  const covered = rows.map(() => new Array<boolean>(width).fill(false));
  return rows.map((cells, row) => {
    let column = 0;
    const placed = cells.map((cell) => {
      while (covered[row]?.[column]) column += 1;
      const spot = { text: cell.text, row, column, rowSpan: cell.rowSpan ?? 1, columnSpan: cell.colSpan ?? 1 };
      cover(covered, spot);
      column += spot.columnSpan;
      return spot;
    });
    if (covered[row]?.some((isCovered) => !isCovered) || column > width) {
      throw new Error(`Header row ${row + 1} of table "${table.title ?? ''}" does not cover its ${width} columns`);
    }
    return placed;
  });
}

function cover(covered: boolean[][], cell: PlacedHeaderCell): void {
  for (let r = cell.row; r < cell.row + cell.rowSpan; r += 1) {
    const line = covered[r];
    if (!line) throw new Error(`A header cell spans below the last header row: "${cell.text}"`);
    for (let c = cell.column; c < cell.column + cell.columnSpan; c += 1) line[c] = true;
  }
}

/** Splits a total width between the columns by their relative widths, in whole units that add up to the total. */
export function shareWidths(columns: readonly TableColumn[], total: number): number[] {
  const sum = columns.reduce((acc, column) => acc + column.width, 0);
  const widths = columns.map((column) => Math.floor((column.width / sum) * total));
  const rest = total - widths.reduce((acc, width) => acc + width, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths.at(-1) ?? 0) + rest;
  return widths;
}

/** Horizontal alignment of a body cell: the column's, else numbers centred and text left. */
export function alignOf(column: TableColumn | undefined, value: CellValue): 'left' | 'center' | 'right' {
  return column?.align ?? (typeof value === 'number' ? 'center' : 'left');
}
