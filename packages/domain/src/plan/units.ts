// Unit names as documents write them ("Phòng VHXXH", "phòng Văn hoá – Xã hội", "Văn phòng HĐND& UBND phường")
// resolved to the tenant's unit list. Unknown names are kept and reported, never guessed.
import type { UnitDefinition } from '../org/default-units.js';
import { collapseSpaces, normaliseDocument, stripTrailingPunctuation } from './text.js';
import type { UnitRef } from './types.js';

/** Names of a unit list keyed by their normalised form; build once per import, reuse for every cell. */
export interface UnitIndex {
  readonly byKey: ReadonlyMap<string, UnitDefinition>;
  /** Names already looked up: a plan repeats the same few names in every row. */
  readonly lookups: Map<string, UnitDefinition | null>;
}

/** Vietnamese tone marks. Writers disagree on which vowel carries them ("hoá"/"hóa", "uỷ"/"ủy"). */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const DASHES = /\s*[-‐‑‒–—―]\s*/g;
/** The longest run of separated pieces tried as one name: "Phòng Kinh tế, Hạ tầng và Đô thị" has three. */
const MAX_NAME_PIECES = 6;
/** Words that open a group expression ("Các phòng, đơn vị chuyên môn", "Cơ quan nhà nước, …"), not a unit. */
const GROUP_START = /^(các|những|mọi|toàn bộ|cơ quan|đơn vị|tổ chức|cá nhân)(\s|$)/u;

function moveTonesToWordEnd(word: string): string {
  const tones = word.match(TONE_MARKS);
  return tones === null ? word : word.replace(TONE_MARKS, '') + tones.sort().join('');
}

/**
 * The comparison key of a unit name: NFC input, case-insensitive, one space, one dash, "&" read as "và", tone
 * marks moved to the end of their word so that "hoá" and "hóa" compare equal, final punctuation ignored.
 */
export function normaliseUnitName(name: string): string {
  const plain = collapseSpaces(normaliseDocument(name).replace(/\n/g, ' ').replace(/&/g, ' và '));
  const words = stripTrailingPunctuation(plain).toLowerCase().normalize('NFD').replace(DASHES, ' - ');
  return collapseSpaces(words.replace(/[\p{L}\p{M}]+/gu, moveTonesToWordEnd));
}

/** What a ward, a commune or a special zone writes after its units' names: "Văn phòng HĐND và UBND xã". */
const WARD_SUFFIXES = ['phường', 'xã', 'đặc khu', 'thị trấn'].map((word) => ` ${normaliseUnitName(word)}`);

/** The key with a trailing "phường" / "xã" dropped: "Trung tâm … công phường" names the same unit. */
function withoutWardSuffix(key: string): string {
  const suffix = WARD_SUFFIXES.find((s) => key.endsWith(s));
  return suffix === undefined ? key : key.slice(0, -suffix.length);
}

/** Indexes every name, short name and alias of the units; on a clash the earlier unit keeps the name. */
export function createUnitIndex(units: readonly UnitDefinition[]): UnitIndex {
  const byKey = new Map<string, UnitDefinition>();
  for (const unit of units) {
    for (const name of [unit.name, unit.shortName, ...unit.aliases]) {
      const key = normaliseUnitName(name);
      for (const variant of [key, withoutWardSuffix(key)]) {
        if (variant !== '' && !byKey.has(variant)) byKey.set(variant, unit);
      }
    }
  }
  return { byKey, lookups: new Map() };
}

function asIndex(units: readonly UnitDefinition[] | UnitIndex): UnitIndex {
  return 'byKey' in units ? units : createUnitIndex(units);
}

/** The unit a single name stands for, or null. */
export function findUnit(name: string, units: readonly UnitDefinition[] | UnitIndex): UnitDefinition | null {
  const { byKey, lookups } = asIndex(units);
  const known = lookups.get(name);
  if (known !== undefined) return known;
  const key = normaliseUnitName(name);
  const unit = byKey.get(key) ?? byKey.get(withoutWardSuffix(key)) ?? null;
  lookups.set(name, unit);
  return unit;
}

interface Pieces {
  names: string[];
  separators: string[];
}

/**
 * Splits at ";", ",", "và", "&", "+" and line breaks, keeping the separators so joined pieces stay verbatim:
 * "Văn phòng HĐND & UBND" is tried whole before its pieces, so it stays one unit when the ward has it.
 */
