import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.js';
import type { RequestContext } from '../../../http/request-context.js';
import { readTableFile } from '../../../uploads/table-file.js';
import { recordAudit } from '../../audit/index.js';
import { type UnitFinder, unitFinder } from '../../org/index.js';
import { limitColumns } from '../records.js';
import { proceduresRepository } from '../repository.js';
import { type CatalogueProblem, type CatalogueRow, type CatalogueStep, parseCatalogue } from './parse-catalogue.js';

/** What an import of the catalogue did. */
export interface CatalogueImportReport {
  created: number;
  updated: number;
  rejected: CatalogueProblem[];
}

function procedureColumns(row: CatalogueRow, unitId: string | null, now: Date) {
  return {
    name: row.name,
    field: row.field,
    ...limitColumns(row.limit),
    fee: row.fee,
    online_level: row.onlineLevel,
    returns_paper_result: row.returnsPaperResult,
    unit_id: unitId,
    components: row.components,
    incomplete: false,
    updated_at: now,
  };
}

async function saveSteps(db: Db, tenantId: string, ids: Map<string, string>, steps: CatalogueStep[], find: UnitFinder) {
  const repo = proceduresRepository(db);
  for (const [code, id] of ids) {
    const own = steps.filter((s) => s.code === code).sort((a, b) => a.no - b.no);
    if (own.length === 0) continue;
    const rows = own.map((s, index) => ({
      tenant_id: tenantId,
      procedure_id: id,
      no: index + 1,
      name: s.name,
      unit_id: find(s.unitName) ?? null,
      // A step whose unit is not one of the ward's is another agency's (liên thông).
      agency: s.agency ?? (s.unitName !== null && find(s.unitName) === undefined ? s.unitName : null),
      budget_hours: s.budgetHours,
    }));
    await repo.replaceSteps(tenantId, id, rows);
  }
}

/**
 * Imports the ward's procedure catalogue from an .xlsx (or .csv) file: new codes are added, known ones updated
 * (which also completes those an import of dossiers created from a bare code), steps replaced where the file lists
 * them. Rows it cannot read are reported, the others saved, in one transaction.
 */
export async function importCatalogue(
  db: Db,
  context: RequestContext,
  fileName: string,
  bytes: Buffer,
): Promise<CatalogueImportReport> {
  const tenantId = context.auth.tenantId;
  const { procedures, steps, problems } = parseCatalogue(await readTableFile(fileName, bytes));
  return db.transaction().execute(async (trx) => {
    const repo = proceduresRepository(trx);
    const find = await unitFinder(trx, tenantId);
    const existing = new Map(
      (
        await repo.findByCodes(
          tenantId,
          procedures.map((p) => p.code),
        )
      ).map((row) => [row.code, row.id]),
    );
    const ids = new Map<string, string>();
    let [created, updated] = [0, 0];
    for (const row of procedures) {
      const unitId = find(row.unitName);
      if (unitId === undefined)
        problems.push({ row: row.row, code: row.code, reason: `Không có đơn vị "${row.unitName}": để trống` });
      const columns = procedureColumns(row, unitId ?? null, context.now);
      const known = existing.get(row.code) ?? ids.get(row.code);
      if (known) {
        await repo.update(tenantId, known, columns);
        ids.set(row.code, known);
        updated++;
      } else {
        const id = randomUUID();
        await repo.insert({ tenant_id: tenantId, id, code: row.code, created_at: context.now, ...columns });
        ids.set(row.code, id);
        created++;
      }
    }
    await saveSteps(trx, tenantId, ids, steps, find);
    await recordAudit(trx, {
      tenantId,
      actorUserId: context.auth.userId,
      action: 'procedure.import',
      entity: 'procedure',
      entityId: fileName,
      after: { created, updated, rejected: problems.length },
      at: context.now,
    });
    return { created, updated, rejected: problems.sort((a, b) => a.row - b.row) };
  });
}
