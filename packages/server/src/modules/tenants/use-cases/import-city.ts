import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { Actor } from '../../../http/request-context.js';
import { schemaFieldErrors } from '../../../i18n/zod-fields.js';
import { tenantMessage } from '../messages.js';
import { tenantsRepository } from '../repository.js';
import { type RowReport, tenantCreate, tenantPatch } from '../schemas.js';
import { foldText, readSheet, type SheetRow } from '../sheet-rows.js';
import { createAccount, createWard } from './create-ward.js';
import { errorRow, summarise } from './row-report.js';
import { changedColumns, updateWard } from './update-ward.js';

const CITY_COLUMNS = {
  code: ['code', 'ma', 'ma phuong/xa', 'ma phuong xa', 'ma don vi', 'ma tenant'],
  name: ['name', 'ten', 'ten phuong/xa', 'ten phuong xa', 'ten don vi'],
  kind: ['kind', 'loai', 'loai don vi', 'cap'],
  block: ['block', 'khoi'],
  agencyCode: ['agency code', 'agencycode', 'ma mot cua', 'ma don vi mot cua', 'ma co quan', 'ma don vi tren cong dvc'],
  adminUnitCode: ['admin unit code', 'adminunitcode', 'ma dvhc', 'ma don vi hanh chinh'],
  adminUsername: ['first admin', 'admin', 'admin username', 'tai khoan quan tri', 'quan tri', 'quan tri vien'],
  adminFullName: ['admin name', 'admin full name', 'ho ten quan tri', 'ten quan tri'],
  adminEmail: ['admin email', 'email quan tri', 'email'],
  templateCode: ['template', 'mau', 'phuong mau'],
} as const;
type CityField = keyof typeof CITY_COLUMNS;

const KINDS: Record<string, string> = {
  ward: 'ward',
  phuong: 'ward',
  commune: 'commune',
  xa: 'commune',
  special_zone: 'special_zone',
  'special zone': 'special_zone',
  'dac khu': 'special_zone',
};
const BLOCK_WORDS: Record<string, string> = {
  ward: 'ward',
  phuong: 'ward',
  'khoi phuong': 'ward',
  commune: 'commune',
  xa: 'commune',
  'khoi xa': 'commune',
  'khoi xa, dac khu': 'commune',
};

/**
 * The whole city at once: one sheet of every ward, commune and special zone. A row whose code exists updates
 * that ward (name and codes), a new code creates it with the usual units and its first admin. Running the same
 * sheet twice changes nothing the second time. Each row is reported; one bad row does not stop the others.
 */
export async function importCity(db: Db, bytes: Buffer, actor: Actor) {
  const rows = await readSheet<CityField>(bytes, CITY_COLUMNS, ['code', 'name', 'kind'], actor.lang);
  const reports: RowReport[] = [];
  for (const row of rows) reports.push(await importRow(db, row, actor));
  return summarise(reports);
}

async function importRow(db: Db, { row, values: v }: SheetRow<CityField>, actor: Actor): Promise<RowReport> {
  const code = v.code ?? null;
  try {
    const raw = {
      code: v.code,
      name: v.name,
      kind: KINDS[foldText(v.kind ?? '')] ?? v.kind,
      block: v.block ? (BLOCK_WORDS[foldText(v.block)] ?? v.block) : undefined,
      agencyCode: v.agencyCode,
      adminUnitCode: v.adminUnitCode,
      templateCode: v.templateCode,
      firstAdmin: v.adminUsername
        ? {
            username: v.adminUsername,
            fullName: v.adminFullName ?? `Quản trị ${v.name ?? ''}`.trim(),
            email: v.adminEmail,
          }
        : undefined,
    };
    const input = tenantCreate.safeParse(raw);
    if (!input.success) return errorRow(row, code, schemaFieldErrors(tenantCreate, raw, actor.lang, 'row') ?? {});
    const existing = await tenantsRepository(db).find(input.data.code);
    if (!existing) {
      const created = await createWard(db, input.data, actor);
      return {
        row,
        code,
        action: 'created',
        message: tenantMessage('row_created', actor.lang),
        ...passwordOf(created.firstAdmin),
      };
    }
    if (existing.kind !== input.data.kind)
      return errorRow(row, code, {
        kind: tenantMessage.reasoned('kind_change_by_file', actor.lang, { from: existing.kind, to: input.data.kind }),
      });
    const patch = tenantPatch.parse({
      name: input.data.name,
      agencyCode: input.data.agencyCode,
      adminUnitCode: input.data.adminUnitCode,
    });
    const changed = Object.keys(changedColumns(existing, patch));
    if (changed.length > 0) await updateWard(db, existing.id, patch, actor);
    const admin = input.data.firstAdmin ? await ensureAdmin(db, existing.id, input.data.firstAdmin, actor) : null;
    if (admin?.created) changed.push('first_admin');
    if (changed.length === 0)
      return { row, code, action: 'unchanged', message: tenantMessage('row_unchanged', actor.lang) };
    return {
      row,
      code,
      action: 'updated',
      message: tenantMessage('row_updated', actor.lang, { fields: changed.join(', ') }),
      ...passwordOf(admin?.account ?? null),
    };
  } catch (e) {
    if (e instanceof AppError)
      return errorRow(row, code, e.fields ?? { row: { message: e.message, reason: e.reason } }, e.message);
    throw e;
  }
}

/** The first admin of an existing ward: created once, left alone when it exists in that ward. */
async function ensureAdmin(db: Db, tenantId: string, account: Parameters<typeof createAccount>[2], actor: Actor) {
  if ((await tenantsRepository(db).loginTenantOf(account.username)) === tenantId)
    return { created: false, account: null };
  return { created: true, account: await createAccount(db, tenantId, account, actor) };
}

const passwordOf = (account: { password?: string } | null) => (account?.password ? { password: account.password } : {});
