import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, at, intakeBody, procedureId } from './support/dossier-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let code: string;
beforeAll(async () => {
  t = await startTestApp();
  const desk = await t.loginAs('haiduong.motcua');
  const procedure = await procedureId(desk, '1.000894');
  // Set just before the intake: the test clock runs on, and a loaded machine must not move the code's second.
  at(t, '2026-03-16 09:00');
  const created = await desk.post('/api/v1/dossiers', intakeBody(procedure));
  ({ code } = created.body);
});
afterAll(() => t?.close());

// Each test asks from an address of its own (behind the ward's proxy): the per-address limit one test exhausts,
// and the lock five wrong guesses set, never meet another test's lookups.
const lookup = (body: Record<string, unknown>, from = '198.51.100.1') =>
  t.client().post('/api/v1/public/dossiers/lookup', body, { 'x-forwarded-for': from });
const withoutRequestId = (body: { error: Record<string, unknown> }) => ({ ...body.error, requestId: undefined });

describe('public lookup', () => {
  it('answers unknown codes and wrong phone digits the same way', async () => {
    const from = '198.51.100.2';
    const wrongDigits = await lookup({ code, phone: '1111' }, from);
    const unknownCode = await lookup({ code: 'H15.50.05.13-260316-9999', phone: '5678' }, from);
    const notACode = await lookup({ code: 'XYZ-000000-0000', phone: '5678' }, from);
    for (const res of [wrongDigits, unknownCode, notACode]) expect(res.status).toBe(404);
    expect(withoutRequestId(unknownCode.body)).toEqual(withoutRequestId(wrongDigits.body));
    expect(withoutRequestId(notACode.body)).toEqual(withoutRequestId(wrongDigits.body));
    expect(wrongDigits.body.error.message).toBe('Không tìm thấy hồ sơ với mã hồ sơ và 4 số cuối điện thoại đã nhập.');
  });

  it('shows the status timeline and due date, and no name, phone, address or identity number', async () => {
    const res = await lookup({ code, phone: '5678' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      code,
      procedureName: 'Đăng ký kết hôn',
      status: 2,
      dueAt: '2026-03-23T02:00:00.000Z',
      timeline: [{ status: 2, at: '2026-03-16T02:00:00.000Z' }],
      canRate: false,
    });
    const text = JSON.stringify(res.body);
    for (const secret of ['Nguyễn Văn An', '0912', '345', 'Trần Hưng Đạo', '030090001234', 'an@example.vn']) {
      expect(text).not.toContain(secret);
    }
  });

  it('takes a rating once the result is returned, once', async () => {
    // A dossier of its own: returning and rating it would change what the lookup tests above show.
    const desk = await t.loginAs('haiduong.motcua');
    const { code, id } = (await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.000894')))).body;
    const early = await t.client().post('/api/v1/public/dossiers/rating', { code, phone: '5678', satisfied: true });
    expect(early.status).toBe(409);
    expect(early.body.error.reason).toEqual({ code: 'rate_after_return', values: {} });
    const officer = await t.loginAs('haiduong.canbo');
    await act(officer, id, 'start');
    await act(officer, id, 'finish', {});
    await act(officer, id, 'return-result');
    const rating = { code, phone: '5678', satisfied: false, criteria: ['on_time', 'attitude'], comment: 'Chờ lâu' };
    expect((await t.client().post('/api/v1/public/dossiers/rating', rating)).status).toBe(204);
    const twice = await t.client().post('/api/v1/public/dossiers/rating', rating);
    expect(twice.status).toBe(409);
    expect(twice.body.error.reason).toEqual({ code: 'already_rated', values: {} });
    const page = await lookup({ code, phone: '5678' }, '198.51.100.3');
    expect(page.body).toMatchObject({ status: 10, rated: true, canRate: false });
    const detail = await officer.get(`/api/v1/dossiers/${id}`);
    expect(detail.body.rating).toMatchObject({
      satisfied: false,
      criteria: ['on_time', 'attitude'],
      comment: 'Chờ lâu',
    });
  });

  it('locks a code for an address after five wrong guesses there, even for the right digits', async () => {
    at(t, '2026-03-17 09:00');
    const desk = await t.loginAs('haiduong.motcua');
    const other = await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.001193')));
    for (const digits of ['0000', '0001', '0002', '0003', '0004']) {
      expect((await lookup({ code: other.body.code, phone: digits }, '198.51.100.4')).status).toBe(404);
    }
    expect((await lookup({ code: other.body.code, phone: '5678' }, '198.51.100.4')).status).toBe(404);
    at(t, '2026-03-17 09:20');
    expect((await lookup({ code: other.body.code, phone: '5678' }, '198.51.100.4')).status).toBe(200);
  });

  it('limits lookups per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await lookup({ code, phone: '5678' }, '198.51.100.5')).status);
    expect(statuses).toContain(429);
  });
});
