// Citizens are told by mail through real SMTP (a local sink): the dossier's applicant when a
// supplement is requested and when the result is ready, a feedback's submitter the tracking code and the answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, at, intakeBody, procedureId } from './support/dossier-fixtures.js';
import { startSmtpSink } from './support/smtp-sink.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await startTestApp({
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), SMTP_FROM: 'cchc@phuong.test', SMS_PROVIDER: 'log' },
  });
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

/** The decoded text of the mails sent to an address (nodemailer may encode the body as quoted-printable). */
const mailsTo = (address: string) =>
  sink.mails
    .filter((m) => m.to.includes(address))
    .map((m) =>
      Buffer.from(
        m.raw.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => `%${h}`),
        'latin1',
      )
        .toString()
        .replace(/(%[0-9A-F]{2})+/g, (s) => decodeURIComponent(s)),
    );

describe('citizens told by mail', () => {
  it('tells the applicant of a supplement request and of the result', async () => {
    at(t, '2026-03-20 09:00');
    const desk = await t.loginAs('haiduong.motcua');
    const created = await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.009994')));
    const id = created.body.id;
    await act(desk, id, 'start');
    await act(desk, id, 'request-supplement', { items: ['Bản vẽ'], reason: 'Thiếu bản vẽ' });
    expect(mailsTo('an@example.vn').some((m) => m.includes(`Hồ sơ ${created.body.code} cần bổ sung`))).toBe(true);
    await act(desk, id, 'receive-supplement');
    await act(desk, id, 'finish');
    expect(mailsTo('an@example.vn').some((m) => m.includes('đã giải quyết xong'))).toBe(true);
  });

  it('sends a feedback submitter the tracking code', async () => {
    const res = await t.client().post('/api/v1/public/hai-duong/feedback', {
      category: 'procedure',
      title: 'Niêm yết phí chứng thực',
      text: 'Đề nghị niêm yết công khai mức phí chứng thực bản sao tại quầy tiếp nhận của phường.',
      name: 'Trần Thị Bình',
      email: 'binh@example.vn',
    });
    expect(res.status).toBe(201);
    const mails = mailsTo('binh@example.vn');
    expect(mails.some((m) => m.includes(res.body.trackingCode))).toBe(true);
  });
});
