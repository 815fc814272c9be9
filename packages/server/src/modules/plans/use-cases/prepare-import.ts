import { type AppendixColumn, PlanParseError, type PlanParseResult, parsePlanText } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { Lang } from '../../../i18n/messages.js';
import {
  applyTimeframeFixes,
  carryOverProse,
  type ImportFixes,
  isAppendixOnly,
  type TimeframeFix,
  type UnitMapping,
  unitsWithMappings,
} from '../import-document.js';
import { notAPlanError, planMessage } from '../messages.js';
import { type CheckedPlanFile, checkPlanFile, type PlanFile } from '../readers/plan-file.js';
import { readPlanText } from '../readers/read-plan-text.js';
import { planRepository, type TenantUnitRow } from '../repository.js';

/** A plan file and what the user decided about it. */
export interface ImportRequest extends PlanFile {
  unitMappings?: UnitMapping[];
  /** The appendix's columns as the user mapped them (the wizard's answer to an unknown header). */
  columns?: (AppendixColumn | null)[];
  timeframeFixes?: TimeframeFix[];
}

/** A plan file read and parsed against the tenant's units, with the user's fixes applied. */
export interface PreparedImport {
  file: CheckedPlanFile;
  parsed: PlanParseResult;
  fixes: ImportFixes;
  units: TenantUnitRow[];
}

/** A file read into the plain text the parser takes; no database needed. */
export interface ReadPlanFile {
  file: CheckedPlanFile;
  text: string;
}

/** Checks the file's type and size and reads its text (docx tables and xlsx rows become tab-separated lines). */
export async function readImportFile(file: PlanFile, lang: Lang): Promise<ReadPlanFile> {
  const checked = checkPlanFile(file, lang);
  return { file: checked, text: await readPlanText(checked, lang) };
}

const toDefinition = (u: TenantUnitRow) => ({
  id: u.id,
  code: u.code,
  name: u.name,
  shortName: u.short_name,
  aliases: u.aliases,
});

/** Parses plan text, turning "not a plan" into a 400 that names every part the file lacks. */
export function parseOrRefuse(
  text: string,
  units: Parameters<typeof parsePlanText>[1]['units'],
  lang: Lang,
  columns?: readonly (AppendixColumn | null)[],
) {
  try {
    return parsePlanText(text, { units, ...(columns ? { columns } : {}) });
  } catch (e) {
    if (!(e instanceof PlanParseError)) throw e;
    throw notAPlanError(e.missing, lang);
  }
}

function checkMappings(mappings: readonly UnitMapping[], units: readonly TenantUnitRow[], lang: Lang) {
  return mappings.map((m, i) => {
    const unit = units.find((u) => u.id === m.unitId);
    if (!unit) {
      throw planMessage.error('validation_failed', 'unknown_unit', lang, {}, `unitMappings.${i}.unitId`);
    }
    return { ...m, unitCode: unit.code };
  });
}

/**
 * Parses a read file for a tenant: its units plus the mapped names resolve the cells, the timeframe fixes
 * replace doubtful timeframes, and an appendix-only file takes the prose of the plan's current version.
 */
export async function parseImport(
  db: Db,
  tenantId: string,
  read: ReadPlanFile,
  request: Pick<ImportRequest, 'unitMappings' | 'timeframeFixes' | 'columns'>,
  lang: Lang,
): Promise<PreparedImport> {
  const repo = planRepository(db);
  const units = await repo.listUnits(tenantId);
  const unitMappings = checkMappings(request.unitMappings ?? [], units, lang);
  const definitions = unitsWithMappings(units.map(toDefinition), request.unitMappings ?? []);
  const first = parseOrRefuse(read.text, definitions, lang, request.columns);
  const fixed = applyTimeframeFixes(first, request.timeframeFixes ?? [], lang);
  let parsed = fixed.parsed;
  const plan = await repo.findPlanByYear(tenantId, parsed.year);
  const base = plan && (await repo.findVersion(tenantId, plan.id, plan.current_version));
  const proseCarriedOver = Boolean(base) && isAppendixOnly(parsed);
  if (base && proseCarriedOver) parsed = carryOverProse(parsed, base.parsed);
  return { file: read.file, parsed, fixes: { unitMappings, timeframeFixes: fixed.applied, proseCarriedOver }, units };
}
