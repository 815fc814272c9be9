import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import { exportAppendixXlsx } from '../export-xlsx.js';
import { planRepository } from '../repository.js';
import { listPlanTasks, planOfTenant } from './read-plan.js';

/** An exported file: its suggested name and bytes. */
export interface ExportedFile {
  fileName: string;
  bytes: Buffer;
}

/**
 * The appendix of the plan as it stands (approved amendments included) as .xlsx: numbered tasks under their
 * groups, cells as written. Importing the file back gives the same tasks.
 */
export async function exportPlanXlsx(db: Db, tenantId: string, planId: string): Promise<ExportedFile> {
  const plan = await planOfTenant(db, tenantId, planId);
  const current = await planRepository(db).findVersion(tenantId, planId, plan.current_version);
  if (!current) throw new AppError('not_found');
  const tasks = (await listPlanTasks(db, tenantId, planId)).flatMap(({ row }) =>
    row.no === null
      ? []
      : [
          {
            no: row.no,
            group: row.group_code,
            content: row.content,
            leadText: row.lead_text,
            coordinatorsText: row.coordinators_text,
            timeframeText: row.timeframe_text,
            product: row.product,
          },
        ],
  );
  const { groups } = current.parsed;
  const bytes = await exportAppendixXlsx({ year: plan.year, title: plan.title, groups, tasks });
  return { fileName: `phu-luc-ke-hoach-cchc-${plan.year}-v${plan.current_version}.xlsx`, bytes };
}
