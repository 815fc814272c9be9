import type { DocumentBlock, RichText } from '@cchc/domain';
import { PageBreak, Paragraph, type Table } from 'docx';
import { documentTable } from './docx-table.js';
import { ALIGNMENTS, type RunStyle, runs } from './docx-text.js';
import { FIRST_LINE_INDENT_MM, mmToTwips, PARAGRAPH_SPACING_PT, SIZE_PT, textWidthMm } from './page.js';

/** A run of pages with one orientation: docx starts a new section at each change. */
export interface PageRun {
  landscape: boolean;
  children: (Paragraph | Table)[];
}

const HEADING_STYLES: Record<1 | 2 | 3, RunStyle> = {
  1: { size: SIZE_PT.body, bold: true },
  2: { size: SIZE_PT.body, bold: true },
  3: { size: SIZE_PT.body, italic: true },
};

/** A body paragraph: 14 pt, justified, first-line indent 1.27 cm, 6 pt before, line spacing 1.15 (276/240). */
export function bodyParagraph(
  text: RichText,
  style: RunStyle,
  options: { align?: keyof typeof ALIGNMENTS; indent?: boolean; keepNext?: boolean } = {},
): Paragraph {
  const indent = options.indent ?? true;
  return new Paragraph({
    alignment: ALIGNMENTS[options.align ?? 'justify'],
    indent: indent ? { firstLine: mmToTwips(FIRST_LINE_INDENT_MM) } : undefined,
    spacing: { before: PARAGRAPH_SPACING_PT * 20, after: 0, line: 276 },
    keepNext: options.keepNext ?? false,
    children: runs(text, style),
  });
}

function renderBlock(block: Exclude<DocumentBlock, { kind: 'landscape' }>, landscape: boolean): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [bodyParagraph(block.text, HEADING_STYLES[block.level], { keepNext: true })];
    case 'paragraph':
      return [bodyParagraph(block.text, { size: SIZE_PT.body }, { align: block.align, indent: block.indent })];
    case 'bullet':
      return [bodyParagraph(withDash(block.text), { size: SIZE_PT.body })];
    case 'table':
      return documentTable(block.table, textWidthMm(landscape));
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function withDash(text: RichText): RichText {
  return typeof text === 'string' ? `- ${text}` : [{ text: '- ' }, ...text];
}

/** Blocks in one orientation; a landscape block nested in a landscape run just continues it. */
function renderFlow(blocks: readonly DocumentBlock[], landscape: boolean): (Paragraph | Table)[] {
  return blocks.flatMap((block) =>
    block.kind === 'landscape' ? renderFlow(block.blocks, landscape) : renderBlock(block, landscape),
  );
}

/**
 * Lays blocks onto page runs: portrait by default, each landscape block on pages of its own, then portrait again.
 * `pageRuns` is extended in place so the caller can keep adding to the current run (the closing after the body).
 */
export function layBlocks(blocks: readonly DocumentBlock[], pageRuns: PageRun[]): void {
  for (const block of blocks) {
    if (block.kind === 'landscape') {
      pageRuns.push({ landscape: true, children: renderFlow(block.blocks, true) });
      continue;
    }
    let current = pageRuns.at(-1);
    if (!current || current.landscape) {
      current = { landscape: false, children: [] };
      pageRuns.push(current);
    }
    current.children.push(...renderBlock(block, false));
  }
}
