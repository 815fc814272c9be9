import fs from 'node:fs';
import path from 'node:path';
import { parseReportPeriodCode } from '@cchc/domain';
import type { Command } from 'commander';
import { AppError } from '../errors.js';
import { renderCurrentDraft } from '../modules/reports/use-cases/render-report.js';
import { openRuntime } from '../runtime.js';
import { exitWithUsage } from './usage-error.js';
import { pickWard } from './ward.js';

interface GenerateOptions {
  period?: string;
  tenant?: string;
  out?: string;
}

/** The options, checked before any database is opened. */
function parseGenerateOptions(o: GenerateOptions): { code: string; out: string; format: 'docx' | 'xlsx' } {
  const problems: string[] = [];
  if (!o.period || !parseReportPeriodCode(o.period)) {
    problems.push(`--period phải là kỳ báo cáo như 2026-Q1, 2026-H1, 2026-Q3 hoặc 2026, nhận "${o.period ?? ''}"`);
  }
  const extension = path.extname(o.out ?? '').toLowerCase();
  if (!o.out) problems.push('cần --out <tệp.docx>');
  else if (extension !== '.docx' && extension !== '.xlsx')
    problems.push('--out phải là tệp .docx (hoặc .xlsx cho các phụ lục)');
  if (problems.length > 0) exitWithUsage(problems);
  return { code: o.period ?? '', out: o.out ?? '', format: extension === '.xlsx' ? 'xlsx' : 'docx' };
}

/**
 * `cchc report generate --period 2026-Q1 [--tenant hai-duong] --out bao-cao.docx`: writes the consolidated draft of
 * a period of the plan from the current data (the latest saved texts when there are some), without saving a version.
 */
export function registerReportCommands(program: Command): void {
  const report = program.command('report').description('báo cáo định kỳ công tác cải cách hành chính');
  report
    .command('generate')
    .description('ghi dự thảo báo cáo tổng hợp của một kỳ từ số liệu hiện tại ra tệp .docx (hoặc .xlsx)')
    .option('--period <kỳ>', 'kỳ báo cáo của kế hoạch: 2026-Q1, 2026-H1, 2026-Q3, 2026')
    .option('--tenant <mã>', 'mã phường/xã (mặc định: phường/xã duy nhất)')
    .option('--out <tệp>', 'tệp kết quả, .docx hoặc .xlsx')
    .action(async (o: GenerateOptions) => {
      const request = parseGenerateOptions(o);
      const runtime = await openRuntime({ seed: true });
      try {
        const db = runtime.database.db;
        const tenantId = (await pickWard(db, o.tenant)).id;
        const bytes = await renderCurrentDraft(db, tenantId, runtime.clock.now(), request.code, request.format).catch(
          (e: unknown) => {
            if (e instanceof AppError && e.code === 'not_found') exitWithUsage([`${e.message} (${request.code})`]);
            throw e;
          },
        );
        fs.writeFileSync(request.out, bytes);
        // The document is the data and goes to --out; this line is a log for the person at the terminal.
        process.stderr.write(`Đã ghi ${request.out} (${bytes.length} byte)\n`);
      } finally {
        await runtime.database.close();
      }
    });
}
