import { createHash, randomUUID } from 'node:crypto';
import { type IndexKind, parseCriteriaRows } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { type FieldErrors, fieldsRefused } from '../../../errors.js';
import type { Lang } from '../../../i18n/messages.js';
import { parseInWorker, TABLE_LIMITS } from '../../../uploads/parse-pool.js';
import { recordAudit } from '../../audit/index.js';
import { parError, parMessage } from '../messages.js';
import { parRepository } from '../repository.js';

/** A criteria set is a few hundred rows: a minute is far more than any honest file needs. */
const BUDGET = { timeoutMs: 60_000 };

export interface ImportSetRequest {
  cityId: string;
  userId: string;
  kind: IndexKind;
  /** The year given with the upload; else the one the sheet's title states. */
  year: number | null;
  deadline: string | null;
  fileName: string;
  bytes: Buffer;
  now: Date;
  lang: Lang;
}

/** The first sheet that reads as a criteria set, or the problems of the first sheet when none does. */
async function readSheets(bytes: Buffer, lang: Lang) {
  const result = await parseInWorker({ kind: 'table-xlsx', bytes }, TABLE_LIMITS, BUDGET, lang);
  const sheets = 'sheets' in result ? result.sheets : [];
  const parsed = sheets.map((s) => parseCriteriaRows(s.rows, s.numbers));
  return parsed.find((p) => p.problems.length === 0 && p.criteria.length > 0) ?? parsed[0] ?? parseCriteriaRows([]);
}

/**
 * Imports a year's criteria set (PAR Index or DTI) from .xlsx as a new version: rows are read in the upload worker
 * behind the ZIP guard, every problem is answered by row (`rows.<n>.<field>`), nothing is stored unless all rows
 * read.
 */
export async function importCriteriaSet(db: Db, r: ImportSetRequest) {
  if (!/\.xlsx$/i.test(r.fileName)) throw parError('validation_failed', 'file_type', r.lang, {}, 'file');
  const parsed = await readSheets(r.bytes, r.lang);
  if (parsed.problems.length > 0) {
    const fields: FieldErrors = {};
    for (const p of parsed.problems) {
      fields[p.row === null ? 'file' : `rows.${p.row}.${p.field}`] ??= parMessage.reasoned(p.code, r.lang, p.values);
    }
    throw fieldsRefused(fields);
  }
  const year = r.year ?? parsed.year;
  if (year === null) throw parError('validation_failed', 'year_missing', r.lang, {}, 'year');
  const id = randomUUID();
  return db.transaction().execute(async (trx) => {
    const repo = parRepository(trx);
    const version = await repo.nextVersion(r.cityId, r.kind, year);
    await repo.insertSet(
      {
        tenant_id: r.cityId,
        id,
        kind: r.kind,
        year,
        version,
        title: parsed.title || `Bộ tiêu chí ${r.kind === 'par' ? 'Chỉ số CCHC' : 'DTI'} năm ${year}`,
        total_points: parsed.totalPoints,
        submit_deadline: r.deadline,
        file_name: r.fileName,
        file_sha256: createHash('sha256').update(r.bytes).digest('hex'),
        warnings: JSON.stringify(parsed.warnings),
        imported_by: r.userId,
        imported_at: r.now,
      },
      parsed.criteria,
    );
    await recordAudit(trx, {
      tenantId: r.cityId,
      actorUserId: r.userId,
      action: 'par.set_imported',
      entity: 'par_criteria_set',
      entityId: id,
      after: { kind: r.kind, year, version, criteria: parsed.criteria.length, total: parsed.totalPoints },
      at: r.now,
    });
    return { id, version, year, parsed };
  });
}
