import { formatDocumentNumber, formatPlaceAndDate, type OfficialDocument } from '@cchc/domain';
import { AlignmentType, Header, PageNumber, Paragraph, type Table, TextRun } from 'docx';
import { layoutTable } from './docx-layout-table.js';
import { centredLine, rule } from './docx-text.js';
import {
  FONT,
  HEADER_SPLIT,
  ISSUER_RULE_MM,
  MOTTO,
  MOTTO_RULE_MM,
  NATIONAL_TITLE,
  SIZE_PT,
  textWidthMm,
} from './page.js';

const LEFT_MM = textWidthMm(false) * HEADER_SPLIT[0];
const RIGHT_MM = textWidthMm(false) * HEADER_SPLIT[1];

/**
 * The issuer's lines. A committee issuing in its own name prints both lines bold; when one of its units issues
 * (the one-stop forms), Decree 30 prints the parent body regular and the unit bold.
 */
function issuerCell(doc: OfficialDocument): Paragraph[] {
  const { parent, name, unit } = doc.issuer;
  const size = SIZE_PT.header;
  const lines = [centredLine(parent, { size, bold: !unit }), centredLine(name, { size, bold: !unit })];
  if (unit) lines.push(centredLine(unit, { size, bold: true }));
  return [...lines, rule(ISSUER_RULE_MM, LEFT_MM)];
}

function nationalCell(): Paragraph[] {
  return [
    centredLine(NATIONAL_TITLE, { size: SIZE_PT.nationalTitle, bold: true }),
    centredLine(MOTTO, { size: SIZE_PT.motto, bold: true }),
    rule(MOTTO_RULE_MM, RIGHT_MM),
  ];
}

/** The number line; a letter (no title) carries its subject under it, in 12 pt. */
function numberCell(doc: OfficialDocument): Paragraph[] {
  const lines: Paragraph[] = [];
  if (doc.numbering) lines.push(centredLine(formatDocumentNumber(doc.numbering), { size: SIZE_PT.header }, 6));
  if (doc.title === null && doc.subject) lines.push(centredLine(doc.subject, { size: 12 }, 3));
  return lines;
}

function dateCell(doc: OfficialDocument): Paragraph[] {
  return [centredLine(formatPlaceAndDate(doc.place, doc.date), { size: SIZE_PT.body, italic: true }, 6)];
}

/**
 * The header table: issuer | national title on the first row, number | place and date on the second, so the
 * number and the date share a baseline as Decree 30's model shows.
 */
export function documentHeader(doc: OfficialDocument): Table {
  return layoutTable(textWidthMm(false), HEADER_SPLIT, [
    [issuerCell(doc), nationalCell()],
    [numberCell(doc), dateCell(doc)],
  ]);
}

/** The running header from page 2: the page number, centred in the top margin. */
export function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: [PageNumber.CURRENT], font: FONT, color: '000000', size: SIZE_PT.body * 2 }),
        ],
      }),
    ],
  });
}

/** The first page carries no number: an empty header for the title page. */
export function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ children: [] })] });
}
