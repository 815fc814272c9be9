import { formatAddressees, type OfficialDocument } from '@cchc/domain';
import { AlignmentType, Document, Packer, PageOrientation, Paragraph, type Table } from 'docx';
import { bodyParagraph, layBlocks, type PageRun } from './docx-blocks.js';
import { documentClosing } from './docx-closing.js';
import { documentHeader, emptyHeader, pageNumberHeader } from './docx-header.js';
import { rule, runs } from './docx-text.js';
import { A4_MM, FONT, HEADER_DISTANCE_MM, MARGINS_MM, mmToTwips, SIZE_PT, subjectRuleMm, textWidthMm } from './page.js';

function titleBlock(doc: OfficialDocument): Paragraph[] {
  const lines: Paragraph[] = [];
  if (doc.title) {
    lines.push(
      new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }),
      bodyParagraph(doc.title, { size: SIZE_PT.title, bold: true }, { align: 'center', indent: false, keepNext: true }),
    );
    if (doc.subject) lines.push(subjectParagraph(doc.subject), rule(subjectRuleMm(doc.subject), textWidthMm(false)));
  }
  for (const line of formatAddressees(doc.addressees ?? [])) {
    lines.push(bodyParagraph(line, { size: SIZE_PT.body }, { align: 'center', indent: false }));
  }
  return lines;
}

function subjectParagraph(subject: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    keepNext: true,
    children: runs(subject, { size: SIZE_PT.title, bold: true }),
  });
}

function pageRunsOf(doc: OfficialDocument): PageRun[] {
  const opening: (Paragraph | Table)[] = [documentHeader(doc), ...titleBlock(doc)];
  const pageRuns: PageRun[] = [{ landscape: false, children: opening }];
  layBlocks(doc.body, pageRuns);
  const closing = documentClosing(doc);
  const last = pageRuns.at(-1);
  if (last && !last.landscape) last.children.push(...closing);
  else pageRuns.push({ landscape: false, children: closing });
  if (doc.appendix?.length) {
    // A new section starts a new page; left empty, it is dropped when the appendix opens in landscape.
    pageRuns.push({ landscape: false, children: [] });
    layBlocks(doc.appendix, pageRuns);
  }
  return pageRuns.filter((pageRun) => pageRun.children.length > 0);
}

function sectionOf(pageRun: PageRun, first: boolean) {
  return {
    properties: {
      titlePage: first,
      page: {
        size: {
          width: mmToTwips(A4_MM.width),
          height: mmToTwips(A4_MM.height),
          orientation: pageRun.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmToTwips(MARGINS_MM.top),
          bottom: mmToTwips(MARGINS_MM.bottom),
          left: mmToTwips(MARGINS_MM.left),
          right: mmToTwips(MARGINS_MM.right),
          header: mmToTwips(HEADER_DISTANCE_MM),
          footer: mmToTwips(HEADER_DISTANCE_MM),
        },
      },
    },
    // Decree 30 numbers pages from the second: the first page gets its own, empty header.
    headers: first ? { default: pageNumberHeader(), first: emptyHeader() } : { default: pageNumberHeader() },
    children: pageRun.children,
  };
}

/**
 * Renders an official document to .docx in the Decree 30/2020 format: A4, margins 20/20/30/15 mm, Times New Roman
 * in black, the two-column header, title and subject, justified 14 pt body, the closing table, and page numbers
 * centred in the top margin from page 2. Landscape blocks get landscape sections.
 */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const document = new Document({
    creator: 'cchc',
    title: [doc.title, doc.subject].filter(Boolean).join(' ') || 'Văn bản',
    styles: {
      default: { document: { run: { font: FONT, size: SIZE_PT.body * 2, color: '000000' } } },
    },
    sections: pageRunsOf(doc).map((pageRun, index) => sectionOf(pageRun, index === 0)),
  });
  return Packer.toBuffer(document);
}