function splitPieces(text: string): Pieces {
  const parts = text.split(/(\s*[;,&+]\s*|\s+và\s+|\s*\n\s*)/u);
  return { names: parts.filter((_, i) => i % 2 === 0), separators: parts.filter((_, i) => i % 2 === 1) };
}

function joinPieces(pieces: Pieces, from: number, to: number): string {
  let text = pieces.names[from] ?? '';
  for (let i = from + 1; i <= to; i++) text += (pieces.separators[i - 1] ?? ' ') + (pieces.names[i] ?? '');
  return text.trim();
}

/** The longest run of pieces from `from` that names a unit, as [unit, last piece index]. */
function matchUnitAt(pieces: Pieces, from: number, index: UnitIndex): [UnitDefinition, number] | null {
  const last = Math.min(pieces.names.length - 1, from + MAX_NAME_PIECES - 1);
  for (let to = last; to >= from; to--) {
    const unit = findUnit(joinPieces(pieces, from, to), index);
    if (unit) return [unit, to];
  }
  return null;
}

class RefBuilder {
  readonly units: UnitDefinition[] = [];
  readonly groups: string[] = [];
  readonly unknown: string[] = [];

  addUnit(unit: UnitDefinition): void {
    if (!this.units.includes(unit)) this.units.push(unit);
  }

  build(text: string): UnitRef {
    const ref: UnitRef = {
      text,
      units: this.units.map((u) => u.name),
      unitCodes: this.units.map((u) => u.code),
      unknown: this.unknown,
    };
    if (this.groups.length > 0) ref.group = this.groups.join('; ');
    return ref;
  }
}

/** A cell written as a list ("- Phòng VHXH" / "- Công an phường") read as names separated by ";". */
function listLines(text: string): string {
  const lines = normaliseDocument(text)
    .split('\n')
    .map((line) => collapseSpaces(line.replace(/^\s*[-–•+]\s+/u, '')))
    .filter((line) => line !== '');
  return lines.map((line) => stripTrailingPunctuation(line)).join('; ');
}

/**
 * Resolves a cell naming one or several units ("Phòng KTHT&ĐT; các đơn vị liên quan"). A unit's own name may
 * contain a separator ("Phòng Kinh tế, Hạ tầng và Đô thị"), so the longest known run of pieces wins. A group
 * expression runs until the next known unit and is kept as `group`; any other piece goes to `unknown`.
 */
export function resolveUnitNames(text: string, units: readonly UnitDefinition[] | UnitIndex): UnitRef {
  const index = asIndex(units);
  const display = collapseSpaces(normaliseDocument(text).replace(/\n/g, ' '));
  const pieces = splitPieces(stripTrailingPunctuation(listLines(text)));
  const ref = new RefBuilder();
  let i = 0;
  while (i < pieces.names.length) {
    const name = (pieces.names[i] ?? '').trim();
    const match = name === '' ? null : matchUnitAt(pieces, i, index);
    if (match) {
      ref.addUnit(match[0]);
      i = match[1] + 1;
    } else if (GROUP_START.test(name.toLowerCase())) {
      let end = i;
      while (end + 1 < pieces.names.length && !matchUnitAt(pieces, end + 1, index)) end++;
      ref.groups.push(stripTrailingPunctuation(joinPieces(pieces, i, end)));
      i = end + 1;
    } else {
      if (name !== '') ref.unknown.push(stripTrailingPunctuation(name));
      i++;
    }
  }
  return ref.build(display);
}

/** Units a sentence mentions anywhere, for duties written without a "Unit:" lead-in. Reports nothing unknown. */
export function unitsMentioned(text: string, units: readonly UnitDefinition[] | UnitIndex): UnitRef {
  const { byKey } = asIndex(units);
  const display = collapseSpaces(normaliseDocument(text).replace(/\n/g, ' '));
  const haystack = ` ${normaliseUnitName(display)} `;
  const found: [number, UnitDefinition][] = [];
  for (const [key, unit] of byKey) {
    const at = haystack.indexOf(` ${key} `);
    if (at >= 0) found.push([at, unit]);
  }
  const ref = new RefBuilder();
  for (const [, unit] of found.sort((a, b) => a[0] - b[0])) ref.addUnit(unit);
  return ref.build(display);
}
