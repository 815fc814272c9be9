import { type CellValue, type DocumentBlock, type DocumentTable, formatCellValue, type RichText } from '@cchc/domain';
import { alignOf, placeHeaderCells, shareWidths } from './table-layout.js';

/** Escapes text for HTML content and attribute values: every text of a document is data, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Rich text as escaped HTML, spans wrapped in <b>/<i>. */
export function richHtml(text: RichText): string {
  if (typeof text === 'string') return escapeHtml(text);
  return text
    .map((span) => {
      let html = escapeHtml(span.text);
      if (span.italic) html = `<i>${html}</i>`;
      if (span.bold) html = `<b>${html}</b>`;
      return html;
    })
    .join('');
}

const cellHtml = (value: CellValue) => escapeHtml(formatCellValue(value)).replaceAll('\n', '<br>');

function headHtml(table: DocumentTable): string {
  const rows = placeHeaderCells(table).map((cells) => {
    const ths = cells.map((cell) => {
      const spans = `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.columnSpan > 1 ? ` colspan="${cell.columnSpan}"` : ''}`;
      return `<th${spans}>${cellHtml(cell.text)}</th>`;
    });
    return `<tr>${ths.join('')}</tr>`;
  });
  return `<thead>${rows.join('')}</thead>`;
}

function rowHtml(table: DocumentTable, values: readonly CellValue[], className: string): string {
  const tds = table.columns.map((column, index) => {
    const value = values[index] ?? null;
    return `<td class="${alignOf(column, value)}">${cellHtml(value)}</td>`;
  });
  return `<tr${className ? ` class="${className}"` : ''}>${tds.join('')}</tr>`;
}

/** A bordered table; widths as percentages of the column weights, header rows repeated on each printed page. */
export function tableHtml(table: DocumentTable): string {
  const widths = shareWidths(table.columns, 1000).map((width) => `<col style="width:${width / 10}%">`);
  const caption = table.title ? `<caption>${escapeHtml(table.title)}</caption>` : '';
  const body = table.rows.map((row) =>
    'group' in row
      ? `<tr class="group"><td colspan="${table.columns.length}">${cellHtml(row.group)}</td></tr>`
      : rowHtml(table, row, ''),
  );
  if (table.totals) body.push(rowHtml(table, table.totals, 'totals'));
  return `<table class="grid">${caption}<colgroup>${widths.join('')}</colgroup>${headHtml(table)}<tbody>${body.join('')}</tbody></table>`;
}

function paragraphHtml(block: Extract<DocumentBlock, { kind: 'paragraph' }>): string {
  const classes = [block.align && block.align !== 'justify' ? block.align : '', block.indent === false ? 'flush' : '']
    .filter(Boolean)
    .join(' ');
  return `<p${classes ? ` class="${classes}"` : ''}>${richHtml(block.text)}</p>`;
}

/** Body blocks as HTML; headings map to h2–h4 under the document's h1 title. */
export function blocksHtml(blocks: readonly DocumentBlock[]): string {
  return blocks.map(blockHtml).join('\n');
}

function blockHtml(block: DocumentBlock): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level + 1}>${escapeHtml(block.text)}</h${block.level + 1}>`;
    case 'paragraph':
      return paragraphHtml(block);
    case 'bullet':
      return `<p>- ${richHtml(block.text)}</p>`;
    case 'table':
      return tableHtml(block.table);
    case 'pageBreak':
      return '<div style="break-after: page"></div>';
    case 'landscape':
      return `<section class="wide">${blocksHtml(block.blocks)}</section>`;
  }
}
