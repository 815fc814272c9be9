import type { Command } from 'commander';
import { type ChainReport, verifyAuditChains } from '../modules/audit/verify.js';
import { openRuntime } from '../runtime.js';
import { exitWithUsage } from './usage-error.js';

const KIND_NAMES = {
  edited: 'bị sửa',
  deleted: 'bị xoá',
  reordered: 'bị đảo thứ tự',
  unchained: 'ngoài chuỗi',
} as const;

function describe(report: ChainReport): string {
  const head = `${report.tenant}: ${report.events} sự kiện`;
  if (report.ok) return `${head}, chuỗi nguyên vẹn`;
  const lines = report.problems.map(
    (p) => `  - sự kiện #${p.seq ?? '?'}${p.id ? ` (id ${p.id})` : ''} ${KIND_NAMES[p.kind]}`,
  );
  return [`${head}, CHUỖI BỊ HỎNG (${report.problems.length} chỗ):`, ...lines].join('\n');
}

/** `cchc audit verify [--tenant code] [--json]`: exit 0 when every chain holds, 1 when one is broken. */
export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('nhật ký kiểm toán');
  audit
    .command('verify')
    .description('kiểm tra chuỗi băm của nhật ký: phát hiện sự kiện bị sửa, xoá hoặc đảo thứ tự')
    .option('--tenant <code>', 'chỉ kiểm tra một phường/xã (hoặc thành phố)')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: { tenant?: string; json?: boolean }) => {
      const rt = await openRuntime();
      let broken = false;
      try {
        const reports = await verifyAuditChains(rt.database.db, o.tenant);
        if (!reports) exitWithUsage([`không có phường/xã với mã "${o.tenant}"`]);
        broken = reports.some((r) => !r.ok);
        if (o.json) process.stdout.write(`${JSON.stringify({ ok: !broken, tenants: reports }, null, 2)}\n`);
        else process.stdout.write(`${reports.map(describe).join('\n')}\n`);
      } finally {
        await rt.database.close();
      }
      if (broken) process.exitCode = 1;
    });
}
