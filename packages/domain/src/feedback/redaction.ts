/** What replaces removed personal data in published text. */
export const REDACTED = '[đã ẩn]';
/** What replaces a dossier code: the code would let anyone look the applicant's dossier up. */
export const REDACTED_DOSSIER_CODE = '[mã hồ sơ]';

/** What the caller knows about the person, beyond what patterns can find. */
export interface RedactionKnown {
  /** The submitter's name and any other names to hide (the officers' names stay: they act in office). */
  names?: readonly (string | null | undefined)[];
  /** The submitter's contact as given (phone, e-mail, address): removed as written. */
  contacts?: readonly (string | null | undefined)[];
}

/** Text ready for the public page, and how many pieces were removed. */
export interface RedactionResult {
  text: string;
  removed: number;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Dossier codes {agency}-{yymmdd}-{sequence}, e.g. H15.50.05.13-261008-0975 (docs/DOMAIN.md §3).
const DOSSIER_CODE = /\b[A-Z0-9]{1,4}(?:\.\d{2}){1,4}-\d{6}-\d{4}\b/g;
// Phone numbers (0912 345 678, +84 912.345.678) and identity numbers (CMND 9 digits, CCCD 12): 9 to 12
// digits, optionally grouped by spaces, dots or dashes. Amounts such as 1.000.000 have fewer digits.
const DIGIT_RUN = /(?<![\p{L}\p{N}])(?:\+84[\s.-]?)?\d(?:[\s.-]?\d){8,11}(?![\p{L}\p{N}])/gu;

/** Folds a character to its unaccented lower-case letter, keeping one character per character. */
function foldChar(ch: string): string {
  if (ch === 'đ' || ch === 'Đ') return 'd';
  return (
    ch
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .charAt(0) || ch
  );
}

/** Text folded unit by unit: positions in the result are positions in the input (NFC letters are one unit). */
const fold = (text: string): string => text.split('').map(foldChar).join('');

const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Replaces every whole-word occurrence of `needle` in `text`, ignoring case and Vietnamese accents. */
function replaceFolded(text: string, needle: string, by: string): { text: string; count: number } {
  const target = fold(needle.trim().normalize('NFC'));
  if (target.length < 2) return { text, count: 0 };
  let out = '';
  let count = 0;
  let i = 0;
  const folded = fold(text);
  for (let at = folded.indexOf(target); at !== -1; at = folded.indexOf(target, at + target.length)) {
    if (isLetter(text[at - 1]) || isLetter(text[at + target.length])) continue;
    out += text.slice(i, at) + by;
    i = at + target.length;
    count++;
  }
  return { text: out + text.slice(i), count };
}

function replacePattern(text: string, pattern: RegExp, by: string): { text: string; count: number } {
  let count = 0;
  const replaced = text.replace(pattern, () => {
    count++;
    return by;
  });
  return { text: replaced, count };
}

/**
 * Removes personal data from a feedback or its answer before publication: the submitter's name and contact as
 * given, e-mail addresses, phone and identity numbers, and dossier codes. Patterns cannot find every address
 * or relative's name, so the officer reviews the result before publishing; this is the first pass, not the
 * only one.
 */
export function redactPersonalData(text: string, known: RedactionKnown = {}): RedactionResult {
  let current = text.normalize('NFC');
  let removed = 0;
  const apply = (step: { text: string; count: number }) => {
    current = step.text;
    removed += step.count;
  };
  const exact = [...(known.contacts ?? []), ...(known.names ?? [])].filter((s): s is string => !!s?.trim());
  // Longest first, so a full name goes before a part of it.
  for (const value of exact.sort((a, b) => b.length - a.length)) apply(replaceFolded(current, value, REDACTED));
  apply(replacePattern(current, EMAIL, REDACTED));
  apply(replacePattern(current, DOSSIER_CODE, REDACTED_DOSSIER_CODE));
  apply(replacePattern(current, DIGIT_RUN, REDACTED));
  return { text: current, removed };
}
