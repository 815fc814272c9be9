import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeParsePool } from '../src/uploads/parse-pool.js';
import { uploadFile } from './support/dossier-fixtures.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';
import { docxBomb, zipOf } from './support/zip-bomb.js';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.loginAs('haiduong.admin');
});
afterAll(async () => {
  await t.close();
  await closeParsePool();
});

const preview = (fileName: string, bytes: Buffer) =>
  admin.post('/api/v1/plans/imports/preview', { fileName, contentBase64: bytes.toString('base64') });

/** Runs a request while timing /health every 100 ms; returns the response and the slowest health answer. */
async function whileHealthPolled<T>(work: Promise<T>): Promise<{ result: T; slowestHealthMs: number }> {
  let done = false;
  let slowest = 0;
  const poll = (async () => {
    while (!done) {
      const started = performance.now();
      const res = await fetch(`${t.url}/api/v1/health`);
      expect(res.status).toBe(200);
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const result = await work.finally(() => {
    done = true;
  });
  await poll;
  return { result, slowestHealthMs: slowest };
}

describe('uploaded documents are opened behind limits, off the request thread', () => {
  it('refuses a 0.9 MB .docx expanding to 300 MB with a 422 in Vietnamese, health answering within 1 s', async () => {
    const bomb = docxBomb(300);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { result, slowestHealthMs } = await whileHealthPolled(preview('ke-hoach.docx', bomb));
    expect(result.status).toBe(422);
    expect(result.body.error.code).toBe('unprocessable_file');
    expect(result.body.error.fields.file).toContain('Tệp nén bất thường');
    expect(slowestHealthMs).toBeLessThan(1000);
  }, 60_000);

  it('refuses a bomb that lies about its size by inflating it, not trusting its headers', async () => {
    const liar = docxBomb(300, 1000);
    const res = await preview('ke-hoach.docx', liar);
    expect(res.status).toBe(422);
    expect(res.body.error.fields.file).toContain('không khớp');
  }, 60_000);

  it('refuses a package expanding past 64 MB with a 413', async () => {
    // Mostly one letter with a seeded sprinkle of another: compresses about 50 times, below the ratio limit.
    const data = Buffer.alloc(70 * 1024 * 1024, 'a');
    let seed = 7;
    for (let i = 0; i < data.length; i += 1 + (seed % 97)) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      data[i] = 0x62;
    }
    const big = zipOf([{ name: 'word/document.xml', data, fast: true }]);
    const res = await preview('ke-hoach.docx', big);
    expect(res.status).toBe(413);
    expect(res.body.error.fields.file).toContain('64 MB');
  });

  it('refuses a package with too many entries', async () => {
    const entries = Array.from({ length: 2_500 }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from('<a/>') }));
    const res = await preview('ke-hoach.xlsx', zipOf(entries));
    expect(res.status).toBe(422);
    expect(res.body.error.fields.file).toContain('tối đa 2000');
  });

  it('still reads an honest .xlsx plan in the worker', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Phụ lục');
    sheet.addRow(['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Sản phẩm']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await preview('ke-hoach.xlsx', bytes);
    expect(res.status).not.toBe(500);
    expect(res.body.error?.code ?? 'ok').not.toBe('unprocessable_file');
  });

  it('fails a dossier import of a CSV beyond the row limit with the limit in its report', async () => {
    const header = 'MaHoSo,MaTTHC,NgayTiepNhan\n';
    const csv = header + 'HS,1.001193,2026-03-02\n'.repeat(200_001);
    const sent = await uploadFile(admin, '/api/v1/dossiers/imports', 'ho-so.csv', csv);
    expect(sent.status).toBe(202);
    let row = { status: 'pending', error: null as string | null };
    for (let i = 0; i < 100 && ['pending', 'running'].includes(row.status); i++) {
      await new Promise((r) => setTimeout(r, 200));
      row = (await admin.get(`/api/v1/dossiers/imports/${sent.body.id}`)).body;
    }
    expect(row.status).toBe('failed');
    expect(row.error).toContain('tối đa 200000');
  }, 60_000);
});
