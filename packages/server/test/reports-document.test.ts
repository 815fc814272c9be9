import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APPENDIX_TITLES, type CompletionFigures, formatCellValue } from '@cchc/domain';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, cliEnv, cliTestTimeout, runCli } from './support/cli-process.js';
import { ensureSeedPlan, type SeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, type TestClient, type TestResponse } from './support/test-app.js';

// 09:00 on Thu 05/03/2026 in Hà Nội, inside Q1's window: the report reads its figures today, as the dashboard does.
const NOW = new Date('2026-03-05T02:00:00Z');
const Q1 = '/api/v1/reports/periods/2026-Q1';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-reports-'));
fs.chmodSync(work, 0o755);

let t: TestApp;
let plan: SeedPlan;
let coordinator: TestClient;
let dashboard: { completion: CompletionFigures; byArea: { code: string; title: string; figures: CompletionFigures }[] };

/** Some tasks moved: progress on 20 and 21 (the centre), task 1 (due 14/01) completed late and accepted. */
async function updateSomeTasks(officer: TestClient) {
  const id = (no: number) => plan.taskIds.get(no) as string;
  for (const [no, progress] of [
    [20, 60],
    [21, 30],
  ] as const) {
    const res = await officer.post(`/api/v1/tasks/${id(no)}/updates`, { progress, comment: `Cập nhật nhiệm vụ ${no}` });
    expect(res.status).toBe(200);
  }
  const evidence = await coordinator.post(`/api/v1/tasks/${id(1)}/evidence/documents`, {
    number: '12/KH-UBND',
    date: '2026-01-20',
    title: 'Kế hoạch CCHC năm 2026',
  });
  expect(evidence.status).toBe(200);
  expect((await coordinator.post(`/api/v1/tasks/${id(1)}/submit`, { completedOn: '2026-01-20' })).status).toBe(200);
  const accepted = await coordinator.post(`/api/v1/tasks/${id(1)}/accept`, {});
  expect(accepted.body.status).toBe('completed_late');
}

