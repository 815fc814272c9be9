// Where things are in a criteria sheet: provinces lay the table out differently (a title block above, one or two
// header rows, extra columns), so the header row is found and columns are matched by what their headers mean.

/** A header as compared: lower case, no Vietnamese marks, letters and digits only (`Điểm tối đa` → `diemtoida`). */
export function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The columns of a criteria sheet; only `title` and `maxPoints` are required. */
export type SheetField = 'label' | 'title' | 'maxPoints' | 'method' | 'guide' | 'source';

/** For each field, a test on the header key, tried in this order so that a column is taken once. */
const FIELD_TESTS: readonly [SheetField, (key: string) => boolean][] = [
  ['label', (k) => /^(stt|tt|sothutu|so|ma|matieuchi|kyhieu|sott)$/.test(k)],
  ['source', (k) => k.includes('nguondulieu') || k === 'dulieu' || k === 'nguon'],
  ['method', (k) => /(phuongphap|phuongthuc|hinhthuccham|loaicham|kieucham|cachthucdanhgia)/.test(k)],
  ['guide', (k) => /(huongdan|cachtinh|cachcham|yeucau|mucdiemchitiet|cachxacdinh)/.test(k)],
  [
    'maxPoints',
    (k) => k.includes('diem') && /(toida|chuan|thangdiem)/.test(k) && !/(tucham|tudanhgia|thamdinh)/.test(k),
  ],
  ['title', (k) => /(noidung|tieuchi|linhvuc|chiso)/.test(k)],
];

/** A bare "Điểm" column is the maximum when no column says so more precisely. */
const plainPoints = (k: string) => k === 'diem' || k === 'sodiem' || k === 'diemso';

const keysOf = (row: readonly string[], below: readonly string[] = []) =>
  Array.from({ length: Math.max(row.length, below.length) }, (_, i) => headerKey(`${row[i] ?? ''}${below[i] ?? ''}`));

const specificPoints = (columns: Map<SheetField, number>, keys: readonly string[]) => {
  const at = columns.get('maxPoints');
  return at !== undefined && !plainPoints(keys[at] ?? '');
};

/** Columns of each field found in a header. */
export function mapSheetColumns(keys: readonly string[]): Map<SheetField, number> {
  const found = new Map<SheetField, number>();
  const taken = new Set<number>();
  for (const [field, test] of FIELD_TESTS) {
    const index = keys.findIndex((k, i) => !taken.has(i) && k !== '' && test(k));
    if (index !== -1) {
      found.set(field, index);
      taken.add(index);
    }
  }
  if (!found.has('maxPoints')) {
    const index = keys.findIndex((k, i) => !taken.has(i) && plainPoints(k));
    if (index !== -1) found.set('maxPoints', index);
  }
  return found;
}

/** The header of a sheet: its row (0-based), how many rows it spans and the column of each field. */
export interface SheetLayout {
  headerRow: number;
  headerRows: number;
  columns: Map<SheetField, number>;
}

/**
 * Looks for the header in the first rows: the first row with a title column and a points column. A second header
 * row without figures (a "Điểm" merged over "Tối đa | Tự chấm") is read with it when it names the maximum better.
 */
export function findLayout(rows: readonly (readonly string[])[], scan = 25): SheetLayout | null {
  for (let at = 0; at < Math.min(rows.length, scan); at++) {
    const row = rows[at] ?? [];
    const below = rows[at + 1] ?? [];
    const alone = keysOf(row);
    const columns = mapSheetColumns(alone);
    if (!columns.has('title')) continue;
    if (!below.some((c) => /\d/.test(c))) {
      const joined = keysOf(row, below);
      const both = mapSheetColumns(joined);
      if (both.has('title') && specificPoints(both, joined) && !specificPoints(columns, alone)) {
        return { headerRow: at, headerRows: 2, columns: both };
      }
    }
    if (columns.has('maxPoints')) return { headerRow: at, headerRows: 1, columns };
  }
  return null;
}
