import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, at, intakeBody, procedureId } from './support/dossier-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const EN = { 'accept-language': 'en' };

async function intake(local: string) {
  at(t, local);
  const desk = await t.loginAs('haiduong.motcua');
  const dossier = (await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.000894')))).body;
  return { desk, dossier };
}

describe('dossier errors in English', () => {
  it('names both statuses of an illegal move in the caller’s language', async () => {
    const { desk, dossier } = await intake('2026-03-20 09:00');
    const path = `/api/v1/dossiers/${dossier.id}/actions/finish`;
    const english = await desk.post(path, {}, EN);
    expect(english.status).toBe(409);
    expect(english.body.error.reason).toEqual({ code: 'move_not_allowed', values: { from: 2, to: 9 } });
    expect(english.body.error.message).toBe('Cannot move the dossier from «Accepted» to «Processed»');
    const vietnamese = await act(desk, dossier.id, 'finish');
    expect(vietnamese.status).toBe(409);
    expect(vietnamese.body.error.message).toBe('Không thể chuyển hồ sơ từ «Được tiếp nhận» sang «Đã xử lý xong»');
  });

  it('refuses an unknown procedure at intake in English', async () => {
    at(t, '2026-03-20 09:00');
    const desk = await t.loginAs('haiduong.motcua');
    const res = await desk.post('/api/v1/dossiers', intakeBody(randomUUID()), EN);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ procedureId: 'No such procedure in the catalogue' });
  });

  it('refuses a second apology letter in English', async () => {
    // Monday 09/03 10:00 + 5 working days: due Monday 16/03; the letter may go out until Friday 13/03.
    const { dossier } = await intake('2026-03-09 10:00');
    at(t, '2026-03-13 09:00');
    const desk = await t.loginAs('haiduong.motcua');
    const path = `/api/v1/dossiers/${dossier.id}/apology`;
    const notLater = await desk.post(path, { reason: 'Checking', newDueAt: '2026-03-16T10:00:00+07:00' }, EN);
    expect(notLater.status).toBe(409);
    expect(notLater.body.error.message).toBe('The new date must be after the due date 16/03/2026');
    const issued = await desk.post(path, { reason: 'Chờ xác minh', newDueAt: '2026-03-19T10:00:00+07:00' }, EN);
    expect(issued.status).toBe(200);
    const again = await desk.post(path, { reason: 'Lần hai', newDueAt: '2026-03-20T10:00:00+07:00' }, EN);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('The dossier already has a new due date; it can be set only once');
  });

  it('answers unknown codes and wrong digits of the public lookup the same way in English', async () => {
    const { dossier } = await intake('2026-03-20 10:00');
    const lookup = (body: Record<string, unknown>) => t.client().post('/api/v1/public/dossiers/lookup', body, EN);
    const wrongDigits = await lookup({ code: dossier.code, phone: '1111' });
    const unknownCode = await lookup({ code: 'H15.50.05.13-260316-9999', phone: '5678' });
    for (const res of [wrongDigits, unknownCode]) {
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({
        code: 'not_found',
        message: 'No dossier matches this code and the last 4 digits of the phone number.',
      });
    }
    const withoutRequestId = (body: { error: Record<string, unknown> }) => ({ ...body.error, requestId: undefined });
    expect(withoutRequestId(unknownCode.body)).toEqual(withoutRequestId(wrongDigits.body));
  });
});
