import type { DocumentBlock, RichText } from './types.js';

/** Options of a paragraph block. */
export interface ParagraphOptions {
  align?: 'justify' | 'center' | 'left' | 'right';
  indent?: boolean;
}

/** A body paragraph (justified, first-line indent unless told otherwise). */
export function paragraph(text: RichText, options: ParagraphOptions = {}): DocumentBlock {
  return { kind: 'paragraph', text, ...options };
}

/** A heading whose text carries its own numbering (`I. …`, `1. …`, `a) …`). */
export function heading(level: 1 | 2 | 3, text: string): DocumentBlock {
  return { kind: 'heading', level, text };
}

/** A `- …` item. */
export function bullet(text: RichText): DocumentBlock {
  return { kind: 'bullet', text };
}

/**
 * A form field, `Label: value`, with the value bold so the filled-in part stands out from the printed form; an
 * empty value prints the form's dotted blank.
 */
export function field(label: string, value: string | null | undefined): DocumentBlock {
  const filled = value?.trim() ? value : '……………………';
  return paragraph([{ text: `${label}: ` }, { text: filled, bold: true }], { indent: false });
}

/** A centred line, e.g. `Mã hồ sơ: …` under a form's title. */
export function centred(text: RichText): DocumentBlock {
  return paragraph(text, { align: 'center', indent: false });
}
