import { randomBytes, randomUUID } from 'node:crypto';
import { blockOf } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError, type FieldErrors, fieldsRefused } from '../../../errors.js';
import type { Actor } from '../../../http/request-context.js';
import type { Lang } from '../../../i18n/messages.js';
import { recordAudit } from '../../audit/index.js';
import { createUser } from '../../org/index.js';
import { tenantMessage } from '../messages.js';
import { presentTenant } from '../presenter.js';
import { type TenantsRepository, tenantsRepository } from '../repository.js';
import type { AccountIn, TenantCreate } from '../schemas.js';
import { uploadBytes } from '../sheet-rows.js';
import { copyCatalogue, copySettings } from '../template-repository.js';
import { unitsFromSheet } from './units-sheet.js';
import { duplicateUnitCodes, wardUnits } from './ward-units.js';

/**
 * Creates a ward, commune or special zone of the city with its units, its settings copied from a template ward
 * and its first admin. Every problem is found before anything is written, so a refused create leaves nothing.
 */
export async function createWard(db: Db, input: TenantCreate, actor: Actor) {
  const repo = tenantsRepository(db);
  const city = await repo.city();
  if (!city) throw new Error('no city tenant'); // a broken installation: a 500, the detail in the log only
  const listed = input.unitsFile
    ? await unitsFromSheet(uploadBytes(input.unitsFile.contentBase64, actor.lang), actor.lang)
    : input.units;
  const units = wardUnits(input.kind, listed);
  const template = input.templateCode ? await repo.find(input.templateCode) : null;
  await refuseConflicts(repo, input, actor.lang, { units, templateFound: template !== undefined });
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const row = {
      id,
      code: input.code,
      kind: input.kind,
      parent_id: city.id,
      name: input.name,
      short_name: input.shortName ?? shortNameOf(input.name),
      agency_code: input.agencyCode ?? null,
      admin_unit_code: input.adminUnitCode ?? null,
      created_at: actor.now,
    };
    const inTrx = tenantsRepository(trx);
    await inTrx.insert(row);
    await inTrx.insertUnits(
      units.map((u) => ({
        tenant_id: id,
        id: randomUUID(),
        code: u.code,
        name: u.name,
        short_name: u.shortName,
        aliases: u.aliases,
        created_at: actor.now,
      })),
    );
    if (template) {
      await copySettings(trx, template.id, id, actor.now);
      await copyCatalogue(trx, template.id, id, actor.now);
    }
    await recordAudit(trx, {
      tenantId: id,
      actorUserId: actor.userId,
      action: 'create',
      entity: 'tenant',
      entityId: id,
      after: { ...row, units: units.map((u) => u.code), template: template?.code ?? null },
      at: actor.now,
    });
  });
  const firstAdmin = input.firstAdmin ? await createAccount(db, id, input.firstAdmin, actor) : null;
  const created = await repo.byId(id);
  if (!created) throw new AppError('internal');
  return {
    ...presentTenant(created),
    units: units.map((u) => ({ code: u.code, name: u.name })),
    copiedSettingsFrom: template?.code ?? null,
    firstAdmin,
  };
}

/** "Phường Lê Chân" → "Lê Chân": the name without its level word, as tables print it. */
export const shortNameOf = (name: string) => name.replace(/^(phường|xã|đặc khu)\s+/iu, '').trim() || name;

async function refuseConflicts(
  repo: TenantsRepository,
  input: TenantCreate,
  lang: Lang,
  context: { units: { code: string }[]; templateFound: boolean },
) {
  const fields: FieldErrors = {};
  const block = blockOf(input.kind);
  if (input.block !== undefined && input.block !== block)
    fields.block = tenantMessage.reasoned('block_mismatch', lang, { block: input.block, kind: input.kind });
  if (await repo.holderOf('code', input.code))
    fields.code = tenantMessage.reasoned('code_taken', lang, { code: input.code });
  await uniqueCodes(repo, input, lang, fields);
  if (!context.templateFound)
    fields.templateCode = tenantMessage.reasoned('no_template', lang, { code: input.templateCode ?? '' });
  const twice = duplicateUnitCodes(context.units);
  if (twice.length > 0) fields.units = tenantMessage.reasoned('unit_codes_twice', lang, { codes: twice.join(', ') });
  if (input.firstAdmin && (await repo.usernameTaken(input.firstAdmin.username)))
    fields['firstAdmin.username'] = tenantMessage.reasoned('username_taken', lang, {
      username: input.firstAdmin.username,
    });
  if (Object.keys(fields).length === 0) return;
  // A value another ward holds is a conflict (409); anything else is bad input (400).
  const taken = ['code', 'agencyCode', 'adminUnitCode', 'firstAdmin.username'].some((f) => f in fields);
  const shape = ['block', 'templateCode', 'units'].some((f) => f in fields);
  throw fieldsRefused(fields, taken && !shape ? 'conflict' : 'validation_failed');
}

/** The agency and administrative-unit codes are unique in the city. */
export async function uniqueCodes(
  repo: TenantsRepository,
  input: { agencyCode?: string | null; adminUnitCode?: string | null },
  lang: Lang,
  fields: FieldErrors,
  exceptId?: string,
) {
  if (input.agencyCode) {
    const holder = await repo.holderOf('agency_code', input.agencyCode, exceptId);
    if (holder)
      fields.agencyCode = tenantMessage.reasoned('agency_code_taken', lang, { code: input.agencyCode, holder });
  }
  if (input.adminUnitCode) {
    const holder = await repo.holderOf('admin_unit_code', input.adminUnitCode, exceptId);
    if (holder)
      fields.adminUnitCode = tenantMessage.reasoned('admin_unit_code_taken', lang, {
        code: input.adminUnitCode,
        holder,
      });
  }
}

/** One account of a ward; without a password one is generated and returned once. */
export async function createAccount(db: Db, tenantId: string, account: AccountIn, actor: Actor) {
  const generated = account.password ? undefined : randomBytes(9).toString('base64url');
  let unitId: string | null = null;
  if (account.unitCode) {
    const unit = (await tenantsRepository(db).unitsOf(tenantId)).find((u) => u.code === account.unitCode);
    if (!unit)
      throw tenantMessage.error(
        'validation_failed',
        'no_such_unit',
        actor.lang,
        { code: account.unitCode },
        'unitCode',
      );
    unitId = unit.id;
  }
  const { id } = await createUser(db, {
    username: account.username,
    fullName: account.fullName,
    email: account.email,
    password: account.password ?? generated ?? '',
    roles: account.roles ?? ['ward_admin'],
    unitId,
    tenantId,
    actorUserId: actor.userId,
    now: actor.now,
  });
  return { username: account.username, id, ...(generated ? { password: generated } : {}) };
}
