import { parseDossierCode } from '@cchc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, at, intakeBody, procedureId } from './support/dossier-fixtures.js';
import { createWard } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('intake and codes', () => {
  it('accepts a counter dossier with its code and the due moment from the calendar', async () => {
    at(t, '2026-03-20 09:00'); // this test's day, for the session too (it ends 7 days after the login)
    const desk = await t.loginAs('haiduong.motcua');
    const procedure = await procedureId(desk, '1.000894');
    at(t, '2026-03-20 09:00'); // again just before the intake: the test clock runs on
    const res = await desk.post('/api/v1/dossiers', intakeBody(procedure));
    expect(res.status).toBe(201);
    expect(res.body.code).toMatch(/^H15\.50\.05\.13-260320-\d{4}$/);
    // Friday 09:00 + 5 working days = Friday 27/03 09:00.
    expect(res.body).toMatchObject({
      status: 2,
      channel: 1,
      receivedAt: '2026-03-20T02:00:00.000Z',
      dueAt: '2026-03-27T02:00:00.000Z',
      currentDueAt: '2026-03-27T02:00:00.000Z',
      timing: 'within',
      applicant: { name: 'Nguyễn Văn An', phone: '0912 345 678' },
    });
    expect(res.body.allowed).toEqual(expect.arrayContaining(['start', 'request_supplement', 'withdraw']));
    expect(res.body.allowed).not.toContain('return_result');
  });

  it('gives 50 concurrent intakes unique codes numbered without gaps', async () => {
    at(t, '2026-03-23 08:00');
    const desk = await t.loginAs('haiduong.motcua');
    const body = intakeBody(await procedureId(desk, '1.001193'));
    const results = await Promise.all(Array.from({ length: 50 }, () => desk.post('/api/v1/dossiers', body)));
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    const sequences = results.map((r) => parseDossierCode(r.body.code)?.sequence ?? 0).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const list = await desk.get('/api/v1/dossiers?pageSize=200&receivedFrom=2026-03-23&receivedTo=2026-03-23');
    expect(list.body.total).toBe(50);
  });

  it('registers an online submission with its code at submission, then accepts it', async () => {
    at(t, '2026-03-24 08:00');
    const desk = await t.loginAs('haiduong.motcua');
    const id = await procedureId(desk, '1.001193');
    const registered = await desk.post('/api/v1/dossiers', intakeBody(id, { channel: 2, stage: 'registered' }));
    expect(registered.body).toMatchObject({ status: 1, receivedAt: null, dueAt: null, timing: null });
    at(t, '2026-03-25 10:00');
    const accepted = await act(desk, registered.body.id, 'accept');
    expect(accepted.body).toMatchObject({
      status: 2,
      code: registered.body.code,
      receivedAt: '2026-03-25T03:00:00.000Z',
    });
    expect(accepted.body.code).toContain('-260324-');
  });

  it('refuses a dossier without an agency code, an unknown procedure, and the wrong roles', async () => {
    const desk = await t.loginAs('haiduong.motcua');
    const unknown = await desk.post('/api/v1/dossiers', intakeBody('00000000-0000-4000-8000-000000000000'));
    expect(unknown.status).toBe(400);
    const observer = await t.loginAs('haiduong.mattran');
    expect((await observer.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')))).status).toBe(403);
    const ward = await createWard(t.db, 'khong-ma', ['one_stop_officer', 'ward_admin']);
    const other = await t.loginAs(ward.usernames.one_stop_officer as string);
    expect((await other.get('/api/v1/procedures')).body).toEqual([]);
    // Another ward's dossier is not there for this ward: 404, as for a dossier that does not exist.
    const ours = (await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')))).body.id;
    expect((await other.get(`/api/v1/dossiers/${ours}`)).status).toBe(404);
    expect((await other.post(`/api/v1/dossiers/${ours}/actions/start`, {})).status).toBe(404);
    // A ward without an agency code cannot give dossier codes yet, and cannot take another ward's code.
    const admin = await t.loginAs(ward.usernames.ward_admin as string);
    const procedure = await admin.post('/api/v1/procedures', {
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      limit: { days: 1 },
      fee: null,
      onlineLevel: 'full',
      returnsPaperResult: true,
    });
    const refused = await other.post('/api/v1/dossiers', intakeBody(procedure.body.id));
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('chưa có mã đơn vị');
    const taken = await admin.request('PUT', '/api/v1/dossiers/settings', {
      agencyCode: 'H15.50.05.13',
      secondSupplement: 'warn',
    });
    expect(taken.status).toBe(409);
  });
});

describe('the status machine', () => {
  it('refuses an illegal move with a reason naming both statuses', async () => {
    at(t, '2026-03-26 09:00');
    const desk = await t.loginAs('haiduong.motcua');
    const created = await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')));
    const res = await act(desk, created.body.id, 'return-result');
    expect(res.status).toBe(409);
    expect(res.body.error.reason).toEqual({ code: 'move_not_allowed', values: { from: 2, to: 10 } });
    await act(desk, created.body.id, 'withdraw', { reason: 'Công dân xin rút hồ sơ' });
    const after = await act(desk, created.body.id, 'start');
    expect(after.status).toBe(409);
    expect(after.body.error.reason).toEqual({ code: 'move_final_status', values: { from: 7, to: 4 } });
  });

  it('runs a dossier to its result: supplement pauses the clock, payment, finish, return', async () => {
    at(t, '2026-03-02 09:00');
    const desk = await t.loginAs('haiduong.motcua');
    const officer = await t.loginAs('haiduong.canbo');
    const procedure = await procedureId(desk, '1.009994');
    at(t, '2026-03-02 09:00'); // again just before the intake: the logins above take seconds on a busy machine
    const created = await desk.post('/api/v1/dossiers', intakeBody(procedure));
    const id = created.body.id;
    // 15 working days from Monday 02/03 09:00: Monday 23/03 09:00.
    expect(created.body.dueAt).toBe('2026-03-23T02:00:00.000Z');
    at(t, '2026-03-02 10:00');
    await act(officer, id, 'start');
    at(t, '2026-03-03 09:00');
    const asked = await act(officer, id, 'request-supplement', { items: ['Bản vẽ mặt đứng'], reason: 'Thiếu bản vẽ' });
    expect(asked.body).toMatchObject({ status: 5, timing: 'paused', currentDueAt: null });
    at(t, '2026-03-05 09:00');
    const back = await act(officer, id, 'receive-supplement');
    // Two working days of the applicant's time push the due by two working days.
    expect(back.body).toMatchObject({
      status: 4,
      dueAt: '2026-03-23T02:00:00.000Z',
      currentDueAt: '2026-03-25T02:00:00.000Z',
    });
    const second = await act(officer, id, 'request-supplement', { items: ['Giấy phép'], reason: 'Thiếu giấy tờ' });
    expect(second.body.warnings).toEqual([
      { reason: { code: 'second_supplement_warning', values: {} }, message: expect.any(String) },
    ]);
    await act(officer, id, 'receive-supplement');
    await act(officer, id, 'request-payment', {});
    const paid = await act(officer, id, 'record-payment', { place: 'portal', amount: 75000 });
    expect(paid.body).toMatchObject({ status: 4, feeLines: [{ name: 'Phí, lệ phí', amount: 75000 }] });
    at(t, '2026-03-10 15:00');
    const done = await act(await t.loginAs('haiduong.canbo'), id, 'finish', {
      resultCode: 'GPXD-01',
      resultFileUrl: 'https://dvc.example/kq/1.pdf',
    });
    expect(done.body).toMatchObject({ status: 9, timing: 'early', result: { code: 'GPXD-01' } });
    const returned = await act(await t.loginAs('haiduong.motcua'), id, 'return-result');
    expect(returned.body.history.map((h: { status: number }) => h.status)).toEqual([2, 4, 5, 4, 5, 4, 6, 4, 9, 10]);
    expect(returned.body.timeline.map((e: { action: string }) => e.action)).toContain('dossier.record_payment');
    expect(returned.body.allowed).toEqual(['update']);
  });

  it('refuses a second supplement request when the ward says so', async () => {
    const admin = await t.loginAs('haiduong.admin');
    const saved = await admin.request('PUT', '/api/v1/dossiers/settings', {
      agencyCode: 'H15.50.05.13',
      secondSupplement: 'refuse',
    });
    expect(saved.body).toEqual({ agencyCode: 'H15.50.05.13', secondSupplement: 'refuse', actionScope: 'ward' });
    at(t, '2026-03-26 09:00');
    const desk = await t.loginAs('haiduong.motcua');
    const created = await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.009994')));
    await act(desk, created.body.id, 'request-supplement', { items: ['A'], reason: 'Thiếu A' });
    await act(desk, created.body.id, 'receive-supplement');
    const refused = await act(desk, created.body.id, 'request-supplement', { items: ['B'], reason: 'Thiếu B' });
    expect(refused.status).toBe(409);
    await admin.request('PUT', '/api/v1/dossiers/settings', { agencyCode: 'H15.50.05.13', secondSupplement: 'warn' });
  });

  it('logs hand-overs between units and to another agency on the control slip', async () => {
    at(t, '2026-03-16 08:00');
    const desk = await t.loginAs('haiduong.motcua');
    const created = await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.000894')));
    const id = created.body.id;
    const units = await desk.get('/api/v1/units');
    const vhxh = units.body.find((u: { code: string }) => u.code === 'VHXH').id;
    at(t, '2026-03-16 10:00');
    await act(desk, id, 'handover', { toUnitId: vhxh });
    const pending = await act(desk, id, 'handover', { toAgency: 'Công an phường' });
    expect(pending.status).toBe(409);
    at(t, '2026-03-16 11:00');
    await act(await t.loginAs('haiduong.canbo'), id, 'receive-handover');
    at(t, '2026-03-23 15:00');
    const liaison = await act(await t.loginAs('haiduong.canbo'), id, 'handover', {
      toAgency: 'Chi cục Thuế khu vực',
      note: 'Liên thông',
    });
    expect(liaison.body.holder).toBe('Chi cục Thuế khu vực');
    // The counter's step is 4 h: given at 10:00 on the day of receipt, on time. VHXH had 28 working hours from
    // Monday 16/03 11:00, so until Thursday 19/03 at 17:00 (an hour limit ends at closing time): Monday 23/03 is late.
    expect(liaison.body.handovers).toMatchObject([
      { no: 1, fromName: 'Bộ phận tiếp nhận và trả kết quả', budgetHours: 4, result: 'on_time', liaison: false },
      { no: 2, toName: 'Chi cục Thuế khu vực', budgetHours: 28, result: 'late', liaison: true, receivedAt: null },
    ]);
    const slip = await (await t.loginAs('haiduong.motcua')).get(`/api/v1/dossiers/${id}/documents/control/html`);
    expect(slip.status).toBe(200);
    expect(slip.body).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(slip.body).toContain('Chi cục Thuế khu vực');
  });
});
