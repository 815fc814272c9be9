import fs from 'node:fs';
import { BLOCK_NAMES, blockOf } from '@cchc/domain';
import type { Command } from 'commander';
import type { z } from 'zod';
import { AppError } from '../errors.js';
import type { Actor } from '../http/request-context.js';
import { presentTenant } from '../modules/tenants/presenter.js';
import { tenantsRepository } from '../modules/tenants/repository.js';
import { type importReportOut, mergerIn, tenantCreate, tenantPatch } from '../modules/tenants/schemas.js';
import { createWard } from '../modules/tenants/use-cases/create-ward.js';
import { importAccounts } from '../modules/tenants/use-cases/import-accounts.js';
import { importCity } from '../modules/tenants/use-cases/import-city.js';
import { recordMerger, updateWard, wardOf } from '../modules/tenants/use-cases/update-ward.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { seedFirstStart } from '../seed/first-start.js';
import { exitWithUsage } from './usage-error.js';

type Options = Record<string, string | boolean | undefined>;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Runs a command on the database; field errors and conflicts exit 2 with one line per field. */
export async function withCity<T>(
  work: (rt: Runtime, actor: Actor) => Promise<T>,
  options: { quiet?: boolean } = {},
): Promise<T> {
  // The logger writes to stdout: JSON answers and a printed key must stand alone there, so the server's
  // start-up lines are silenced unless LOG_LEVEL asks for them.
  if (options.quiet && !process.env.LOG_LEVEL) process.env.LOG_LEVEL = 'silent';
  const rt = await openRuntime();
  try {
    // A clean install has no city until the first start: create it (and the seed ward) as `serve` would.
    if (!(await tenantsRepository(rt.database.db).city())) await seedFirstStart(rt.database.db, rt.clock.now(), rt.log);
    return await work(rt, { userId: null, lang: 'vi', now: rt.clock.now() });
  } catch (e) {
    if (e instanceof AppError && ['validation_failed', 'conflict', 'not_found'].includes(e.code)) {
      exitWithUsage(e.fields ? Object.entries(e.fields).map(([f, m]) => `${f}: ${m.message}`) : [e.message]);
    }
    throw e;
  } finally {
    await rt.database.close();
  }
}

function parsed<T extends z.ZodTypeAny>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) exitWithUsage(result.error.issues.map((i) => `${i.path.join('.') || 'giá trị'}: ${i.message}`));
  return result.data;
}

function readFile(file: string): Buffer {
  if (!fs.existsSync(file)) exitWithUsage([`không có tệp ${file}`]);
  return fs.readFileSync(file);
}

const write = (o: Options, json: unknown, text: string) =>
  process.stdout.write(o.json ? `${JSON.stringify(json, null, 2)}\n` : `${text}\n`);

function reportText(report: z.infer<typeof importReportOut>): string {
  const lines = report.rows.map(
    (r) => `dòng ${r.row}\t${r.code ?? '-'}\t${r.action}\t${r.message}${r.password ? `\tmật khẩu: ${r.password}` : ''}`,
  );
  lines.push(`Tạo ${report.created}, cập nhật ${report.updated}, không đổi ${report.unchanged}, lỗi ${report.errors}.`);
  return lines.join('\n');
}

