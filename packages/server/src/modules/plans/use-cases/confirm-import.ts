import { randomUUID } from 'node:crypto';
import { normaliseUnitName, type PlanParseResult } from '@cchc/domain';
import type { PlanVersionKind, PlanVersionStatus } from '../../../db/column-types.js';
import type { Db } from '../../../db/database.js';
import type { Lang } from '../../../i18n/messages.js';
import { recordAudit } from '../../audit/index.js';
import { loadParFocalUnitId } from '../../org/index.js';
import { applyVersion, type PlanChanges, previewChanges } from '../apply-version.js';
import { planMessage } from '../messages.js';
import { type PlanRepository, type PlanRow, planRepository } from '../repository.js';
import { planTitle } from './plan-facts.js';
import { type ImportRequest, type PreparedImport, parseImport, readImportFile } from './prepare-import.js';

/** Who acts on a plan: a user of the tenant, or cchc itself (first start, the command line) with no user. */
export interface PlanActor {
  tenantId: string;
  userId: string | null;
}

/** The time and language of the action. */
export interface PlanContext {
  now: Date;
  lang: Lang;
}

/** The version an import made and what it changes (or, for a proposal, would change once approved). */
export interface ImportResult {
  planId: string;
  year: number;
  version: number;
  kind: PlanVersionKind;
  status: PlanVersionStatus;
  changes: PlanChanges;
}

/** An import with the reason the user gives for it (shown to the chairman on an amendment). */
export interface ConfirmRequest extends ImportRequest {
  note?: string;
}

async function saveAliases(db: Db, actor: PlanActor, prepared: PreparedImport, now: Date): Promise<void> {
  const repo = planRepository(db);
  for (const unit of prepared.units) {
    const known = new Set([unit.name, unit.short_name, ...unit.aliases].map(normaliseUnitName));
    const names = prepared.fixes.unitMappings
      .filter((m) => m.addAlias && m.unitId === unit.id && !known.has(normaliseUnitName(m.name)))
      .map((m) => m.name);
    if (names.length === 0) continue;
    const aliases = [...unit.aliases, ...new Set(names)];
    await repo.setUnitAliases(actor.tenantId, unit.id, aliases);
    await recordAudit(db, {
      ...{ tenantId: actor.tenantId, actorUserId: actor.userId, at: now },
      ...{ action: 'unit.add_alias', entity: 'unit', entityId: unit.id },
      ...{ before: { aliases: unit.aliases }, after: { aliases } },
    });
  }
}

async function checkPlanOpen(repo: PlanRepository, plan: PlanRow, prepared: PreparedImport, lang: Lang) {
  if (plan.status === 'closed') throw planMessage.error('conflict', 'plan_closed', lang, { year: plan.year });
  const versions = await repo.versionHashes(plan.tenant_id, plan.id);
  const pending = versions.find((v) => v.status === 'proposed');
  if (pending) throw planMessage.error('conflict', 'amendment_pending', lang, { version: pending.version });
  const same = versions.find((v) => v.source_sha256 === prepared.file.sha256 && v.status !== 'rejected');
  if (same && same.version === plan.current_version) {
    throw planMessage.error('conflict', 'same_as_current', lang, {}, 'file');
  }
}

async function createPlan(db: Db, actor: PlanActor, parsed: PlanParseResult, now: Date): Promise<PlanRow> {
  const plan: PlanRow = {
    tenant_id: actor.tenantId,
    id: randomUUID(),
    year: parsed.year,
    title: planTitle(parsed),
    status: 'draft',
    current_version: 1,
    created_by: actor.userId,
    created_at: now,
    in_use_by: null,
    in_use_at: null,
  };
  await planRepository(db).insertPlan(plan);
  return plan;
}

function versionRow(
  plan: PlanRow,
  version: number,
  prepared: PreparedImport,
  actor: PlanActor,
  request: ConfirmRequest,
) {
  const amendment = plan.status === 'in_use';
  return {
    tenant_id: plan.tenant_id,
    plan_id: plan.id,
    version,
    kind: amendment ? ('amendment' as const) : ('import' as const),
    status: amendment ? ('proposed' as const) : ('confirmed' as const),
    source_file_name: prepared.file.fileName,
    source_format: prepared.file.format,
    source_sha256: prepared.file.sha256,
    parsed: JSON.stringify(prepared.parsed),
    fixes: JSON.stringify(prepared.fixes),
    base_version: version === 1 ? null : plan.current_version,
    note: request.note?.trim() || null,
    created_by: actor.userId,
  };
}

/** Records the version; a draft (or a new plan) takes it at once, a plan in use gets it as a proposal. */
async function recordVersion(
  db: Db,
  plan: PlanRow,
  prepared: PreparedImport,
  actor: PlanActor,
  request: ConfirmRequest,
  now: Date,
) {
  const repo = planRepository(db);
  const version = await repo.nextVersion(actor.tenantId, plan.id);
  const row = { ...versionRow(plan, version, prepared, actor, request), created_at: now };
  await repo.insertVersion(row);
  let changes: PlanChanges;
  if (row.status === 'proposed') {
    changes = await previewChanges(db, actor.tenantId, plan.id, prepared.parsed);
  } else {
    const target = {
      tenantId: actor.tenantId,
      planId: plan.id,
      version,
      units: prepared.units,
      focalUnitId: await loadParFocalUnitId(db, actor.tenantId),
    };
    changes = await applyVersion(db, target, prepared.parsed);
    await repo.updatePlan(actor.tenantId, plan.id, { current_version: version, title: planTitle(prepared.parsed) });
  }
  await repo.updateVersion(actor.tenantId, plan.id, version, { changes: JSON.stringify(changes) });
  return { planId: plan.id, year: plan.year, version, kind: row.kind, status: row.status, changes };
}

/**
 * Confirms an import: the mapped names become aliases of their units when asked, then the year's plan is
 * created, its draft replaced, or (plan in use) an amendment proposed for the chairman, all in one transaction.
 */
export async function confirmImport(
  db: Db,
  actor: PlanActor,
  request: ConfirmRequest,
  context: PlanContext,
): Promise<ImportResult> {
  const read = await readImportFile(request, context.lang);
  return db.transaction().execute(async (trx) => {
    const prepared = await parseImport(trx, actor.tenantId, read, request, context.lang);
    if (prepared.parsed.appendixHeader?.recognised === false) {
      throw planMessage.error('validation_failed', 'columns_unrecognised', context.lang, {}, 'columns');
    }
    const repo = planRepository(trx);
    await repo.lockYear(actor.tenantId, prepared.parsed.year);
    const existing = await repo.findPlanByYear(actor.tenantId, prepared.parsed.year);
    if (existing) await checkPlanOpen(repo, existing, prepared, context.lang);
    await saveAliases(trx, actor, prepared, context.now);
    const plan = existing ?? (await createPlan(trx, actor, prepared.parsed, context.now));
    const result = await recordVersion(trx, plan, prepared, actor, request, context.now);
    const { added, removed, edited } = result.changes;
    await recordAudit(trx, {
      ...{ tenantId: actor.tenantId, actorUserId: actor.userId, at: context.now },
      ...{
        action: result.kind === 'amendment' ? 'plan.propose_amendment' : 'plan.import',
        entity: 'plan',
        entityId: plan.id,
      },
      after: {
        version: result.version,
        file: prepared.file.fileName,
        added: added.length,
        removed: removed.length,
        edited: edited.length,
      },
    });
    return result;
  });
}
