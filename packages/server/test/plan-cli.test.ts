import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { SEED_PLAN_FILE } from '../src/modules/plans/use-cases/import-seed-plan.js';
import { cliEnv, cliTestTimeout, runCli, startServe } from './support/cli-process.js';
import { editedSeed } from './support/plan-fixtures.js';

const embeddedOnly = inject('dbKind') === 'embedded' ? describe : describe.skip;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-plan-cli-'));
fs.chmodSync(work, 0o755);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

embeddedOnly('cchc plan import', () => {
  it('prints the parsed seed plan in the JSON contract with --json --dry-run', () => {
    const r = runCli(['plan', 'import', SEED_PLAN_FILE, '--json', '--dry-run'], cliEnv(path.join(work, 'dry')));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(Object.keys(plan).slice(0, 7)).toEqual([
      'year',
      'header',
      'targets',
      'groups',
      'tasks',
      'extraTasks',
      'reports',
    ]);
    expect(plan.year).toBe(2026);
    expect(plan.header).toMatchObject({ number: null, symbol: 'QĐ-UBND', date: '2026-01-12' });
    expect(plan.targets[0]).toMatchObject({ code: 'a', text: expect.any(String) });
    expect(plan.groups[0]).toMatchObject({ code: 'I', title: 'Chỉ đạo điều hành, kiểm tra và tuyên truyền' });
    expect(plan.tasks).toHaveLength(45);
    expect(plan.tasks[19]).toMatchObject({
      no: 20,
      group: 'III',
      content: expect.stringMatching(/^Xây dựng Kế hoạch công tác cải cách thủ tục hành chính/),
      lead: { text: 'Trung tâm phục vụ HCC', units: ['Trung tâm Phục vụ hành chính công'] },
      coordinators: { text: 'Các phòng, đơn vị chuyên môn', units: [] },
      timeframe: { text: 'Quý I năm 2026', kind: 'quarter', start: '2026-01-01', due: '2026-03-31' },
      product: 'Quyết định, Kế hoạch',
    });
    expect(plan.reports).toEqual(expect.arrayContaining([expect.objectContaining({ period: 'Y', due: '2026-12-08' })]));
    expect(plan.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          line: 253,
          code: 'unit_unknown_coordinator',
          values: { task: '11', name: 'Hội Luật gia' },
        }),
      ]),
    );
    expect(fs.existsSync(path.join(work, 'dry'))).toBe(false); // a dry run without --tenant opens no database
  });

  it('exits 2 naming what is missing when the file is not a plan, and for a file of another type', {
    timeout: cliTestTimeout(3),
  }, () => {
    const letter = path.join(work, 'cong-van.txt');
    fs.writeFileSync(letter, 'CÔNG VĂN\nVề việc mời họp giao ban.\n');
    const r = runCli(['plan', 'import', letter, '--json', '--dry-run'], cliEnv(path.join(work, 'dry')));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Lỗi: Tệp không phải kế hoạch cải cách hành chính: không tìm thấy');
    expect(r.stderr).toContain('các chỉ tiêu (mục I.2), bảng phụ lục nhiệm vụ');
    const pdf = path.join(work, 'ke-hoach.pdf');
    fs.writeFileSync(pdf, '%PDF-1.7');
    const typed = runCli(['plan', 'import', pdf, '--dry-run'], cliEnv(path.join(work, 'dry')));
    expect(typed.status).toBe(2);
    expect(typed.stderr).toContain('Chỉ nhận tệp văn bản .txt, Word .docx hoặc Excel .xlsx.');
    const missing = runCli(['plan', 'import', path.join(work, 'khong-co.txt')], cliEnv(path.join(work, 'dry')));
    expect(missing.status).toBe(2);
  });

  it('imports into a ward: the plan in use gets an amendment proposal', { timeout: cliTestTimeout(3) }, async () => {
    const data = path.join(work, 'served');
    const app = await startServe(data);
    await app.stop();
    const file = path.join(work, 'ke-hoach-sua-doi.txt');
    fs.writeFileSync(file, editedSeed());
    const unknown = runCli(['plan', 'import', file, '--tenant', 'khong-co'], cliEnv(data));
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('không có phường/xã với mã "khong-co"');
    const r = runCli(['plan', 'import', file, '--tenant', 'hai-duong'], cliEnv(data));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Kế hoạch năm 2026: Cải cách hành chính nhà nước phường Hải Dương năm 2026');
    expect(r.stdout).toContain(
      'Phiên bản 2: kế hoạch đang thực hiện: đã tạo đề xuất điều chỉnh, chờ Chủ tịch UBND phê duyệt.',
    );
    expect(r.stdout).toContain('Thay đổi: thêm 1, bỏ 1, sửa 1 nhiệm vụ.');
  });
});
