import { ROLES } from '@cchc/domain';
import type { Command } from 'commander';
import { AppError } from '../errors.js';
import { orgRepository } from '../modules/org/repository.js';
import { userCreate } from '../modules/org/schemas.js';
import { createUser } from '../modules/org/use-cases/create-user.js';
import { openRuntime } from '../runtime.js';
import { exitWithUsage } from './usage-error.js';

export function registerUserCommands(program: Command): void {
  const users = program.command('users').description('tài khoản người dùng');
  users
    .command('create')
    .description('tạo tài khoản (mật khẩu đọc từ biến môi trường CCHC_PASSWORD nếu không truyền --password)')
    .requiredOption('--tenant <code>', 'mã phường/xã hoặc thành phố, ví dụ hai-duong')
    .requiredOption('--username <name>', 'tên đăng nhập')
    .requiredOption('--full-name <name>', 'họ và tên')
    .requiredOption('--roles <roles>', `vai trò, cách nhau bởi dấu phẩy: ${ROLES.join(', ')}`)
    .option('--unit <code>', 'mã đơn vị, ví dụ VHXH')
    .option('--email <email>')
    .option('--password <password>')
    .action(async (o: Record<string, string | undefined>) => {
      const parsed = userCreate.safeParse({
        username: o.username,
        fullName: o.fullName,
        email: o.email,
        password: o.password ?? process.env.CCHC_PASSWORD,
        roles: o.roles?.split(',').map((r) => r.trim()),
        unitId: undefined,
      });
      if (!parsed.success) exitWithUsage(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
      const rt = await openRuntime({ seed: true });
      try {
        const tenant = await orgRepository(rt.database.db).findTenantByCode(o.tenant ?? '');
        if (!tenant) exitWithUsage([`không có phường/xã với mã "${o.tenant}"`]);
        if (!tenant.active) exitWithUsage([`${tenant.name} đã ngừng hoạt động: không tạo thêm tài khoản`]);
        const unit = o.unit ? await orgRepository(rt.database.db).findUnitByCode(tenant.id, o.unit) : null;
        if (o.unit && !unit) exitWithUsage([`không có đơn vị với mã "${o.unit}"`]);
        // The console grants no more than the placement rules allow: city roles in the city, ward roles in wards.
        const { tenantCode: _none, ...data } = parsed.data;
        const { id } = await createUser(rt.database.db, {
          ...data,
          unitId: unit?.id ?? null,
          tenantId: tenant.id,
          actorUserId: null,
          granter: null,
          temporary: false,
          now: rt.clock.now(),
        }).catch((e: unknown) => {
          if (e instanceof AppError && e.code !== 'internal') {
            const fields = Object.values(e.fields ?? {}).map((f) => f.message);
            exitWithUsage(fields.length ? fields : [e.message]);
          }
          throw e;
        });
        process.stdout.write(`Đã tạo tài khoản ${parsed.data.username} (${id}).\n`);
      } finally {
        await rt.database.close();
      }
    });
}
