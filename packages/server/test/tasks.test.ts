import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { ensureSeedPlan, type SeedPlan, uploadEvidence as upload } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let plan: SeedPlan;
beforeAll(async () => {
  t = await startTestApp();
  plan = await ensureSeedPlan(t.db);
});
afterAll(() => t?.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('task execution', () => {
  it('lists the 45 appendix tasks of the plan in use with their flags', async () => {
    const c = await t.loginAs('haiduong.canbo');
    const res = await c.get('/api/v1/tasks');
    expect(res.status).toBe(200);
    expect(res.body.plan.year).toBe(2026);
    expect(res.body.tasks.filter((x: { no: number | null }) => x.no !== null)).toHaveLength(45);
    const mine = await c.get('/api/v1/tasks?mine=true');
    expect(mine.body.tasks.map((x: { no: number }) => x.no)).toContain(20);
    expect(mine.body.tasks.length).toBeLessThan(45);
  });

  it("lists each task with the list's fields only, as the task's page shows them", async () => {
    const c = await t.loginAs('haiduong.vhxh');
    const listed = (await c.get('/api/v1/tasks')).body.tasks as Record<string, unknown>[];
    expect(listed.length).toBeGreaterThanOrEqual(45);
    // The twelve fields the task list and the Gantt read (packages/web features/tasks); rights, sources,
    // coordinators, milestones and evidence are the page's.
    const fields = ['id', 'no', 'groupCode', 'content', 'source', 'lead', 'timeframe']
      .concat(['dueDate', 'status', 'progress', 'review', 'flags'])
      .sort();
    for (const item of listed) {
      expect(Object.keys(item).sort()).toEqual(fields);
      const page = (await c.get(`/api/v1/tasks/${item.id}`)).body as Record<string, unknown>;
      expect(item).toEqual(Object.fromEntries(fields.map((f) => [f, page[f]])));
    }
  });

  it('takes progress, a PDF as evidence, the completion and its acceptance, judged on time', async () => {
    const id = plan.taskIds.get(20) as string;
    const officer = await t.loginAs('haiduong.canbo');
    const progress = await officer.post(`/api/v1/tasks/${id}/updates`, {
      progress: 60,
      comment: 'Đã dự thảo kế hoạch',
    });
    expect(progress.status).toBe(200);
    expect(progress.body).toMatchObject({ status: 'in_progress', progress: 60 });
    const noEvidence = await officer.post(`/api/v1/tasks/${id}/submit`, {});
    expect(noEvidence.status).toBe(409);
    const file = await upload(officer, id, 'Kế hoạch KSTTHC 2026.pdf', PDF);
    expect(file.status).toBe(201);
    expect(file.body.evidence[0]).toMatchObject({
      kind: 'file',
      fileName: 'Kế hoạch KSTTHC 2026.pdf',
      mimeType: 'application/pdf',
    });
    const download = await officer.get(file.body.evidence[0].url);
    expect(download.status).toBe(200);
    const submitted = await officer.post(`/api/v1/tasks/${id}/submit`, { comment: 'Đã ban hành' });
    expect(submitted.body).toMatchObject({ review: 'pending_acceptance', progress: 100, completedOn: '2026-03-20' });
    const coordinator = await t.loginAs('haiduong.vhxh');
    const accepted = await coordinator.post(`/api/v1/tasks/${id}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'completed', review: 'accepted', onTime: true });
    expect(accepted.body.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'accept',
      'submit',
      'evidence',
      'progress',
    ]);
  });

  it('refuses files of other types, disguised files and empty ones, with Vietnamese messages', async () => {
    const id = plan.taskIds.get(21) as string;
    const officer = await t.loginAs('haiduong.canbo');
    const exe = await upload(officer, id, 'setup.exe', Buffer.from('MZ\x90\x00'), 'application/octet-stream');
    expect(exe.status).toBe(400);
    expect(exe.body.error.fields.file).toContain('Chỉ nhận tệp PDF, Word, Excel');
    const disguised = await upload(officer, id, 'bao-cao.pdf', Buffer.from('MZ\x90\x00 not a pdf'));
    expect(disguised.body.error.fields.file).toBe('Nội dung tệp không đúng định dạng của phần mở rộng.');
    const other = await upload(await t.loginAs('haiduong.mattran'), id, 'a.pdf', PDF);
    expect(other.status).toBe(403);
  });

  it('keeps a file once by its content hash and never overwrites it', async () => {
    const id = plan.taskIds.get(22) as string;
    const officer = await t.loginAs('haiduong.canbo');
    const first = await upload(officer, id, 'ban-tin.pdf', PDF);
    const second = await upload(officer, id, 'ban-tin-ban-sao.pdf', PDF);
    expect(second.body.evidence).toHaveLength(2);
    const hash = createHash('sha256').update(PDF).digest('hex');
    const stored = path.join(t.deps.config.filesDir, hash.slice(0, 2), hash);
    expect(fs.readFileSync(stored)).toEqual(PDF);
    expect(fs.readdirSync(path.dirname(stored))).toEqual([hash]);
    const download = await fetch(`${t.url}${first.body.evidence[0].url}`, {
      headers: { cookie: (officer as unknown as { cookie: string }).cookie },
    });
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);
    expect(download.headers.get('content-disposition')).toContain('ban-tin.pdf');
  });

  it('exports the task table with statuses and evidence links to .xlsx', async () => {
    // Task 20 completed with its evidence, in a ward of its own: the completion test above takes it from the start.
    const t = await startTestApp();
    onTestFinished(() => t.close());
    const id = (await ensureSeedPlan(t.db)).taskIds.get(20) as string;
    const officer = await t.loginAs('haiduong.canbo');
    expect((await upload(officer, id, 'Kế hoạch KSTTHC 2026.pdf', PDF)).status).toBe(201);
    expect((await officer.post(`/api/v1/tasks/${id}/submit`, {})).status).toBe(200);
    const coordinator = await t.loginAs('haiduong.vhxh');
    expect((await coordinator.post(`/api/v1/tasks/${id}/accept`, {})).status).toBe(200);

    const res = await fetch(`${t.url}/api/v1/tasks/export.xlsx`, {
      headers: { cookie: (coordinator as unknown as { cookie: string }).cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const tasks = workbook.getWorksheet('Nhiệm vụ');
    const row20 = tasks?.getRows(2, 60)?.find((r) => r.getCell(1).value === 20);
    expect(row20?.getCell(7).value).toBe('Hoàn thành');
    expect(row20?.getCell(10).value).toBe('20/03/2026');
    const evidence = workbook.getWorksheet('Minh chứng');
    const link = evidence?.getRow(2).getCell(4).value as { hyperlink?: string } | undefined;
    expect(link?.hyperlink).toMatch(/\/api\/v1\/tasks\/[0-9a-f-]+\/evidence\/[0-9a-f-]+\/file$/);
    const unitOfficer = await t.loginAs('haiduong.canbo');
    expect((await unitOfficer.get('/api/v1/tasks/export.xlsx')).status).toBe(403);
  });
});
