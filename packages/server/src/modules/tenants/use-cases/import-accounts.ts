import type { Role } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { Actor } from '../../../http/request-context.js';
import { schemaFieldErrors } from '../../../i18n/zod-fields.js';
import { tenantMessage } from '../messages.js';
import { tenantsRepository } from '../repository.js';
import { accountIn, type RowReport } from '../schemas.js';
import { readSheet } from '../sheet-rows.js';
import { createAccount } from './create-ward.js';
import { errorRow, summarise } from './row-report.js';

const ACCOUNT_COLUMNS = {
  username: ['username', 'ten dang nhap', 'tai khoan'],
  fullName: ['full name', 'fullname', 'ho ten', 'ho va ten'],
  roles: ['roles', 'role', 'vai tro'],
  unitCode: ['unit', 'unit code', 'ma don vi', 'don vi'],
  email: ['email', 'thu dien tu'],
  password: ['password', 'mat khau'],
} as const;

/**
 * A ward's accounts in bulk from one sheet (username, full name, roles, unit code, email, password). An account
 * that exists in this ward is left alone, so the sheet can be sent again; a generated password is in the report.
 */
export async function importAccounts(db: Db, tenantId: string, bytes: Buffer, actor: Actor) {
  const rows = await readSheet<keyof typeof ACCOUNT_COLUMNS>(
    bytes,
    ACCOUNT_COLUMNS,
    ['username', 'fullName'],
    actor.lang,
  );
  const reports: RowReport[] = [];
  for (const { row, values } of rows) {
    const code = values.username?.toLowerCase() ?? null;
    const roles = (values.roles ?? 'officer').split(/[,;\s]+/).filter((r) => r !== '');
    const parsed = accountIn.safeParse({ ...values, roles });
    if (!parsed.success) {
      reports.push(errorRow(row, code, schemaFieldErrors(accountIn, { ...values, roles }, actor.lang, 'row') ?? {}));
      continue;
    }
    if ((await tenantsRepository(db).loginTenantOf(parsed.data.username)) === tenantId) {
      reports.push({ row, code, action: 'unchanged', message: tenantMessage('row_unchanged', actor.lang) });
      continue;
    }
    try {
      const created = await createAccount(db, tenantId, { ...parsed.data, roles: parsed.data.roles as Role[] }, actor);
      reports.push({
        row,
        code,
        action: 'created',
        message: tenantMessage('row_created', actor.lang),
        ...(created.password ? { password: created.password } : {}),
      });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      reports.push(errorRow(row, code, e.fields ?? {}, e.fields ? undefined : e.message));
    }
  }
  return summarise(reports);
}
