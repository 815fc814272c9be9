import type { Db } from '../../../db/database.js';
import type { RequestContext } from '../../../http/request-context.js';
import { recordAudit } from '../../audit/index.js';
import { dossierMessage } from '../messages.js';
import { dossiersRepository } from '../repository.js';
import { dossierSideRepository } from '../side-repository.js';
import type { ActionScope } from './action-scope.js';

/** A ward's one-stop settings. */
export interface DossierSettings {
  /** The agency id on the national portal that prefixes dossier codes; null until set. */
  agencyCode: string | null;
  /** A second supplement request by one agency: docs/DOMAIN.md §3's default is to warn and allow. */
  secondSupplement: 'allow' | 'warn' | 'refuse';
  /** Who acts on a dossier: any officer with the role ('ward', the default) or the handling unit ('unit'). */
  actionScope: ActionScope;
}

/** The settings in force for a tenant, defaults filled in. */
export async function loadDossierSettings(db: Db, tenantId: string): Promise<DossierSettings> {
  const [agencyCode, row] = await Promise.all([
    dossiersRepository(db).agencyCode(tenantId),
    dossierSideRepository(db).settings(tenantId),
  ]);
  return {
    agencyCode,
    secondSupplement: row?.second_supplement ?? 'warn',
    actionScope: row?.action_scope ?? 'ward',
  };
}

/** Saves the settings. An agency code another tenant uses answers 409: codes must stay unique in the city. */
export async function updateDossierSettings(
  db: Db,
  request: RequestContext,
  input: {
    agencyCode: string;
    secondSupplement: DossierSettings['secondSupplement'];
    actionScope?: ActionScope | undefined;
  },
): Promise<DossierSettings> {
  const tenantId = request.auth.tenantId;
  await db.transaction().execute(async (trx) => {
    const before = await loadDossierSettings(trx, tenantId);
    const repo = dossiersRepository(trx);
    if (await repo.agencyCodeTaken(input.agencyCode, tenantId))
      throw dossierMessage.error('conflict', 'agency_code_taken', request.lang, { code: input.agencyCode });
    await repo.setAgencyCode(tenantId, input.agencyCode);
    await dossierSideRepository(trx).saveSettings({
      tenant_id: tenantId,
      second_supplement: input.secondSupplement,
      action_scope: input.actionScope ?? before.actionScope,
      updated_by: request.auth.userId,
      updated_at: request.now,
    });
    await recordAudit(trx, {
      tenantId,
      actorUserId: request.auth.userId,
      action: 'dossier.settings',
      entity: 'dossier_settings',
      entityId: tenantId,
      before,
      after: input,
      at: request.now,
    });
  });
  return loadDossierSettings(db, tenantId);
}
