import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnv, cliTestTimeout, runCli } from './support/cli-process.js';
import { at, intakeBody, procedureId, uploadFile } from './support/dossier-fixtures.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  at(t, '2026-03-20 09:00');
});
afterAll(() => t?.close());

const HEADER = [
  'MaHoSo',
  'MaTTHC',
  'TenTTHC',
  'TenLinhVuc',
  'KenhThucHien',
  'NgayTiepNhan',
  'NgayHenTra',
  'NgayKetThucXuLy',
  'NgayTra',
  'TrangThaiHoSo',
  'DuocThanhToanTrucTuyen',
  'PhiLePhi',
  'ChuHoSo',
  'SoDienThoai',
];

const ROWS = [
  // Processed early, national dates; paid on the portal.
  [
    'H15.50.05.13-260302-0001',
    '2.000884',
    '',
    '',
    '2',
    '20260302090000',
    '20260303090000',
    '20260302150000',
    '20260303080000',
    '10',
    '1',
    '10000',
    'Trần Thị Bình',
    '0987654321',
  ],
  // ISO 8601 dates, still processing.
  [
    'H15.50.05.13-260305-0002',
    '1.000894',
    '',
    '',
    '1',
    '2026-03-05T08:30:00+07:00',
    '',
    '',
    '',
    '4',
    '0',
    '',
    'Lê Văn Cường',
    '',
  ],
  // A procedure the catalogue lacks: imported, and the procedure listed to complete.
  [
    'H15.50.05.13-260306-0003',
    '9.999999',
    'Thủ tục mới',
    'Đất đai',
    '1',
    '20260306090000',
    '20260313090000',
    '',
    '',
    '2',
    '',
    '',
    'Phạm Văn Dũng',
    '',
  ],
  ['', '1.001193', '', '', '1', '20260306090000', '', '', '', '2', '', '', 'Không mã', ''],
  [
    'H15.50.05.13-260307-0005',
    '1.001193',
    '',
    '',
    '1',
    '20260307090000',
    '',
    '',
    '',
    '11',
    '',
    '',
    'Sai trạng thái',
    '',
  ],
  ['H15.50.05.13-260308-0006', '1.001193', '', '', '1', '08/31/2026', '', '', '', '2', '', '', 'Sai ngày', ''],
  ['H15.50.05.13-260309-0007', '1.001193', '', '', '1', '', '', '', '', '4', '', '', 'Thiếu ngày tiếp nhận', ''],
  ['H15.50.05.13-260310-0008', '1.001193', '', '', '7', '20260310090000', '', '', '', '2', '', '', 'Sai kênh', ''],
  // Today's code of the ward's own agency: the counter's next code must come after it.
  ['H15.50.05.13-260320-0007', '1.001193', '', '', '1', '20260320080000', '', '', '', '2', '', '', 'Hôm nay', ''],
];

const csv = (rows: string[][]) =>
  `\uFEFF${[HEADER, ...rows].map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\r\n')}\r\n`;

const upload = (client: TestClient, name: string, bytes: Buffer | string) =>
  uploadFile(client, '/api/v1/dossiers/imports', name, bytes);

