// Text helpers shared by the plan parser. Every output string goes through these so that CRLF, non-breaking
// spaces and decomposed Unicode give byte-identical results.

/** Space-like characters a word processor leaves behind; all read as a plain space. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Invisible characters (zero-width, soft hyphen, BOM) that only break matching. */
const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Control characters other than tab and newline: garbage from copy-paste, never meaningful. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** Normalises a whole document: LF line ends, NFC, plain spaces. Tabs are kept: they separate table cells. */
export function normaliseDocument(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLES, '')
    .replace(CONTROLS, '');
}

/** Collapses runs of spaces and tabs to one space and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t]+/g, ' ').trim();
}

const VOWELS = /[aeiouy]/;

/** True when a word carries a vowel; a Vietnamese syllable always does, so a word without one is a fragment. */
function hasVowel(word: string): boolean {
  const bare = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return VOWELS.test(bare);
}

/**
 * What goes between two pieces of text broken by a page break. The break usually falls between words ("tăng" /
 * "cường"), but sometimes inside one ("nhiệm vụ đ" / "ược giao"): a last fragment with no vowel cannot be a
 * syllable, so it is glued.
 */
function breakSeparator(head: string, tail: string): string {
  const lastWord = head.slice(head.lastIndexOf(' ') + 1);
  return /^\p{L}+$/u.test(lastWord) && !hasVowel(lastWord) && /^\p{Ll}/u.test(tail) ? '' : ' ';
}

/**
 * Joins the pieces of a text broken by page breaks, in one pass: each separator depends only on the two pieces
 * it stands between, so a paragraph continued over thousands of lines costs linear time.
 */
export function joinBrokenPieces(pieces: readonly string[]): string {
  const out: string[] = [];
  let previous = '';
  for (const raw of pieces) {
    const piece = raw.trim();
    if (piece === '') continue;
    if (previous !== '') out.push(breakSeparator(previous, piece));
    out.push(piece);
    previous = piece;
  }
  return out.join('');
}

/** True when the text has letters and none of them is lower case (section headings are in capitals). */
export function isUpperCaseText(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** True when the text starts with a lower-case letter: the sign of a line continuing the previous one. */
export function startsLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** Drops the punctuation that ends a heading or a list entry (":", ";", ",", ".") and trailing spaces. */
export function stripTrailingPunctuation(text: string): string {
  return text.replace(/[\s:;,.]+$/u, '');
}

/** Roman numerals up to 39, enough for plan sections and appendix groups. */
export function romanToInt(roman: string): number | null {
  const match = /^(X{0,3})(IX|IV|V?I{0,3})$/i.exec(roman);
  if (!match || roman === '') return null;
  const ones: Record<string, number> = { '': 0, i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9 };
  return (match[1] ?? '').length * 10 + (ones[(match[2] ?? '').toLowerCase()] ?? 0);
}
