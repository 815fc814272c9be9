import fs from 'node:fs';
import path from 'node:path';
import { periodOf } from '@cchc/domain';
import type { Command } from 'commander';
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';
import type { ImportProgress } from '../modules/dossiers/import/run-import.js';
import { createImport, executeImport } from '../modules/dossiers/import/start-import.js';
import { indicatorReport, indicatorsJson } from '../modules/indicators/use-cases/compute-report.js';
import { openRuntime } from '../runtime.js';
import { exitWithUsage } from './usage-error.js';
import { pickWard } from './ward.js';

const LISTED_REJECTIONS = 20;

async function withRuntime<T>(use: (db: Db, now: Date) => Promise<T>): Promise<T> {
  const runtime = await openRuntime({ seed: true });
  try {
    return await use(runtime.database.db, runtime.clock.now());
  } finally {
    await runtime.database.close();
  }
}

function importSummary(progress: ImportProgress): string {
  const rejectedCount = progress.processed - progress.created - progress.updated;
  const lines = [
    `Đã đọc ${progress.total} dòng: thêm mới ${progress.created}, cập nhật ${progress.updated}, từ chối ${rejectedCount}.`,
    ...progress.rejected
      .slice(0, LISTED_REJECTIONS)
      .map((r) => `  Dòng ${r.row}${r.code ? ` (${r.code})` : ''}: ${r.reason}`),
  ];
  if (progress.rejected.length > LISTED_REJECTIONS)
    lines.push(`  … và ${progress.rejected.length - LISTED_REJECTIONS} dòng khác.`);
  if (progress.newProcedures.length > 0) {
    lines.push(`Thủ tục chưa có trong danh mục, đã thêm để bổ sung thông tin: ${progress.newProcedures.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

async function importDossiers(file: string, options: { tenant?: string }): Promise<void> {
  if (!/\.(csv|xlsx)$/i.test(file)) exitWithUsage([`chỉ nhận tệp .csv hoặc .xlsx, nhận "${file}"`]);
  if (!fs.existsSync(file)) exitWithUsage([`không có tệp "${file}"`]);
  const bytes = fs.readFileSync(file);
  await withRuntime(async (db, now) => {
    const ward = await pickWard(db, options.tenant, { write: true });
    const request = { db, tenantId: ward.id, userId: null, fileName: path.basename(file), bytes, now };
    const id = await createImport(request);
    const report = (p: ImportProgress) => process.stderr.write(`\rĐã xử lý ${p.processed}/${p.total} dòng`);
    const progress = await executeImport(request, id, report).catch((e: unknown) => {
      throw e instanceof AppError ? new Error(e.message) : e;
    });
    process.stderr.write('\n');
    process.stdout.write(importSummary(progress));
  });
}

function indicatorsText(json: ReturnType<typeof indicatorsJson>): string {
  const percent = (rate: number | null) => (rate === null ? 'N/A' : `${(rate * 100).toFixed(2)}%`);
  const rows = json.indicators.map((row) => {
    const figures = row.numerator === null ? '' : ` (${row.numerator}/${row.denominator})`;
    const points = row.points === null ? '-' : String(row.points);
    return `  ${row.code.padEnd(6)} ${percent(row.rate).padStart(8)}${figures}  ${points}/${row.maxPoints} điểm  ${row.name}`;
  });
  const total = json.total === null ? 'N/A' : `${json.total} điểm (${json.bandName ?? ''})`;
  const running = json.provisional ? ` (tạm tính đến ngày ${json.judgedOn})` : '';
  const fix = json.missingDueDate.procedureCodes.map(
    (code) => `Thủ tục ${code} chưa có thời hạn giải quyết: cập nhật để tính đúng hạn`,
  );
  const title = `Chỉ số Quyết định 766, ${json.tenant}, kỳ ${json.period}${running}:`;
  return [title, ...rows, `Tổng: ${total}`, ...fix, ''].join('\n');
}

async function printIndicators(options: { period?: string; tenant?: string; json?: boolean }): Promise<void> {
  const name = options.period ?? '';
  try {
    periodOf(name);
  } catch {
    exitWithUsage([`--period phải là tháng (2026-03), quý (2026-Q1) hoặc năm (2026), nhận "${name}"`]);
  }
  await withRuntime(async (db, now) => {
    const ward = await pickWard(db, options.tenant);
    const json = indicatorsJson(name, ward.code, await indicatorReport(db, ward.id, name, undefined, now));
    process.stdout.write(options.json ? `${JSON.stringify(json, null, 2)}\n` : indicatorsText(json));
  });
}

/** `cchc dossiers import <file> [--tenant <code>]` and `cchc indicators --period <P> [--tenant <code>] [--json]`. */
export function registerDossierCommands(program: Command): void {
  const dossiers = program.command('dossiers').description('hồ sơ thủ tục hành chính');
  dossiers
    .command('import')
    .description(
      'nhập hồ sơ từ hệ thống một cửa của thành phố (.csv hoặc .xlsx, tên trường quốc gia: MaHoSo, MaTTHC, …)',
    )
    .argument('<file>', 'tệp .csv hoặc .xlsx')
    .option('--tenant <code>', 'mã phường/xã, ví dụ hai-duong')
    .action(importDossiers);
  program
    .command('indicators')
    .description('chỉ số chất lượng phục vụ theo Quyết định 766/QĐ-TTg cho một tháng, quý hoặc năm')
    .option('--period <period>', 'tháng 2026-03, quý 2026-Q1 hoặc năm 2026')
    .option('--tenant <code>', 'mã phường/xã, ví dụ hai-duong')
    .option('--json', 'in ra JSON')
    .action(printIndicators);
}