/** `cchc wards …`: the city's wards, communes and special zones. */
export function registerWardCommands(program: Command): void {
  const wards = program.command('wards').description('phường, xã, đặc khu của thành phố');

  wards
    .command('create')
    .description('tạo phường/xã/đặc khu với các đơn vị mẫu của UBND, cài đặt chép từ phường mẫu và tài khoản quản trị')
    .requiredOption('--code <code>', 'mã dùng trong hệ thống, ví dụ le-chan')
    .requiredOption('--name <name>', 'tên, ví dụ "Phường Lê Chân"')
    .requiredOption('--kind <kind>', 'ward | commune | special_zone')
    .option('--short-name <name>', 'tên ngắn')
    .option('--agency-code <code>', 'mã đơn vị một cửa trên Cổng DVC (duy nhất trong thành phố)')
    .option('--admin-unit-code <code>', 'mã đơn vị hành chính')
    .option('--template <code>', 'phường/xã mẫu để chép giờ làm việc, cài đặt báo cáo và phản ánh')
    .option('--units <file.xlsx>', 'danh sách đơn vị (mã, tên, tên viết tắt, tên khác) thay cho cơ cấu mẫu')
    .option('--admin-username <name>', 'tài khoản quản trị đầu tiên')
    .option('--admin-name <name>', 'họ tên quản trị viên')
    .option('--admin-email <email>')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: Options) => {
      const password = process.env.CCHC_PASSWORD;
      const unitsFile = str(o.units)
        ? { fileName: str(o.units), contentBase64: readFile(str(o.units) ?? '').toString('base64') }
        : undefined;
      const input = parsed(tenantCreate, {
        code: o.code,
        name: o.name,
        shortName: o.shortName,
        kind: o.kind,
        agencyCode: o.agencyCode,
        adminUnitCode: o.adminUnitCode,
        templateCode: o.template,
        unitsFile,
        firstAdmin: o.adminUsername
          ? { username: o.adminUsername, fullName: o.adminName ?? `Quản trị ${o.name}`, email: o.adminEmail, password }
          : undefined,
      });
      const created = await withCity((rt, actor) => createWard(rt.database.db, input, actor), {
        quiet: o.json === true,
      });
      const admin = created.firstAdmin
        ? `\nTài khoản quản trị: ${created.firstAdmin.username}${created.firstAdmin.password ? `, mật khẩu ${created.firstAdmin.password}` : ''}`
        : '';
      write(
        o,
        created,
        `Đã tạo ${created.name} (${created.code}), ${created.block ? BLOCK_NAMES[created.block].toLowerCase() : ''}, ${created.units.length} đơn vị.${admin}`,
      );
    });

  wards
    .command('list')
    .description('danh sách phường, xã, đặc khu')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: Options) => {
      const rows = await withCity(
        async (rt) =>
          (await tenantsRepository(rt.database.db).list({ all: true, tenantId: '', wardsOnly: true })).map(
            presentTenant,
          ),
        { quiet: o.json === true },
      );
      const text = rows
        .map((r) =>
          [
            r.code,
            r.name,
            r.kind,
            blockOf(r.kind) ?? '-',
            r.agencyCode ?? '-',
            r.adminUnitCode ?? '-',
            r.active ? 'hoạt động' : 'ngừng',
          ].join('\t'),
        )
        .join('\n');
      write(o, rows, text);
    });

  wards
    .command('import <file>')
    .description('tạo hoặc cập nhật cả thành phố từ một tệp .xlsx (mã, tên, loại, khối, mã một cửa, quản trị viên)')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (file: string, o: Options) => {
      const bytes = readFile(file);
      const report = await withCity((rt, actor) => importCity(rt.database.db, bytes, actor), {
        quiet: o.json === true,
      });
      write(o, report, reportText(report));
      if (report.errors > 0) process.exitCode = 2;
    });

  const change = (name: string, description: string) =>
    wards.command(`${name} <code>`).description(description).option('--json');
  change('rename', 'đổi tên')
    .requiredOption('--name <name>', 'tên mới')
    .option('--short-name <name>', 'tên ngắn mới')
    .action(async (code: string, o: Options) => {
      const patch = parsed(tenantPatch, { name: o.name, shortName: o.shortName });
      const { tenant } = await withCity((rt, actor) => updateWard(rt.database.db, code, patch, actor));
      write(o, tenant, `Đã đổi tên ${tenant.code}: ${tenant.name}.`);
    });
  for (const [name, active] of [
    ['deactivate', false],
    ['activate', true],
  ] as const) {
    change(name, active ? 'hoạt động trở lại' : 'ngừng hoạt động: chỉ xem, dữ liệu được giữ').action(
      async (code: string, o: Options) => {
        const { tenant } = await withCity((rt, actor) => updateWard(rt.database.db, code, { active }, actor));
        write(o, tenant, `${tenant.name}: ${tenant.active ? 'đang hoạt động' : 'đã ngừng hoạt động (chỉ xem)'}.`);
      },
    );
  }
  change('merge', 'ghi nhận đơn vị cũ đã sáp nhập vào phường/xã này')
    .requiredOption('--former <name>', 'tên đơn vị cũ')
    .option('--former-code <code>', 'mã đơn vị hành chính cũ')
    .option('--former-tenant <code>', 'mã của đơn vị cũ nếu nó có trong hệ thống (sẽ ngừng hoạt động)')
    .option('--effective-on <date>', 'ngày có hiệu lực, mặc định 2025-07-01')
    .action(async (code: string, o: Options) => {
      const input = parsed(mergerIn, {
        formerName: o.former,
        formerCode: o.formerCode,
        formerTenantCode: o.formerTenant,
        effectiveOn: o.effectiveOn,
      });
      const list = await withCity((rt, actor) => recordMerger(rt.database.db, code, input, actor));
      write(o, list, list.map((m) => `${m.formerName}\t${m.formerCode ?? '-'}\t${m.effectiveOn}`).join('\n'));
    });

  wards
    .command('accounts <code> <file>')
    .description('tạo tài khoản hàng loạt từ .xlsx (tên đăng nhập, họ tên, vai trò, mã đơn vị, email, mật khẩu)')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (code: string, file: string, o: Options) => {
      const bytes = readFile(file);
      const report = await withCity(async (rt, actor) => {
        const ward = await wardOf(rt.database.db, code, 'vi');
        return importAccounts(rt.database.db, ward.id, bytes, actor);
      });
      write(o, report, reportText(report));
      if (report.errors > 0) process.exitCode = 2;
    });
}
