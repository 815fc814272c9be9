import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let vp: TestClient;
beforeAll(async () => {
  // Tue 01/12/2026: the year's list of expired documents is drafted in December.
  t = await startTestApp({ now: new Date('2026-12-01T02:00:00Z') });
  vp = await t.loginAs('haiduong.vhxh');
});
afterAll(() => t.close());

/** A session cookie and CSRF token, for a multipart upload the JSON test client cannot send. */
async function browserSession(username: string) {
  const login = await fetch(`${t.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  const me = (await (await fetch(`${t.url}/api/v1/auth/me`, { headers: { cookie } })).json()) as { csrfToken: string };
  return { cookie, csrf: me.csrfToken };
}

async function register(numberSymbol: string, title: string, signedOn = '2026-01-05'): Promise<string> {
  const res = await vp.post('/api/v1/legal-documents', {
    numberSymbol,
    docType: 'decision',
    title,
    issuer: 'Ủy ban nhân dân phường Hải Dương',
    signedOn,
    effectiveOn: signedOn,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

describe('legal documents', () => {
  it('links a document repealed by a new decision both ways, keeps the history, and lists it in the year’s decision', async () => {
    const old = await register('02/2025/QĐ-UBND', 'ban hành Quy chế tiếp công dân', '2025-03-10');
    const repealing = await register('07/2026/QĐ-UBND', 'bãi bỏ Quyết định số 02/2025/QĐ-UBND', '2026-06-20');
    const marked = await vp.post(`/api/v1/legal-documents/${old}/status`, {
      status: 'repealed',
      byDocumentId: repealing,
      effectiveOn: '2026-07-01',
      note: 'Theo kết quả rà soát năm 2026',
    });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({
      status: 'repealed',
      endedOn: '2026-07-01',
      actedOnBy: [
        {
          relation: 'repeals',
          effectiveOn: '2026-07-01',
          document: { id: repealing, numberSymbol: '07/2026/QĐ-UBND' },
        },
      ],
      history: [
        { from: null, to: 'in_force' },
        { from: 'in_force', to: 'repealed', byDocument: { id: repealing }, note: 'Theo kết quả rà soát năm 2026' },
      ],
    });
    const acting = (await vp.get(`/api/v1/legal-documents/${repealing}`)).body;
    expect(acting.acts).toEqual([
      expect.objectContaining({
        relation: 'repeals',
        document: expect.objectContaining({ id: old, status: 'repealed' }),
      }),
    ]);

    const list = (await vp.get('/api/v1/legal-documents/expired/2026')).body;
    expect(list.whole).toEqual([
      expect.objectContaining({
        id: old,
        numberSymbol: '02/2025/QĐ-UBND',
        reason: 'Bị bãi bỏ bởi Quyết định số 07/2026/QĐ-UBND ngày 20/06/2026',
      }),
    ]);
    expect((await vp.get('/api/v1/legal-documents/expired/2025')).body.whole).toEqual([]);

    const html = await vp.get('/api/v1/legal-documents/expired/2026/decision.html');
    expect(html.status).toBe(200);
    expect(html.body).toContain('QUYẾT ĐỊNH');
    expect(html.body).toContain('hết hiệu lực toàn bộ hoặc một phần năm 2026');
    expect(html.body).toContain('Quyết định số 02/2025/QĐ-UBND ngày 10/03/2025 ban hành Quy chế tiếp công dân');
    expect(html.body).toContain('Bị bãi bỏ bởi Quyết định số 07/2026/QĐ-UBND ngày 20/06/2026');
    const docx = await vp.get('/api/v1/legal-documents/expired/2026/decision.docx');
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');

    expect(
      (await vp.post(`/api/v1/legal-documents/${old}/status`, { status: 'expired', effectiveOn: '2026-08-01' })).status,
    ).toBe(409);
  });

  it('lists an amended document as expired in part, and a document expired by its own term with that reason', async () => {
    const amended = await register('03/2026/QĐ-UBND', 'quy định mức hỗ trợ');
    const amending = await register('09/2026/QĐ-UBND', 'sửa đổi Quyết định số 03/2026/QĐ-UBND', '2026-09-01');
    const term = await register('04/2026/QĐ-UBND', 'kế hoạch tạm thời');
    await vp.post(`/api/v1/legal-documents/${amended}/status`, {
      status: 'amended',
      byDocumentId: amending,
      effectiveOn: '2026-09-10',
    });
    await vp.post(`/api/v1/legal-documents/${term}/status`, { status: 'expired', effectiveOn: '2026-10-01' });
    const list = (await vp.get('/api/v1/legal-documents/expired/2026')).body;
    expect(list.partial).toEqual([
      expect.objectContaining({
        id: amended,
        status: 'amended',
        reason: 'Được sửa đổi, bổ sung bởi Quyết định số 09/2026/QĐ-UBND ngày 01/09/2026',
      }),
    ]);
    expect(list.whole).toContainEqual(
      expect.objectContaining({ id: term, reason: 'Hết thời hạn có hiệu lực đã được quy định trong văn bản' }),
    );
    const missing = await vp.post(`/api/v1/legal-documents/${amended}/status`, {
      status: 'replaced',
      effectiveOn: '2026-11-01',
    });
    expect(Object.keys(missing.body.error.fields)).toEqual(['byDocumentId']);
  });

  it('keeps review results, refuses a second number, and links feedback about a document', async () => {
    const doc = await register('05/2026/QĐ-UBND', 'quy định về giờ tiếp dân');
    const duplicate = await vp.post('/api/v1/legal-documents', {
      numberSymbol: '05/2026/QĐ-UBND',
      docType: 'decision',
      title: 'trùng số',
      issuer: 'UBND',
      signedOn: '2026-01-05',
      effectiveOn: '2026-01-05',
    });
    expect(Object.keys(duplicate.body.error.fields)).toEqual(['numberSymbol']);

    const plan = await vp.post('/api/v1/legal-reviews', {
      year: 2026,
      title: 'Rà soát văn bản năm 2026',
      dueOn: '2026-12-15',
    });
    expect(
      (
        await vp.request('PUT', `/api/v1/legal-reviews/${plan.body.id}/results/${doc}`, {
          conclusion: 'amend',
          note: 'Giờ tiếp dân lệch giờ hành chính',
        })
      ).status,
    ).toBe(204);
    const reviews = (await vp.get('/api/v1/legal-reviews')).body;
    expect(reviews[0].results).toEqual([
      expect.objectContaining({ conclusion: 'amend', document: expect.objectContaining({ id: doc }) }),
    ]);

    const sent = await t.client().post(
      '/api/v1/public/hai-duong/feedback',
      {
        category: 'regulation',
        title: 'Giờ tiếp dân',
        text: 'Đề nghị sửa giờ tiếp dân cho phù hợp.',
        legalDocumentId: doc,
      },
      { 'x-forwarded-for': '192.0.2.200' },
    );
    expect(sent.status).toBe(201);
    const detail = (await vp.get(`/api/v1/legal-documents/${doc}`)).body;
    expect(detail.reviews).toEqual([expect.objectContaining({ conclusion: 'amend' })]);
    expect(detail.feedback).toEqual([
      expect.objectContaining({ trackingCode: sent.body.trackingCode, title: 'Giờ tiếp dân' }),
    ]);
    const info = (await t.client().get('/api/v1/public/hai-duong/feedback/info')).body;
    expect(info.documents).toContainEqual({
      id: doc,
      numberSymbol: '05/2026/QĐ-UBND',
      title: 'quy định về giờ tiếp dân',
    });
  });

  it('keeps the signed file, PDF or Word only', async () => {
    const id = await register('06/2026/QĐ-UBND', 'quy định có tệp');
    const { cookie, csrf } = await browserSession('haiduong.vhxh');
    const upload = (name: string, bytes: string) => {
      const form = new FormData();
      form.append('file', new Blob([bytes]), name);
      return fetch(`${t.url}/api/v1/legal-documents/${id}/file`, {
        method: 'POST',
        body: form,
        headers: { cookie, 'x-csrf-token': csrf },
      });
    };
    expect((await upload('qd.pdf', '%PDF-1.7\n%%EOF\n')).status).toBe(204);
    expect((await upload('qd.pdf', 'MZ not a pdf')).status).toBe(400);
    const detail = (await vp.get(`/api/v1/legal-documents/${id}`)).body;
    expect(detail.file).toEqual({ name: 'qd.pdf', type: 'application/pdf', size: 15 });
    const file = await vp.get(`/api/v1/legal-documents/${id}/file`);
    expect(file.body).toContain('%PDF-1.7');
  });

  it('lets officers read and only managers change; the observer sees none of it', async () => {
    const canbo = await t.loginAs('haiduong.canbo');
    expect((await canbo.get('/api/v1/legal-documents')).status).toBe(200);
    expect((await canbo.post('/api/v1/legal-documents', {})).status).toBe(403);
    expect((await (await t.loginAs('haiduong.mattran')).get('/api/v1/legal-documents')).status).toBe(403);
  });
});
