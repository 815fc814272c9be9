import type { Command } from 'commander';
import { createFeedKey, listFeedKeys, revokeFeedKey } from '../modules/feed/keys.js';
import { exitWithUsage } from './usage-error.js';
import { withCity } from './ward-commands.js';

/** `cchc feed keys …`: API keys of the IOC data feed. */
export function registerFeedCommands(program: Command): void {
  const keys = program
    .command('feed')
    .description('nguồn dữ liệu cho Trung tâm IOC')
    .command('keys')
    .description('khóa API');

  keys
    .command('create')
    .description('tạo khóa API; khóa in một lần, ở dòng cuối của stdout')
    .requiredOption('--name <consumer>', 'tên đơn vị dùng dữ liệu, ví dụ IOC Hải Phòng')
    .option('--wards <codes>', 'all, hoặc các mã phường/xã cách nhau bởi dấu phẩy', 'all')
    .action(async (o: { name: string; wards: string }) => {
      const codes =
        o.wards.trim() === 'all'
          ? 'all'
          : o.wards
              .split(',')
              .map((c) => c.trim())
              .filter((c) => c !== '');
      if (codes !== 'all' && codes.length === 0) exitWithUsage(['--wards: cần "all" hoặc ít nhất một mã']);
      if (o.name.trim().length < 2) exitWithUsage(['--name: cần ít nhất 2 ký tự']);
      const created = await withCity(
        (rt, actor) => createFeedKey(rt.database.db, { name: o.name.trim(), wards: codes }, actor),
        { quiet: true },
      );
      const scope = created.wards === 'all' ? 'mọi phường/xã' : created.wards.join(', ');
      process.stderr.write(`Đã tạo khóa ${created.id} cho ${created.name} (${scope}). Khóa chỉ hiện một lần:\n`);
      process.stdout.write(`${created.key}\n`);
    });

  keys
    .command('list')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: { json?: boolean }) => {
      const list = await withCity((rt) => listFeedKeys(rt.database.db), { quiet: o.json === true });
      if (o.json) return void process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      const line = (k: (typeof list)[number]) =>
        [
          k.id,
          k.prefix,
          k.name,
          k.wards === 'all' ? 'all' : k.wards.join(','),
          k.revokedAt ? `thu hồi ${k.revokedAt}` : 'đang dùng',
        ].join('\t');
      process.stdout.write(list.map(line).join('\n') + (list.length > 0 ? '\n' : ''));
    });

  keys
    .command('revoke <id>')
    .description('thu hồi khóa (theo id hoặc tiền tố in trong danh sách)')
    .action(async (id: string) => {
      const key = await withCity((rt, actor) => revokeFeedKey(rt.database.db, id, actor));
      process.stdout.write(`Đã thu hồi khóa ${key.id} (${key.name}).\n`);
    });
}
