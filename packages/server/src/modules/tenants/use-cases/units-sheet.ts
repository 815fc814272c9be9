import { AppError } from '../../../errors.js';
import type { Lang } from '../../../i18n/messages.js';
import { type UnitIn, unitIn } from '../schemas.js';
import { readSheet } from '../sheet-rows.js';

const UNIT_COLUMNS = {
  code: ['code', 'ma', 'ma don vi'],
  name: ['name', 'ten', 'ten don vi', 'ten day du'],
  shortName: ['short name', 'shortname', 'ten viet tat', 'ten ngan'],
  aliases: ['aliases', 'alias', 'ten khac', 'cach viet khac', 'ten goi khac'],
} as const;

/**
 * A ward's units from a sheet: code, name, short name and the other names documents use for it (separated by
 * `;` or new lines), so the plan importer recognises them.
 */
export async function unitsFromSheet(bytes: Buffer, lang: Lang): Promise<UnitIn[]> {
  const rows = await readSheet<keyof typeof UNIT_COLUMNS>(bytes, UNIT_COLUMNS, ['code', 'name'], lang);
  const problems: Record<string, string> = {};
  const units: UnitIn[] = [];
  for (const { row, values } of rows) {
    const aliases = (values.aliases ?? '')
      .split(/[;\n]/)
      .map((a) => a.trim())
      .filter((a) => a !== '');
    const parsed = unitIn.safeParse({ ...values, aliases });
    if (parsed.success) units.push(parsed.data);
    else
      problems[`units.${row}`] = parsed.error.issues
        .map((i) => `dòng ${row}, ${i.path.join('.')}: ${i.message}`)
        .join('; ');
  }
  if (Object.keys(problems).length > 0)
    throw new AppError('validation_failed', Object.values(problems).join('; '), problems);
  return units;
}
