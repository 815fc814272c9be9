// The numbering of a criteria sheet: "A"/"B" parts, "I"/"II" or "1" areas, "1.1" criteria, "1.1.1" or "a)"
// sub-criteria, "-"/"+" items. The kind of a label decides where a row sits in the tree.

/** What a row's number is. */
export type LabelKind = 'part' | 'roman' | 'dotted' | 'letter' | 'bullet' | 'none';

export interface Label {
  kind: LabelKind;
  /** As written, trimmed. */
  text: string;
  /** Its key in a code: `2` for "II", `1.2` for "1.2.", `a` for "a)". */
  key: string;
}

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN_VALUES[text[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Reads a number cell: "II.", "1.2.", "a)", "b.", "A", "Phần B", "-", "+". */
export function readLabel(raw: string): Label {
  const text = raw.trim();
  const bare = text
    .replace(/^(phần|phan)\s+/iu, '')
    .replace(/[.):]+$/u, '')
    .trim();
  if (/^[-+•*]$/.test(bare) || /^[-+•]/.test(text)) return { kind: 'bullet', text, key: '' };
  if (/^(phần|phan)\s+/iu.test(text) || /^[A-D]$/.test(bare)) return { kind: 'part', text, key: bare.toUpperCase() };
  if (bare !== '' && ROMAN.test(bare)) return { kind: 'roman', text, key: String(romanValue(bare)) };
  if (/^\d+(\.\d+)*$/.test(bare)) return { kind: 'dotted', text, key: bare };
  if (/^[a-zđ]$/u.test(bare)) return { kind: 'letter', text, key: bare === 'đ' ? 'dd' : bare };
  return { kind: 'none', text, key: '' };
}

/**
 * A number written at the start of the title when the sheet has no number column ("1.2. Tiêu chí…",
 * "a) …", "II. …"): the number needs its dot or bracket, so a title starting with a word is never cut.
 */
export function splitLeadingLabel(title: string): { label: string; title: string } {
  const match = /^\s*((?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]|\d+\.\d+(?:\.\d+)*|[-+•])\s+(.*)$/su.exec(title);
  if (!match) return { label: '', title: title.trim() };
  return { label: match[1] ?? '', title: (match[2] ?? '').trim() };
}
