import type { Db } from '../../../db/database.js';
import type { Lang } from '../../../i18n/messages.js';
import { type PlanChanges, previewChanges } from '../apply-version.js';
import { type TimeframeIssue, timeframeIssues, type UnknownUnitName, unknownUnitNames } from '../import-document.js';
import { type PlanRow, planRepository } from '../repository.js';
import { type ImportRequest, type PreparedImport, parseImport, readImportFile } from './prepare-import.js';

/**
 * What confirming would do: start the year's plan, replace its draft, propose an amendment of the plan in use,
 * or nothing (the plan is closed).
 */
export type ImportAction = 'create' | 'replace_draft' | 'propose_amendment' | 'closed';

/** An import as the user reviews it before confirming. */
export interface ImportPreview extends PreparedImport {
  unknownUnits: UnknownUnitName[];
  timeframeIssues: TimeframeIssue[];
  action: ImportAction;
  plan: PlanRow | null;
  /** Against the plan's current tasks; every task is "added" for a new plan. */
  changes: PlanChanges;
}

const ACTIONS: Record<PlanRow['status'], ImportAction> = {
  draft: 'replace_draft',
  in_use: 'propose_amendment',
  closed: 'closed',
};

/** What an import confirmation would do with the plan of the year. */
export const importActionFor = (plan: PlanRow | null | undefined): ImportAction =>
  plan ? ACTIONS[plan.status] : 'create';

/** Reads and parses a plan file and compares it with the current plan of its year; writes nothing. */
export async function previewImport(
  db: Db,
  tenantId: string,
  request: ImportRequest,
  lang: Lang,
): Promise<ImportPreview> {
  const prepared = await parseImport(db, tenantId, await readImportFile(request, lang), request, lang);
  const plan = (await planRepository(db).findPlanByYear(tenantId, prepared.parsed.year)) ?? null;
  return {
    ...prepared,
    unknownUnits: unknownUnitNames(prepared.parsed),
    timeframeIssues: timeframeIssues(prepared.parsed, lang),
    action: importActionFor(plan),
    plan,
    changes: await previewChanges(db, tenantId, plan?.id ?? null, prepared.parsed),
  };
}