async function finished(client: TestClient, id: string) {
  for (let i = 0; i < 100; i++) {
    const res = await client.get(`/api/v1/dossiers/imports/${id}`);
    if (res.body.status === 'done' || res.body.status === 'failed') return res.body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('import did not finish');
}

/** The first import of ROWS, uploaded once by whichever test needs it first: each test also runs alone. */
let firstImport:
  | Promise<{ started: Awaited<ReturnType<typeof upload>>; report: Awaited<ReturnType<typeof finished>> }>
  | undefined;
const importedOnce = (desk: TestClient) => {
  firstImport ??= (async () => {
    const started = await upload(desk, 'ho-so-thang-3.csv', csv(ROWS));
    return { started, report: await finished(desk, started.body.id) };
  })();
  return firstImport;
};

describe('import from the city one-stop system', () => {
  it('imports good rows, lists new procedures, reports rejected rows with reasons', async () => {
    const desk = await t.loginAs('haiduong.motcua');
    const { started, report } = await importedOnce(desk);
    expect(started.status).toBe(202);
    expect(report).toMatchObject({
      status: 'done',
      totalRows: 9,
      processedRows: 9,
      created: 4,
      updated: 0,
      rejectedCount: 5,
    });
    expect(report.newProcedures).toEqual(['9.999999']);
    expect(report.rejected).toEqual([
      { row: 5, code: null, reason: 'Thiếu MaHoSo' },
      { row: 6, code: 'H15.50.05.13-260307-0005', reason: 'TrangThaiHoSo không phải mã 1–10: "11"' },
      {
        row: 7,
        code: 'H15.50.05.13-260308-0006',
        reason: 'NgayTiepNhan không phải ngày giờ (yyyyMMddHHmmss hoặc ISO 8601): "08/31/2026"',
      },
      { row: 8, code: 'H15.50.05.13-260309-0007', reason: 'Thiếu NgayTiepNhan cho hồ sơ đã tiếp nhận' },
      { row: 9, code: 'H15.50.05.13-260310-0008', reason: 'KenhThucHien không phải 1, 2 hoặc 3: "7"' },
    ]);
    const incomplete = await desk.get('/api/v1/procedures?incomplete=true');
    expect(incomplete.body).toMatchObject([{ code: '9.999999', name: 'Thủ tục mới', field: 'Đất đai', limit: null }]);
    const list = await desk.get('/api/v1/dossiers?q=260302-0001');
    const detail = await desk.get(`/api/v1/dossiers/${list.body.items[0].id}`);
    expect(detail.body).toMatchObject({
      status: 10,
      channel: 2,
      source: 'import',
      receivedAt: '2026-03-02T02:00:00.000Z',
      dueAt: '2026-03-03T02:00:00.000Z',
      endedAt: '2026-03-02T08:00:00.000Z',
      timing: 'early',
      payments: [{ place: 'portal', amount: 10000 }],
      history: [
        { status: 2, at: '2026-03-02T02:00:00.000Z' },
        { status: 9, at: '2026-03-02T08:00:00.000Z' },
        { status: 10, at: '2026-03-03T01:00:00.000Z' },
      ],
    });
  });

  it('is idempotent on MaHoSo, and never reuses an imported code of the ward', async () => {
    at(t, '2026-03-20 09:00'); // the day of the imported 260320-0007
    const desk = await t.loginAs('haiduong.motcua');
    await importedOnce(desk);
    const again = await finished(desk, (await upload(desk, 'lan-2.csv', csv(ROWS))).body.id);
    expect(again).toMatchObject({ created: 0, updated: 4, rejectedCount: 5, newProcedures: [] });
    expect((await desk.get('/api/v1/dossiers?q=H15.50.05.13-26030')).body.total).toBe(3);
    const intake = await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')));
    expect(intake.body.code).toBe('H15.50.05.13-260320-0008');
  });

  it('refuses to overwrite a dossier taken in at the counter', async () => {
    // Its own counter dossier, on another day than the codes the test above counts on.
    at(t, '2026-03-19 09:00');
    const desk = await t.loginAs('haiduong.motcua');
    const counter = (await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')))).body;
    const row = [counter.code, '1.001193', '', '', '1', '20260320090000', '', '', '', '9', '', '', 'X', ''];
    const report = await finished(desk, (await upload(desk, 'ghi-de.csv', csv([row]))).body.id);
    expect(report.rejected).toEqual([
      { row: 2, code: counter.code, reason: 'Hồ sơ được tiếp nhận trên cchc: không ghi đè' },
    ]);
  });

  it('reads .xlsx with the national field names and dates typed as Excel dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('HoSo');
    sheet.addRow(HEADER);
    sheet.addRow([
      'H15.50.05.13-260311-0011',
      '1.001193',
      '',
      '',
      1,
      new Date(Date.UTC(2026, 2, 11, 9, 0)),
      '',
      '',
      '',
      4,
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const desk = await t.loginAs('haiduong.motcua');
    const report = await finished(desk, (await upload(desk, 'ho-so.xlsx', bytes)).body.id);
    expect(report).toMatchObject({ status: 'done', created: 1 });
    const found = (await desk.get('/api/v1/dossiers?q=260311-0011')).body.items[0];
    // An Excel date has no zone: 09:00 typed in the sheet is 09:00 in Vietnam.
    expect(found.receivedAt).toBe('2026-03-11T02:00:00.000Z');
  });

  it('imports from the command line with a summary', { timeout: cliTestTimeout(2) }, () => {
    const file = path.join(t.dataDir, 'cli.csv');
    const row = [
      'H15.50.05.13-260312-0012',
      '1.001193',
      '',
      '',
      '1',
      '20260312090000',
      '',
      '',
      '',
      '2',
      '',
      '',
      'CLI',
      '',
    ];
    fs.writeFileSync(file, csv([row, ['', '1.001193']]));
    const r = runCli(
      ['dossiers', 'import', file, '--tenant', 'hai-duong'],
      cliEnv(t.dataDir, { DATABASE_URL: t.databaseUrl }),
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã đọc 2 dòng: thêm mới 1, cập nhật 0, từ chối 1.');
    expect(r.stdout).toContain('Dòng 3: Thiếu MaHoSo');
    const bad = runCli(['dossiers', 'import', 'ho-so.pdf'], cliEnv(t.dataDir, { DATABASE_URL: t.databaseUrl }));
    expect(bad.status).toBe(2);
  });
});

describe('an upload imported by its pg-boss job', () => {
  it('runs through the job queue from the stored file, streamed by csv-parse, semicolons and quotes included', async () => {
    const { startJobs } = await import('../src/jobs/job-runner.js');
    const { dossierImportFailedJob, dossierImportJob } = await import('../src/modules/dossiers/import/import-job.js');
    const jobs = await startJobs(t.deps, t.databaseUrl, [dossierImportFailedJob, dossierImportJob]);
    t.deps.jobs = jobs;
    try {
      const desk = await t.loginAs('haiduong.motcua');
      const semicolons = `\uFEFF${HEADER.join(';')}\n"H15.50.05.13-260313-0031";1.001193;;;1;20260311090000;;;;2;;;"Đỗ ""Văn"" Em; phố A";\n`;
      const started = await upload(desk, 'ho-so-job.csv', semicolons);
      expect(started.status).toBe(202);
      let report = await finished(desk, started.body.id).catch(() => null);
      for (let i = 0; !report && i < 30; i++) report = await finished(desk, started.body.id).catch(() => null);
      expect(report?.rejected).toEqual([]);
      expect(report).toMatchObject({ status: 'done', totalRows: 1, created: 1 });
      const found = (await desk.get('/api/v1/dossiers?q=260313-0031')).body.items[0];
      expect(found.applicantName).toBe('Đỗ "Văn" Em; phố A');
      expect(fs.existsSync(path.join(t.dataDir, 'imports'))).toBe(true);
      expect(
        fs.readdirSync(path.join(t.dataDir, 'imports'), { recursive: true }).filter((f) => String(f).includes('.')),
      ).toEqual([]);
    } finally {
      t.deps.jobs = undefined;
      await jobs.stop();
    }
  }, 90_000);
});
