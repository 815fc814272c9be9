import type { RichText } from '@cchc/domain';
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';
import { FONT, mmToTwips } from './page.js';

/** Emphasis and size of a run, size in points. */
export interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
}

/** Alignments of the model mapped to Word's. */
export const ALIGNMENTS = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
} as const;

/**
 * A run in Times New Roman, black. The font is repeated on every run, not only in the default style, because a
 * reader lacking the style (some online viewers) falls back to its own font for unstyled runs.
 */
export function run(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    font: FONT,
    color: '000000',
    size: style.size * 2,
    bold: style.bold ?? false,
    italics: style.italic ?? false,
  });
}

/** Runs of rich text; a span's emphasis adds to the base style. */
export function runs(text: RichText, style: RunStyle): TextRun[] {
  if (typeof text === 'string') return [run(text, style)];
  return text.map((span) =>
    run(span.text, { size: style.size, bold: span.bold || style.bold, italic: span.italic || style.italic }),
  );
}

/** A centred single line, the building stone of the header and signature blocks. */
export function centredLine(text: string, style: RunStyle, spacingBeforePt = 0, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: spacingBeforePt * 20, after: 0 },
    keepNext,
    keepLines: true,
    children: [run(text, style)],
  });
}

/**
 * A short horizontal rule centred in its cell (under the issuer, the motto, the subject). Decree 30 sets its length
 * relative to the text above, so it is the bottom border of an empty, low paragraph narrowed by indents.
 */
export function rule(lengthMm: number, cellWidthMm: number): Paragraph {
  const side = mmToTwips(Math.max(0, (cellWidthMm - lengthMm) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    // 4 pt of line height keeps the rule clear of the descenders above it.
    spacing: { before: 0, after: 0, line: 80, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2 },
    children: [],
  });
}
