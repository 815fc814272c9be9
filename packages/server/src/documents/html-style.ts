import {
  CLOSING_SPLIT,
  FIRST_LINE_INDENT_MM,
  FONT,
  HEADER_SPLIT,
  ISSUER_RULE_MM,
  MARGINS_MM,
  MOTTO_RULE_MM,
  PARAGRAPH_SPACING_PT,
  SIZE_PT,
  textWidthMm,
} from './page.js';

const pct = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The print stylesheet: the same page, fonts and measures as the docx. Page numbers use CSS page-margin boxes
 * (Chromium 131+, the browser the product supports); the first page has none, as Decree 30 requires.
 */
export const DOCUMENT_CSS = `
@page { size: A4 portrait; margin: ${MARGINS_MM.top}mm ${MARGINS_MM.right}mm ${MARGINS_MM.bottom}mm ${MARGINS_MM.left}mm;
  @top-center { content: counter(page); font: ${SIZE_PT.body}pt '${FONT}', serif; color: #000; } }
@page :first { @top-center { content: none; } }
@page wide { size: A4 landscape; }
* { box-sizing: border-box; }
html { background: #e8e8e8; }
body { margin: 0; font: ${SIZE_PT.body}pt/1.15 '${FONT}', serif; color: #000; }
.page { background: #fff; }
.wide { page: wide; break-before: page; width: ${textWidthMm(true)}mm; }
.appendix { break-before: page; }
@media screen {
  .page { margin: 10mm auto; padding: ${MARGINS_MM.top}mm ${MARGINS_MM.right}mm ${MARGINS_MM.bottom}mm ${MARGINS_MM.left}mm;
    width: ${textWidthMm(false) + MARGINS_MM.left + MARGINS_MM.right}mm; }
}
@media print { html { background: none; } }
p { margin: ${PARAGRAPH_SPACING_PT}pt 0 0; text-align: justify; text-indent: ${FIRST_LINE_INDENT_MM}mm; }
p.flush { text-indent: 0; }
.center { text-align: center; } .left { text-align: left; } .right { text-align: right; }
table.layout { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.layout td { padding: 0; vertical-align: top; text-align: center; }
table.layout td.issuer { width: ${pct(HEADER_SPLIT[0])}; font-size: ${SIZE_PT.header}pt; }
table.layout td.national { width: ${pct(HEADER_SPLIT[1])}; }
table.closing td.recipients { width: ${pct(CLOSING_SPLIT[0])}; text-align: left; }
.line { display: block; margin: 0; text-indent: 0; }
.bold { font-weight: bold; } .italic { font-style: italic; }
.national-title { font-size: ${SIZE_PT.nationalTitle}pt; font-weight: bold; }
.motto { font-size: ${SIZE_PT.motto}pt; font-weight: bold; }
hr.rule { border: 0; border-top: 1px solid #000; margin: 3pt auto 0; height: 0; }
hr.issuer-rule { width: ${ISSUER_RULE_MM}mm; } hr.motto-rule { width: ${MOTTO_RULE_MM}mm; } hr.subject-rule { width: 35%; }
.number, .date { margin-top: 6pt; }
.date { font-style: italic; }
h1.title { font-size: ${SIZE_PT.title}pt; text-align: center; margin: 18pt 0 0; }
.subject { font-weight: bold; text-align: center; text-indent: 0; margin: 0; }
h2, h3, h4 { font-size: ${SIZE_PT.body}pt; text-align: justify; text-indent: ${FIRST_LINE_INDENT_MM}mm;
  margin: ${PARAGRAPH_SPACING_PT}pt 0 0; break-after: avoid; }
h4 { font-weight: normal; font-style: italic; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; margin: ${PARAGRAPH_SPACING_PT}pt 0;
  font-size: ${SIZE_PT.table}pt; }
table.grid th, table.grid td { border: 1px solid #000; padding: 1mm 1.5mm; vertical-align: middle; }
table.grid th { font-weight: bold; text-align: center; }
table.grid caption { font-weight: bold; font-size: ${SIZE_PT.body}pt; padding-bottom: 6pt; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; }
tr.group td, tr.totals td { font-weight: bold; }
table.closing { margin-top: 12pt; }
.recipients-label { font-size: ${SIZE_PT.recipientsLabel}pt; font-weight: bold; font-style: italic; }
.recipient { font-size: ${SIZE_PT.recipients}pt; }
.sign-name { margin-top: 60pt; font-weight: bold; }
.hint { font-style: italic; font-size: ${SIZE_PT.header}pt; }
`;
