import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanWard, downloadAs, SEED_TEXT, taskCells, upload } from './support/plan-fixtures.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let vhxh: TestClient;
let textTasks: ReturnType<typeof taskCells>[];
beforeAll(async () => {
  t = await startTestApp();
  vhxh = await t.loginAs('haiduong.vhxh');
  const preview = await vhxh.post('/api/v1/plans/imports/preview', upload('ke-hoach.txt', SEED_TEXT));
  textTasks = preview.body.document.tasks.map(taskCells);
});
afterAll(async () => {
  await t?.close();
});

const cell = (text: string, columnSpan = 1) =>
  new TableCell({ children: [new Paragraph(text)], columnSpan, width: { size: 1, type: WidthType.AUTO } });

/**
 * The seed as a Word document: its prose as paragraphs, its appendix as one table (a row per tab-separated
 * line, a merged row for a group line written without tabs), as a converter from the original .docx would.
 */
async function seedAsDocx(): Promise<Buffer> {
  const lines = SEED_TEXT.split('\n');
  const start = lines.findIndex((l) => l.startsWith('TT\t'));
  const rows = lines
    .slice(start)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      if (!l.includes('\t')) return new TableRow({ children: [cell(l, 6)] });
      const cells = l.split('\t');
      while (cells.length < 6) cells.push('');
      return new TableRow({ children: cells.map((c) => cell(c)) });
    });
  const prose = lines.slice(0, start).map((l) => new Paragraph(l));
  const doc = new Document({ sections: [{ children: [...prose, new Table({ rows })] }] });
  return Packer.toBuffer(doc);
}

describe('plan files in Word and Excel', () => {
  it('reads a .docx with the appendix as a Word table into the same tasks as the text', async () => {
    const res = await vhxh.post('/api/v1/plans/imports/preview', upload('ke-hoach.docx', await seedAsDocx()));
    expect(res.status).toBe(200);
    expect(res.body.format).toBe('docx');
    expect(res.body.document.tasks).toHaveLength(45);
    expect(res.body.document.tasks.map(taskCells)).toEqual(textTasks);
    expect(res.body.document.targets).toHaveLength(7);
    expect(res.body.document.header.title).toBe('Cải cách hành chính nhà nước phường Hải Dương năm 2026');
    // Against the plan in use, an identical content changes nothing.
    expect(res.body).toMatchObject({ action: 'propose_amendment', changes: { added: [], removed: [], edited: [] } });
  });

  it('exports the appendix to .xlsx; importing the export gives the same tasks', async () => {
    const { body: plan } = await vhxh.get('/api/v1/plans/current');
    const exported = await downloadAs(t.url, 'haiduong.mattran', `/api/v1/plans/${plan.id}/export.xlsx`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain('spreadsheetml');
    expect(exported.headers.get('content-disposition')).toContain('phu-luc-ke-hoach-cchc-2026-v1.xlsx');
    const { bytes } = exported;

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(4).values).toEqual([
      undefined,
      'TT',
      'Nội dung công việc',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian thực hiện/ hoàn thành',
      'Sản phẩm',
    ]);

    const res = await vhxh.post('/api/v1/plans/imports/preview', upload('phu-luc.xlsx', bytes));
    expect(res.status).toBe(200);
    expect(res.body.document.tasks.map(taskCells)).toEqual(textTasks);
    // The appendix alone amends tasks only: the prose (targets, IV.2.d's deadline) comes from the plan in use.
    expect(res.body.proseCarriedOver).toBe(true);
    expect(res.body.document.targets).toHaveLength(7);
    expect(res.body.changes).toEqual({ added: [], removed: [], edited: [], unchanged: 46 });
  });

  it('starts a new ward’s plan from an appendix-only workbook', async () => {
    const ward = await createPlanWard(t.db, 'xlsx-ward', ['coordinator']);
    const { body: plan } = await vhxh.get('/api/v1/plans/current');
    const { bytes } = await downloadAs(t.url, 'haiduong.vhxh', `/api/v1/plans/${plan.id}/export.xlsx`);
    const coordinator = await t.loginAs(ward.usernames.coordinator);
    const created = await coordinator.post('/api/v1/plans/imports', upload('phu-luc.xlsx', bytes));
    expect(created.status).toBe(201);
    expect(created.body.changes.added).toHaveLength(45);
    const { body: mine } = await coordinator.get('/api/v1/plans/current');
    expect(mine).toMatchObject({ year: 2026, title: 'Kế hoạch cải cách hành chính năm 2026', targets: [] });
    expect(mine.tasks.map(taskCells)).toEqual(textTasks);
  });
});
