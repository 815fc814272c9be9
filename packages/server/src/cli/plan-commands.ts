import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_UNITS, type PlanParseResult } from '@cchc/domain';
import type { Command } from 'commander';
import { AppError } from '../errors.js';
import { timeframeIssues, unknownUnitNames } from '../modules/plans/import-document.js';
import { presentParsedPlan } from '../modules/plans/presenter.js';
import { confirmImport, type ImportResult } from '../modules/plans/use-cases/confirm-import.js';
import { parseOrRefuse, readImportFile } from '../modules/plans/use-cases/prepare-import.js';
import { previewImport } from '../modules/plans/use-cases/preview-import.js';
import { planWarningMessage } from '../modules/plans/warning-messages.js';
import { openRuntime } from '../runtime.js';
import { exitWithUsage } from './usage-error.js';
import { pickWard } from './ward.js';

interface ImportOptions {
  tenant?: string;
  dryRun?: boolean;
  json?: boolean;
}

const KINDS: Record<string, string> = {
  'import:confirmed': 'đã nhập, là nội dung hiện hành của kế hoạch',
  'amendment:proposed': 'kế hoạch đang thực hiện: đã tạo đề xuất điều chỉnh, chờ Chủ tịch UBND phê duyệt',
};

/** Bad input (not a plan, wrong type, too large) exits 2 with the reason; anything else is an error (exit 1). */
async function orUsage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof AppError && (e.code === 'validation_failed' || e.code === 'payload_too_large')) {
      exitWithUsage([e.message]);
    }
    throw e instanceof AppError ? new Error(e.message) : e;
  }
}

function summaryText(parsed: PlanParseResult, result: ImportResult | null): string {
  const lines = [
    `Kế hoạch năm ${parsed.year}: ${parsed.header.title ?? '(không có tên)'}`,
    `${parsed.tasks.length} nhiệm vụ trong ${parsed.groups.length} nhóm, ${parsed.extraTasks.length} nhiệm vụ ngoài phụ lục, ` +
      `${parsed.targets.length} chỉ tiêu, ${parsed.reports.length} kỳ báo cáo.`,
    ...unknownUnitNames(parsed).map(
      (u) => `Đơn vị chưa có trong danh sách: "${u.name}" (nhiệm vụ ${u.tasks.join(', ')})`,
    ),
    ...timeframeIssues(parsed, 'vi').map((i) => `Nhiệm vụ ${i.no}: chưa hiểu thời gian "${i.text}"`),
    ...parsed.warnings.map((w) => `Cảnh báo dòng ${w.line}: ${planWarningMessage(w, 'vi')}`),
  ];
  if (result) {
    const { added, removed, edited } = result.changes;
    lines.push(
      `Phiên bản ${result.version}: ${KINDS[`${result.kind}:${result.status}`] ?? result.status}.`,
      `Thay đổi: thêm ${added.length}, bỏ ${removed.length}, sửa ${edited.length} nhiệm vụ.`,
    );
  } else {
    lines.push('Chạy thử (--dry-run): chưa lưu gì.');
  }
  return `${lines.join('\n')}\n`;
}

function print(parsed: PlanParseResult, result: ImportResult | null, json: boolean | undefined): void {
  if (!json) return void process.stdout.write(summaryText(parsed, result));
  const extra = { unknownUnits: unknownUnitNames(parsed), timeframeIssues: timeframeIssues(parsed, 'vi') };
  const out = { ...presentParsedPlan(parsed), ...extra, ...(result ? { import: result } : {}) };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

async function importPlan(file: string, o: ImportOptions): Promise<void> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) exitWithUsage([`không tìm thấy tệp ${file}`]);
  const upload = { fileName: path.basename(file), bytes: fs.readFileSync(file) };
  const read = await orUsage(() => readImportFile(upload, 'vi'));
  // A dry run without --tenant needs no database: names resolve against the default unit list.
  if (o.dryRun && o.tenant === undefined) {
    return print(await orUsage(async () => parseOrRefuse(read.text, DEFAULT_UNITS, 'vi')), null, o.json);
  }
  const rt = await openRuntime({ seed: true });
  try {
    const db = rt.database.db;
    const tenantId = (await pickWard(db, o.tenant, { write: !o.dryRun })).id;
    const preview = await orUsage(() => previewImport(db, tenantId, upload, 'vi'));
    const context = { now: rt.clock.now(), lang: 'vi' as const };
    const result = o.dryRun
      ? null
      : await orUsage(() => confirmImport(db, { tenantId, userId: null }, upload, context));
    print(preview.parsed, result, o.json);
  } finally {
    await rt.database.close();
  }
}

/** `cchc plan import <file> [--tenant <code>] [--dry-run] [--json]`. */
export function registerPlanCommands(program: Command): void {
  const plan = program.command('plan').description('kế hoạch cải cách hành chính năm');
  plan
    .command('import')
    .description(
      'nhập kế hoạch từ tệp .txt, .docx hoặc .xlsx: tạo kế hoạch mới, thay bản dự thảo, hoặc đề xuất điều chỉnh khi kế hoạch đang thực hiện',
    )
    .argument('<file>', 'tệp kế hoạch')
    .option('--tenant <code>', 'mã phường/xã, ví dụ hai-duong (bắt buộc khi CSDL có nhiều phường/xã)')
    .option('--dry-run', 'chỉ đọc và kiểm tra, không lưu')
    .option('--json', 'in kết quả đọc được dưới dạng JSON')
    .action(importPlan);
}
