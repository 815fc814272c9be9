// The contract of `cchc plan import <file> --dry-run --json` on plans in other layouts: `no` as the document
// writes it ("1.1"), one task per row whatever its milestones (each with its own `due`), unknown unit names as
// warnings (exit 0), and a document whose appendix yields no task refused with exit 2 naming what was looked for.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, corpusText, NO_APPENDIX } from '../../domain/src/plan/test-support/corpus/index.js';
import { cliEnv, runCli } from './support/cli-process.js';
import { corpusDocx, corpusXlsx } from './support/corpus-files.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-plan-corpus-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const anPhu = CORPUS.find((d) => d.name === 'xa-an-phu-2026');

function dryRun(fileName: string, bytes: Buffer | string) {
  const file = path.join(work, fileName);
  fs.writeFileSync(file, bytes);
  return runCli(['plan', 'import', file, '--dry-run', '--json'], cliEnv(path.join(work, 'data')));
}

describe('cchc plan import --dry-run --json on other layouts', () => {
  it.each([
    ['txt', async () => corpusText(anPhu ?? NO_APPENDIX)],
    ['docx', async () => corpusDocx(anPhu ?? NO_APPENDIX)],
    ['xlsx', async () => corpusXlsx(anPhu ?? NO_APPENDIX)],
  ])('.%s: numbers 1.1, milestones with their due dates, unknown units as warnings', async (format, write) => {
    const r = dryRun(`xa-an-phu.${format}`, await write());
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.tasks.map((t: { no: unknown }) => t.no)).toEqual(['1.1', '1.2', '2.1', '2.2', '3.1', '3.2']);
    expect(plan.groups.map((g: { code: string }) => g.code)).toEqual(['1', '2', '3']);
    expect(plan.tasks[1]).toMatchObject({
      group: '1',
      content: 'Tự kiểm tra, rà soát văn bản quy phạm pháp luật do xã ban hành',
      // Without --tenant names resolve against the default unit list: "… và UBND xã" is its Văn phòng.
      lead: { text: 'Văn phòng HĐND và UBND xã', units: ['Văn phòng HĐND và UBND'] },
      timeframe: {
        text: 'Tháng 3 và tháng 9/2026',
        kind: 'milestones',
        milestones: [
          { start: '2026-03-01', due: '2026-03-31' },
          { start: '2026-09-01', due: '2026-09-30' },
        ],
      },
      product: 'Báo cáo kết quả rà soát',
    });
    expect(plan.tasks[4].timeframe).toEqual({
      text: 'Từ ngày 01/7/2026',
      kind: 'range',
      start: '2026-07-01',
      due: '2026-12-31',
    });
    // "Phòng Kinh tế" is no unit of the default list: a warning, and the task is still imported.
    expect(plan.unknownUnits).toContainEqual({ name: 'Phòng Kinh tế', tasks: ['2.2'] });
    expect(plan.warnings).toContainEqual(
      expect.objectContaining({
        code: 'unit_unknown_coordinator',
        values: { task: '2.2', name: 'Phòng Kinh tế' },
      }),
    );
  });

  it('exits 2 on a plan whose appendix yields no task, saying what it looked for', () => {
    const r = dryRun('khong-phu-luc.txt', corpusText(NO_APPENDIX));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('không tìm thấy bảng phụ lục nhiệm vụ (đã tìm hàng tiêu đề có cột TT/STT');
    expect(r.stderr).toContain('không có hàng nhiệm vụ nào');
  });
});
