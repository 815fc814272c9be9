// mammoth turns a Word document into simple HTML (p, h1–h6, ul/ol/li, table/tr/td, strong, em, a, br). The plan
// parser reads plain text with the appendix as tab-separated rows, the form the seed plan arrives in; this
// module writes that text.

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^<>]*)>|([^<]+)/g;
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

const codePoint = (code: number) => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '');

function decode(text: string): string {
  return text
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(\d{1,7});/g, (_, code: string) => codePoint(Number(code)))
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, code: string) => codePoint(Number.parseInt(code, 16)));
}

/** A cell spanning several columns keeps its place: the cells after it stay under their headers. */
function colspanOf(attributes: string): number {
  const span = Number(/colspan="(\d+)"/.exec(attributes)?.[1] ?? '1');
  return Number.isInteger(span) && span > 1 ? Math.min(span, 50) : 1;
}

class LineWriter {
  readonly lines: string[] = [];
  private paragraph = '';
  private listDepth: ('ul' | 'ol')[] = [];
  private tableDepth = 0;
  private row: string[] | null = null;
  private cell: string[] | null = null;
  private span = 1;

  open(name: string, attributes: string): void {
    if (name === 'table') this.tableDepth++;
    if (this.tableDepth > 1) {
      this.nestedOpen(name);
      return;
    }
    if (name === 'ul' || name === 'ol') this.listDepth.push(name);
    else if (name === 'tr') this.row = [];
    else if (name === 'td' || name === 'th') [this.cell, this.span] = [[], colspanOf(attributes)];
    else if (name === 'br') this.paragraph += '\n';
    else if (BLOCKS.has(name)) this.startBlock(name);
  }

  close(name: string): void {
    if (this.tableDepth > 1) {
      if (name === 'table') this.tableDepth--;
      this.nestedClose(name);
      return;
    }
    if (name === 'table') this.tableDepth--;
    else if (name === 'ul' || name === 'ol') this.listDepth.pop();
    else if (name === 'tr') this.endRow();
    else if (name === 'td' || name === 'th') this.endCell();
    else if (BLOCKS.has(name)) this.endBlock();
  }

  text(raw: string): void {
    this.paragraph += decode(raw).replace(/[\t\r\n]+/g, ' ');
  }

  finish(): string {
    this.endBlock();
    return this.lines.join('\n');
  }

  /** A table inside a cell is flattened into the cell's text, one paragraph per row. */
  private nestedOpen(name: string): void {
    if (name === 'td' || name === 'th') this.paragraph += this.paragraph === '' ? '' : ' ';
  }

  private nestedClose(name: string): void {
    if (name === 'tr' || name === 'p') this.endBlock();
  }

  private startBlock(name: string): void {
    this.endBlock();
    // A bullet the writer typed as a Word list keeps its dash, as the plans' "- " duty lines have.
    if (name === 'li' && this.listDepth.at(-1) === 'ul') this.paragraph = '- ';
  }

  private endBlock(): void {
    const text = this.paragraph.replace(/ +/g, ' ').trim();
    this.paragraph = '';
    if (text === '' || text === '-') return;
    if (this.cell) this.cell.push(...text.split('\n').map((line) => line.trim()));
    else this.lines.push(...text.split('\n').map((line) => line.trim()));
  }

  /** Paragraphs of a cell become `<br>` breaks: a table row must stay on one line of the text. */
  private endCell(): void {
    this.endBlock();
    if (this.row && this.cell) {
      this.row.push(this.cell.filter((line) => line !== '').join('<br>'));
      for (let i = 1; i < this.span; i++) this.row.push('');
    }
    this.cell = null;
  }

  private endRow(): void {
    if (this.row?.some((cell) => cell !== '')) this.lines.push(this.row.join('\t'));
    this.row = null;
  }
}

/** The plain text of mammoth's HTML: one line per paragraph, one tab-separated line per table row. */
export function docxHtmlToText(html: string): string {
  const writer = new LineWriter();
  for (const match of html.matchAll(TOKEN)) {
    const [, closing, name, attributes, text] = match;
    if (text !== undefined) writer.text(text);
    else if (closing) writer.close((name ?? '').toLowerCase());
    else writer.open((name ?? '').toLowerCase(), attributes ?? '');
  }
  return writer.finish();
}
