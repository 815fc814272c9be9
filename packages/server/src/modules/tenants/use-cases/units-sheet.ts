import { type FieldErrors, fieldsRefused } from '../../../errors.js';
import type { Lang } from '../../../i18n/messages.js';
import { schemaFieldErrors } from '../../../i18n/zod-fields.js';
import { tenantMessage } from '../messages.js';
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
  const problems: FieldErrors = {};
  const units: UnitIn[] = [];
  for (const { row, values } of rows) {
    const aliases = (values.aliases ?? '')
      .split(/[;\n]/)
      .map((a) => a.trim())
      .filter((a) => a !== '');
    const parsed = unitIn.safeParse({ ...values, aliases });
    if (parsed.success) units.push(parsed.data);
    else {
      const fields = schemaFieldErrors(unitIn, { ...values, aliases }, lang, 'unit') ?? {};
      for (const [field, { message, reason }] of Object.entries(fields)) {
        // The sentence names the sheet's row for the person fixing the file; the reason keeps zod's code.
        problems[`units.${row}.${field}`] = {
          message: tenantMessage('sheet_row', lang, { row, field, problem: message }),
          reason: { code: reason.code, values: { ...reason.values, row } },
        };
      }
    }
  }
  if (Object.keys(problems).length > 0) throw fieldsRefused(problems);
  return units;
}
