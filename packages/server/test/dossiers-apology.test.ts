import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposeApologies } from '../src/modules/dossiers/apology-job.js';
import { act, at, intakeBody, procedureId, vn } from './support/dossier-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
const quiet = { info: () => {} };
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

async function intake(local: string, code = '1.000894') {
  at(t, local); // the session starts on that day too (it ends 7 days after the login)
  const desk = await t.loginAs('haiduong.motcua');
  const procedure = await procedureId(desk, code);
  at(t, local); // again just before the intake: a login takes seconds on a busy machine, the clock runs on
  return (await desk.post('/api/v1/dossiers', intakeBody(procedure))).body;
}

describe('late dossiers and the apology letter', () => {
  it('proposes the letter one working day before the due date, once', async () => {
    // Monday 09/03 09:00 + 5 working days: due Monday 16/03; the letter's last day is Friday 13/03.
    const dossier = await intake('2026-03-09 09:00');
    expect(await proposeApologies(t.db, vn('2026-03-12 06:00'), quiet)).toBe(0);
    expect(await proposeApologies(t.db, vn('2026-03-13 06:00'), quiet)).toBe(1);
    expect(await proposeApologies(t.db, vn('2026-03-13 06:00'), quiet)).toBe(0);
    at(t, '2026-03-13 08:00');
    const desk = await t.loginAs('haiduong.motcua');
    const proposed = await desk.get('/api/v1/dossiers?apologyProposed=true');
    expect(proposed.body.items.map((d: { id: string }) => d.id)).toEqual([dossier.id]);
    expect(proposed.body.items[0]).toMatchObject({ apology: 'proposed', timing: 'due_soon' });
    const detail = await desk.get(`/api/v1/dossiers/${dossier.id}`);
    expect(detail.body.apologyLetter).toMatchObject({ agency: 'Bộ phận tiếp nhận và trả kết quả', issuedAt: null });
    expect(detail.body.allowed).toContain('apology');
  });

  it('issues it with the reason and the new date, once; the new date becomes the working due', async () => {
    const dossier = await intake('2026-03-09 10:00');
    at(t, '2026-03-13 09:00');
    const desk = await t.loginAs('haiduong.motcua');
    const notLater = await desk.post(`/api/v1/dossiers/${dossier.id}/apology`, {
      reason: 'Chờ xác minh',
      newDueAt: '2026-03-16T10:00:00+07:00',
    });
    expect(notLater.status).toBe(409);
    expect(notLater.body.error.reason).toEqual({ code: 'apology_not_later', values: { due: '2026-03-16' } });
    const issued = await desk.post(`/api/v1/dossiers/${dossier.id}/apology`, {
      reason: 'Chờ kết quả xác minh của Công an',
      newDueAt: '2026-03-19T10:00:00+07:00',
    });
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({
      apology: 'issued',
      dueAt: '2026-03-16T03:00:00.000Z',
      currentDueAt: '2026-03-19T03:00:00.000Z',
      apologyLetter: { reason: 'Chờ kết quả xác minh của Công an', newDueAt: '2026-03-19T03:00:00.000Z' },
    });
    expect(issued.body.allowed).not.toContain('apology');
    const again = await desk.post(`/api/v1/dossiers/${dossier.id}/apology`, {
      reason: 'Lần hai',
      newDueAt: '2026-03-20T10:00:00+07:00',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.reason).toEqual({ code: 'apology_already_issued', values: {} });
    const letter = await desk.get(`/api/v1/dossiers/${dossier.id}/documents/apology/html`);
    expect(letter.body).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(letter.body).toContain('Chờ kết quả xác minh của Công an');
  });

  it('issues a letter sent late (on the due date itself, then overdue): owed, never blocked (docs/DOMAIN.md §3)', async () => {
    const dossier = await intake('2026-03-09 11:00');
    at(t, '2026-03-16 08:00');
    const desk = await t.loginAs('haiduong.motcua');
    const res = await desk.post(`/api/v1/dossiers/${dossier.id}/apology`, {
      reason: 'Quá tải',
      newDueAt: '2026-03-18T10:00:00+07:00',
    });
    expect(res.status).toBe(200);
  });

  it('lists every overdue dossier without a letter under "Cần phiếu xin lỗi", and asks a new date after today', async () => {
    const dossier = await intake('2026-03-09 11:00');
    at(t, '2026-03-19 09:00');
    const desk = await t.loginAs('haiduong.motcua');
    const needing = await desk.get('/api/v1/dossiers?apologyProposed=true&pageSize=100');
    expect(needing.body.items.map((d: { id: string }) => d.id)).toContain(dossier.id);
    const past = await desk.post(`/api/v1/dossiers/${dossier.id}/apology`, {
      reason: 'Quá tải',
      newDueAt: '2026-03-18T10:00:00+07:00',
    });
    expect(past.status).toBe(409);
    expect(past.body.error.reason).toEqual({ code: 'apology_not_after_today', values: { today: '2026-03-19' } });
    expect((await desk.get(`/api/v1/dossiers/${dossier.id}`)).body.apologyLetter?.issuedAt ?? null).toBeNull();
    const issued = await desk.post(`/api/v1/dossiers/${dossier.id}/apology`, {
      reason: 'Quá tải',
      newDueAt: '2026-03-23T10:00:00+07:00',
    });
    expect(issued.status).toBe(200);
    const after = await desk.get('/api/v1/dossiers?apologyProposed=true&pageSize=100');
    expect(after.body.items.map((d: { id: string }) => d.id)).not.toContain(dossier.id);
  });
});

describe('documents and the calendar', () => {
  it('prints the receipt slip (two copies) and the supplement request as .docx and HTML with the Decree 30 header', async () => {
    const dossier = await intake('2026-03-18 09:00');
    const desk = await t.loginAs('haiduong.motcua');
    const html = await desk.get(`/api/v1/dossiers/${dossier.id}/documents/receipt/html?copy=2`);
    expect(html.status).toBe(200);
    for (const text of [
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG HẢI DƯƠNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Liên 2',
      dossier.code,
    ]) {
      expect(html.body).toContain(text);
    }
    const docx = await fetch(`${t.url}/api/v1/dossiers/${dossier.id}/documents/receipt/docx`, {
      headers: { cookie: (desk as unknown as { cookie: string }).cookie },
    });
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const none = await desk.get(`/api/v1/dossiers/${dossier.id}/documents/supplement/html`);
    expect(none.status).toBe(409);
    await act(desk, dossier.id, 'request-supplement', { items: ['Bản sao sổ hộ khẩu'], reason: 'Thiếu giấy tờ' });
    const request = await desk.get(`/api/v1/dossiers/${dossier.id}/documents/supplement/html`);
    expect(request.body).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
  });

  it('moves open due dates when the city adds a day off', async () => {
    const dossier = await intake('2026-03-19 09:00');
    expect(dossier.dueAt).toBe('2026-03-26T02:00:00.000Z');
    at(t, '2026-03-19 10:00');
    const city = await t.loginAs('thanhpho.admin');
    const added = await city.post('/api/v1/calendar/days-off', {
      date: '2026-03-24',
      reason: 'Nghỉ bù (thử nghiệm)',
      noticeNumber: '99/TB-TEST',
    });
    expect(added.status).toBe(201);
    const after = await (await t.loginAs('haiduong.motcua')).get(`/api/v1/dossiers/${dossier.id}`);
    expect(after.body).toMatchObject({ dueAt: '2026-03-27T02:00:00.000Z', currentDueAt: '2026-03-27T02:00:00.000Z' });
  });
});
