import type { Command } from 'commander';
import { exportCitizenData } from '../modules/personal-data/export.js';
import { citizenKey } from '../modules/personal-data/schemas.js';
import { openRuntime } from '../runtime.js';
import { exitWithUsage } from './usage-error.js';
import { pickWard } from './ward.js';

const FLAGS: Record<string, string> = { phone: '--phone', idNumber: '--id-number', email: '--email' };

type Exported = Awaited<ReturnType<typeof exportCitizenData>>;

function describe(e: Exported): string {
  const lines = [`Hồ sơ: ${e.dossiers.length}`];
  for (const d of e.dossiers) lines.push(`  ${d.code}  ${d.status}  ${d.procedure.name}  ${d.applicant.name}`);
  lines.push(`Phản ánh, kiến nghị: ${e.feedback.length}`);
  for (const f of e.feedback) lines.push(`  ${f.trackingCode}  ${f.status}  ${f.title}`);
  return lines.join('\n');
}

/**
 * `cchc personal-data export [--tenant code] (--phone … | --id-number … | --email …) [--json]`: everything the ward
 * holds on one citizen (Decree 13), logged as a read by the console. `--json` prints the export document.
 */
export function registerPersonalDataCommands(program: Command): void {
  const pd = program.command('personal-data').description('dữ liệu cá nhân (Nghị định 13/2023)');
  pd.command('export')
    .description('xuất toàn bộ dữ liệu của một công dân theo số điện thoại, số định danh hoặc e-mail')
    .option('--tenant <code>', 'phường/xã')
    .option('--phone <phone>', 'số điện thoại')
    .option('--id-number <id>', 'số định danh cá nhân (CCCD)')
    .option('--email <email>', 'địa chỉ e-mail')
    .option('--json', 'in kết quả dạng JSON')
    .action(async (o: { tenant?: string; phone?: string; idNumber?: string; email?: string; json?: boolean }) => {
      const key = citizenKey.safeParse({ phone: o.phone, idNumber: o.idNumber, email: o.email });
      if (!key.success)
        exitWithUsage(key.error.issues.map((i) => `${FLAGS[String(i.path[0])] ?? '--phone'}: ${i.message}`));
      const rt = await openRuntime();
      try {
        const ward = await pickWard(rt.database.db, o.tenant);
        const exported = await exportCitizenData(
          rt.database.db,
          { tenantId: ward.id, actorUserId: null },
          key.data,
          rt.clock.now(),
        );
        process.stdout.write(o.json ? `${JSON.stringify(exported, null, 2)}\n` : `${describe(exported)}\n`);
      } finally {
        await rt.database.close();
      }
    });
}