beforeAll(async () => {
  t = await startTestApp({ now: NOW });
  plan = await ensureSeedPlan(t.db);
  coordinator = await t.loginAs('haiduong.vhxh');
  const officer = await t.loginAs('haiduong.canbo');
  await updateSomeTasks(officer);
  const centre = plan.unitIds.get('TTPVHCC') as string;
  const form = (await officer.get(`${Q1}/units/${centre}`)).body;
  const content = { ...form.content, limits: 'Trang thiết bị số hóa còn thiếu.' };
  expect((await officer.post(`${Q1}/units/${centre}/submit`, { content, confirm: true })).body.status).toBe(
    'submitted',
  );
  const chairman = await t.loginAs('haiduong.chutich');
  const res = await chairman.get('/api/v1/dashboard');
  expect(res.status).toBe(200);
  dashboard = res.body;
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const textOf = (xml: string) => decode([...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
const paragraphTexts = (xml: string) => [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([p]) => textOf(p));

/** The rows (cell texts) of the table printed under a caption. */
function tableUnder(xml: string, caption: string): string[][] {
  const at = xml.indexOf(`>${caption}<`);
  const table = xml.slice(at).match(/<w:tbl>.*?<\/w:tbl>/s)?.[0] ?? '';
  return [...table.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)]
    .filter(([row]) => !row.includes('<w:tblHeader/>'))
    .map(([row]) => [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([cell]) => textOf(cell)));
}

/** The figures of a row of Phụ lục I as printed, from the dashboard's completion figures. */
const printed = (f: CompletionFigures, inProgress: number, notStarted: number) =>
  [f.total, f.completedOnTime, f.completedLate, inProgress, notStarted, f.overdue, f.notDone, f.completionRate].map(
    (v) => formatCellValue(v),
  );

async function documentXml(version: number): Promise<string> {
  const res = await fetch(`${t.url}${Q1}/report/versions/${version}/document.docx`, {
    headers: { cookie: (coordinator as unknown as { cookie: string }).cookie },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toContain(`bao-cao-cchc-2026-Q1-v${version}.docx`);
  const bytes = Buffer.from(await res.arrayBuffer());
  fs.writeFileSync(path.join(work, `v${version}.docx`), bytes);
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

/**
 * The Q1 report generated, then edited once (version 2), with the responses along the way: run once, by whichever
 * test needs it first, so each test below also runs alone (`-t`).
 */
let edited:
  | Promise<{ generated: TestResponse; before: TestResponse['body']; saved: TestResponse; stale: TestResponse }>
  | undefined;
const editedReport = () => {
  edited ??= (async () => {
    const generated = await coordinator.post(`${Q1}/report/generate`, {});
    const before = (await coordinator.get(`${Q1}/report`)).body.current;
    const sections = { ...before.sections, strengths: 'Lãnh đạo UBND phường quan tâm chỉ đạo sát sao.' };
    const saved = await coordinator.post(`${Q1}/report/versions`, { baseVersion: 1, sections, meta: before.meta });
    const stale = await coordinator.post(`${Q1}/report/versions`, { baseVersion: 1, sections, meta: before.meta });
    return { generated, before, saved, stale };
  })();
  return edited;
};

// Sending is final (it freezes the report), so this story keeps its order when the suite is shuffled; each test
// still brings the report to the state it needs.
describe('the consolidated Q1 report', { shuffle: false }, () => {
  it("is generated with the dashboard's figures and texts pre-filled from the units' reports", async () => {
    const res = (await editedReport()).generated;
    expect(res.status).toBe(201);
    const current = res.body.current;
    expect(current).toMatchObject({
      version: 1,
      kind: 'generated',
      asOf: '2026-03-05',
      window: { start: '2025-12-15', end: '2026-03-08' },
    });
    expect(current.figures.completion).toEqual(dashboard.completion);
    for (const area of dashboard.byArea) {
      expect(current.figures.areas.find((a: { code: string }) => a.code === area.code)?.figures).toEqual(area.figures);
    }
    // Parts III–V name the unit before its text, as the ward calls it (the seed's short name).
    expect(current.sections.limits).toBe('Trung tâm phục vụ HCC: Trang thiết bị số hóa còn thiếu.');
    expect(current.sections['area:II.3']).toContain('Cập nhật nhiệm vụ 20');
    expect(current.meta).toMatchObject({
      date: '2026-03-05',
      signer: { mode: 'chairman', name: 'Phạm Thị Thanh Vân' },
    });
    expect(res.body.rights).toEqual({ generate: true, edit: true, send: true });
  });

  it('saves every edit as a new version, refusing an edit made on a stale version', async () => {
    const { before: current, saved, stale } = await editedReport();
    expect(current.version).toBe(1);
    expect(saved.status).toBe(201);
    expect(saved.body.current).toMatchObject({
      version: 2,
      kind: 'edited',
      sections: { strengths: 'Lãnh đạo UBND phường quan tâm chỉ đạo sát sao.' },
    });
    expect(saved.body.current.figures).toEqual(current.figures);
    expect(saved.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(stale.status).toBe(409);
    const officer = await t.loginAs('haiduong.canbo');
    expect((await officer.get(`${Q1}/report`)).status).toBe(403);
  });

  it('downloads as a Decree 30 .docx: A4, margins, Times New Roman, header texts, figures of the dashboard', async () => {
    await editedReport();
    const xml = await documentXml(2);
    const [first, appendix] = [...xml.matchAll(/<w:sectPr>.*?<\/w:sectPr>/gs)].map(([s]) => s);
    expect(first).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(first).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(appendix).toContain('w:orient="landscape"');
    const fonts = new Set([...xml.matchAll(/w:(?:ascii|hAnsi|cs)="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    const texts = paragraphTexts(xml);
    // Decree 30: the appendix names its report; the signature block is one piece (rows never split, lines kept
    // with the next), so the signer's name cannot land alone on a page.
    expect(
      texts.some((t) =>
        /^\(Kèm theo Báo cáo số …\/BC-UBND ngày \d{2}\/\d{2}\/2026 của Ủy ban nhân dân phường Hải Dương\)$/.test(t),
      ),
    ).toBe(true);
    const signature = xml.slice(xml.lastIndexOf('<w:tbl>', xml.indexOf('TM. ỦY BAN NHÂN DÂN')));
    expect(signature.slice(0, signature.indexOf('</w:tbl>'))).toContain('<w:cantSplit/>');
    const authority = xml.slice(
      xml.lastIndexOf('<w:p>', xml.indexOf('TM. ỦY BAN NHÂN DÂN')),
      xml.indexOf('TM. ỦY BAN NHÂN DÂN'),
    );
    expect(authority).toContain('<w:keepNext/>');
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG HẢI DƯƠNG',
      'Số: …/BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hải Dương, ngày 05 tháng 3 năm 2026',
      'BÁO CÁO',
      'Kết quả thực hiện công tác cải cách hành chính quý I năm 2026',
      'Lãnh đạo UBND phường quan tâm chỉ đạo sát sao.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Phạm Thị Thanh Vân',
    ]) {
      expect(texts).toContain(line);
    }
    // The unit's narrative under III's limits (2., after the strengths written), led by its short name.
    const limits = texts.findIndex((t) => /^\d\. Hạn chế, tồn tại$/.test(t));
    expect(limits).toBeGreaterThan(0);
    expect(texts[limits + 1]).toBe('Trung tâm phục vụ HCC: Trang thiết bị số hóa còn thiếu.');
    expect(texts.some((t) => /VHXXH/.test(t))).toBe(false);
    const c = dashboard.completion;
    expect(texts.join('\n')).toContain(
      `hoàn thành đúng hạn ${c.completedOnTime}/${c.dueSoFar} (${formatCellValue(c.onTimeRate ?? 0)}%)`,
    );
    const rows = tableUnder(xml, APPENDIX_TITLES.areas);
    for (const area of dashboard.byArea) {
      const row = rows.find((r) => r[1] === area.title);
      expect(row?.slice(2, 3)).toEqual([formatCellValue(area.figures.total)]);
      expect([row?.[3], row?.[4], row?.[7], row?.[8], row?.[9]]).toEqual(
        [
          area.figures.completedOnTime,
          area.figures.completedLate,
          area.figures.overdue,
          area.figures.notDone,
          area.figures.completionRate,
        ].map((v) => formatCellValue(v)),
      );
    }
    const totals = rows.at(-1) ?? [];
    const [inProgress, notStarted] = [Number(totals[5]), Number(totals[6])];
    expect(totals).toEqual(['', 'Tổng cộng', ...printed(c, inProgress, notStarted)]);
    expect(inProgress + notStarted + c.completed + c.notDone).toBe(c.total);
  });

  const soffice =
    ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((candidate) => fs.existsSync(candidate)) ??
    (spawnSync('sh', ['-c', 'command -v soffice']).stdout.toString().trim() || null);

  it.skipIf(!soffice)(
    soffice ? 'converts to PDF with headless LibreOffice' : 'skipped: LibreOffice (soffice) is not installed',
    async () => {
      await editedReport();
      if (!fs.existsSync(path.join(work, 'v2.docx'))) await documentXml(2); // written by the .docx test if it ran
      const profile = `-env:UserInstallation=file://${path.join(work, 'profile')}`;
      execFileSync(
        soffice ?? 'soffice',
        [profile, '--headless', '--convert-to', 'pdf', '--outdir', work, path.join(work, 'v2.docx')],
        {
          timeout: CLI_TIMEOUT, // a first LibreOffice start builds its profile: slow on a busy machine
          stdio: 'pipe',
        },
      );
      const pdf = fs.readFileSync(path.join(work, 'v2.pdf')).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(3);
    },
    cliTestTimeout(1),
  );

  it('downloads the same tables as an .xlsx', async () => {
    await editedReport();
    const res = await fetch(`${t.url}${Q1}/report/versions/2/document.xlsx`, {
      headers: { cookie: (coordinator as unknown as { cookie: string }).cookie },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.length).toBe(3);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(sheet.getCell(1, 1).value).toBe(APPENDIX_TITLES.areas);
    const last = sheet.rowCount;
    expect(values(last).slice(1, 5)).toEqual([
      'Tổng cộng',
      dashboard.completion.total,
      dashboard.completion.completedOnTime,
      dashboard.completion.completedLate,
    ]);
  });

  it('is marked sent with its number, date and recipients, which freezes it', async () => {
    await editedReport();
    const chairman = await t.loginAs('haiduong.chutich');
    const recipients = ['UBND thành phố Hải Phòng', 'Sở Nội vụ thành phố Hải Phòng'];
    const sent = await chairman.post(`${Q1}/report/send`, { version: 2, number: '15', date: '2026-03-06', recipients });
    expect(sent.status).toBe(200);
    expect(sent.body.sent).toMatchObject({ version: 2, number: '15', date: '2026-03-06', recipients });
    expect(sent.body.rights).toEqual({ generate: false, edit: false, send: false });
    const texts = paragraphTexts(await documentXml(2));
    expect(texts).toContain('Số: 15/BC-UBND');
    expect(texts).toContain('Hải Dương, ngày 06 tháng 3 năm 2026');
    expect((await coordinator.post(`${Q1}/report/generate`, {})).status).toBe(409);
    const current = sent.body.current;
    expect(
      (
        await coordinator.post(`${Q1}/report/versions`, {
          baseVersion: 2,
          sections: current.sections,
          meta: current.meta,
        })
      ).status,
    ).toBe(409);
    expect(
      (await chairman.post(`${Q1}/report/send`, { version: 2, number: '16', date: '2026-03-06', recipients })).status,
    ).toBe(409);
  });
});

describe('cchc report generate', () => {
  const env = () => cliEnv(path.join(work, 'cli'), { DATABASE_URL: t.databaseUrl, CCHC_NOW: NOW.toISOString() });

  it('writes the consolidated draft of a period from the current data', { timeout: cliTestTimeout(1) }, async () => {
    await editedReport(); // the edit it prints, whether or not the story above ran first
    const out = path.join(work, 'cli-q1.docx');
    const r = runCli(['report', 'generate', '--period', '2026-Q1', '--tenant', 'hai-duong', '--out', out], env());
    // Logs and the result line go to stderr (CCHC_NOW's warning among them); the document goes to --out.
    expect(r.stderr).not.toContain('Lỗi');
    expect(r.stderr).toContain(`Đã ghi ${out}`);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const texts = paragraphTexts((await zip.file('word/document.xml')?.async('string')) ?? '');
    expect(texts).toContain('Kết quả thực hiện công tác cải cách hành chính quý I năm 2026');
    expect(texts).toContain('Lãnh đạo UBND phường quan tâm chỉ đạo sát sao.');
  });

  it('refuses a bad period, or one the plan does not report, with exit code 2', { timeout: cliTestTimeout(2) }, () => {
    const bad = runCli(['report', 'generate', '--period', '2026-Q4', '--out', path.join(work, 'x.docx')], env());
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--period');
    const unknown = runCli(['report', 'generate', '--period', '2026-Q2', '--out', path.join(work, 'x.docx')], env());
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Kế hoạch không có kỳ báo cáo này.');
  });
});
