import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendFeedbackReminders } from '../src/modules/feedback/reminders.js';
import { seedUnitId } from './support/factories.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let ttpvhcc: string;
let vhxh: string;
beforeAll(async () => {
  // Mon 04/05/2026 09:00 in Hà Nội.
  t = await startTestApp({ now: new Date('2026-05-04T02:00:00Z') });
  ttpvhcc = await seedUnitId(t.db, 'TTPVHCC');
  vhxh = await seedUnitId(t.db, 'VHXH');
});
afterAll(() => t.close());

const PUBLIC = '/api/v1/public/hai-duong/feedback';
const citizen = {
  category: 'procedure',
  title: 'Niêm yết phí chứng thực',
  text: 'Đề nghị niêm yết công khai mức phí chứng thực bản sao tại quầy. Tôi là Nguyễn Văn An, số 0912 345 678.',
  name: 'Nguyễn Văn An',
  phone: '0912 345 678',
};

// Each submission from its own address: the per-address limit has its own test (feedback-abuse).
let address = 0;
const fromNewAddress = () => ({ 'x-forwarded-for': `198.51.100.${++address}` });

async function submit(body: Record<string, string> = citizen): Promise<string> {
  const res = await t.client().post(PUBLIC, body, fromNewAddress());
  expect(res.status).toBe(201);
  return res.body.trackingCode;
}

/** The officer's id of a feedback, found by its tracking code in the desk's list. */
async function idOf(code: string): Promise<string> {
  const list = await (await t.loginAs('haiduong.motcua')).get('/api/v1/feedback?pageSize=50');
  const found = list.body.find((f: { trackingCode: string }) => f.trackingCode === code);
  expect(found).toBeDefined();
  return found.id;
}

const act = (c: TestClient, id: string, action: string, body: unknown) =>
  c.post(`/api/v1/feedback/${id}/${action}`, body);

describe('public submission', () => {
  it('answers with a tracking code the citizen can look the feedback up with, without echoing personal data', async () => {
    const code = await submit();
    expect(code).toMatch(/^PA-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const track = await t.client().get(`${PUBLIC}/track/${code.toLowerCase().replaceAll('-', ' ')}`);
    expect(track.status).toBe(200);
    expect(track.body).toMatchObject({
      status: 'received',
      category: 'procedure',
      title: citizen.title,
      unitName: null,
    });
    expect(JSON.stringify(track.body)).not.toContain('0912');
    expect((await t.client().get(`${PUBLIC}/track/PA-0000-0000-0000`)).status).toBe(404);
  });

  it('takes attachments as multipart, checks them by their first bytes, and keeps them for the officer', async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(citizen)) form.append(k, v);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    form.append('attachments', new Blob([png], { type: 'image/png' }), 'anh-chup.png');
    const res = await fetch(`${t.url}${PUBLIC}`, { method: 'POST', body: form, headers: fromNewAddress() });
    expect(res.status).toBe(201);
    const { trackingCode } = (await res.json()) as { trackingCode: string };
    const desk = await t.loginAs('haiduong.motcua');
    const detail = await desk.get(`/api/v1/feedback/${await idOf(trackingCode)}`);
    expect(detail.body.attachments).toEqual([
      expect.objectContaining({ fileName: 'anh-chup.png', contentType: 'image/png', size: 11 }),
    ]);
    const file = await desk.get(`/api/v1/feedback/${detail.body.id}/attachments/${detail.body.attachments[0].id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');

    const renamed = new FormData();
    for (const [k, v] of Object.entries(citizen)) renamed.append(k, v);
    renamed.append('attachments', new Blob([new Uint8Array([0x4d, 0x5a, 0, 0])]), 'don.pdf');
    const refused = await fetch(`${t.url}${PUBLIC}`, { method: 'POST', body: renamed, headers: fromNewAddress() });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { fields: object } }).error.fields).toHaveProperty('attachments');
  });

  it('refuses what is missing or too long, field by field', async () => {
    const res = await t
      .client()
      .post(PUBLIC, { category: 'dossier', title: 'Hồ sơ trễ hẹn', text: 'x'.repeat(5001) }, fromNewAddress());
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['text']);
    const noCode = await t.client().post(PUBLIC, { ...citizen, category: 'dossier' }, fromNewAddress());
    expect(noCode.status).toBe(400);
    expect(Object.keys(noCode.body.error.fields)).toEqual(['dossierCode']);
  });

  it('drops a submission whose honeypot is filled, while looking like a success', async () => {
    const res = await t.client().post(PUBLIC, { ...citizen, website: 'http://spam.example' }, fromNewAddress());
    expect(res.status).toBe(201);
    expect((await t.client().get(`${PUBLIC}/track/${res.body.trackingCode}`)).status).toBe(404);
  });

  it('recognises a complaint or denunciation so that the desk redirects it', async () => {
    const res = await t
      .client()
      .post(
        PUBLIC,
        { ...citizen, title: 'Đơn khiếu nại', text: 'Tôi khiếu nại quyết định xử phạt của phường và tố cáo cán bộ.' },
        fromNewAddress(),
      );
    expect(res.body.complaintKinds).toEqual(['complaint', 'denunciation']);
    const desk = await t.loginAs('haiduong.motcua');
    const id = await idOf(res.body.trackingCode);
    const rejected = await act(desk, id, 'reject', {
      reason: 'complaint',
      note: 'Đề nghị gửi đơn theo Luật Khiếu nại.',
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', closed: { reason: 'complaint' } });
    const track = await t.client().get(`${PUBLIC}/track/${res.body.trackingCode}`);
    expect(track.body.closed).toEqual({
      reason: 'complaint',
      note: 'Đề nghị gửi đơn theo Luật Khiếu nại.',
      agency: null,
    });
  });

  it('does not serve the city or an unknown ward', async () => {
    expect((await t.client().post('/api/v1/public/hai-phong/feedback', citizen)).status).toBe(404);
    expect((await t.client().get('/api/v1/public/khong-co/feedback/info')).status).toBe(404);
    const info = await t.client().get(`${PUBLIC}/info`);
    expect(info.body).toMatchObject({ tenant: { code: 'hai-duong' }, limits: { attachmentsMax: 3 } });
  });
});

describe('handling a feedback to publication', () => {
  it('routes, answers, returns, approves and publishes without the submitter name or phone', async () => {
    const code = await submit();
    const id = await idOf(code);
    const desk = await t.loginAs('haiduong.motcua');
    const canbo = await t.loginAs('haiduong.canbo');
    const head = await t.loginAs('haiduong.truongphong');

    expect((await canbo.get(`/api/v1/feedback/${id}`)).status).toBe(404); // not the officer's unit yet
    const routed = await act(desk, id, 'route', { unitId: ttpvhcc });
    expect(routed.body).toMatchObject({ status: 'received', unit: { id: ttpvhcc } });

    expect((await act(canbo, id, 'approve', {})).status).toBe(403);
    const answer = 'Trung tâm đã niêm yết mức phí tại quầy số 3 từ ngày 05/5/2026. Cảm ơn ông Nguyễn Văn An.';
    const drafted = await act(canbo, id, 'submit-answer', { answer });
    expect(drafted.body.status).toBe('awaiting_approval');
    const returned = await act(head, id, 'return-answer', { note: 'Bổ sung căn cứ pháp lý' });
    expect(returned.body).toMatchObject({ status: 'received', returnNote: 'Bổ sung căn cứ pháp lý' });
    await act(canbo, id, 'submit-answer', { answer });

    const detail = await head.get(`/api/v1/feedback/${id}`);
    expect(detail.body.actions).toEqual(['return_answer', 'approve']);
    expect(detail.body.publicDraft.text).not.toContain('Nguyễn Văn An');
    expect(detail.body.publicDraft.text).not.toContain('0912');
    expect(detail.body.publicDraft.answer).toBe(
      'Trung tâm đã niêm yết mức phí tại quầy số 3 từ ngày 05/5/2026. Cảm ơn ông [đã ẩn].',
    );

    const leaky = await act(head, id, 'approve', { publish: true, publicAnswer: answer });
    expect(leaky.status).toBe(400);
    expect(Object.keys(leaky.body.error.fields)).toEqual(['publicAnswer']);
    const published = await act(head, id, 'approve', { publish: true });
    expect(published.body).toMatchObject({ status: 'published' });
    expect(published.body.events.map((e: { action: string }) => e.action)).toEqual([
      'submit',
      'route',
      'submit_answer',
      'return_answer',
      'submit_answer',
      'approve',
      'publish',
    ]);

    const page = await t.client().get(`${PUBLIC}/published`);
    const item = page.body.items.find((i: { id: string }) => i.id === id);
    expect(item).toMatchObject({ title: citizen.title, unitName: 'Trung tâm Phục vụ hành chính công', likes: 0 });
    expect(JSON.stringify(item)).not.toMatch(/Nguyễn Văn An|0912/);
    expect((await t.client().get(`${PUBLIC}/track/${code}`)).body).toMatchObject({
      status: 'published',
      publishedId: id,
    });
  });

  it('counts one like or dislike per voter, a second click changing the first', async () => {
    const code = await submit();
    const id = await idOf(code);
    const head = await t.loginAs('haiduong.truongphong');
    await act(await t.loginAs('haiduong.motcua'), id, 'route', { unitId: ttpvhcc });
    await act(await t.loginAs('haiduong.canbo'), id, 'submit-answer', { answer: 'Đã tiếp thu và niêm yết đầy đủ.' });
    await act(head, id, 'approve', { publish: true });
    const react = (body: object) => t.client().post(`${PUBLIC}/published/${id}/reaction`, body);
    // The published page is served from a cache per ward and input stamp: read it first, so the reactions below
    // must show on the next read.
    const likesOnPage = async () =>
      (await t.client().get(`${PUBLIC}/published?pageSize=50`)).body.items.find((i: { id: string }) => i.id === id);
    expect(await likesOnPage()).toMatchObject({ likes: 0, dislikes: 0 });
    expect((await react({ reaction: 'like', voterToken: 'voter-aaaaaaaaaaaaaaaa' })).body).toEqual({
      likes: 1,
      dislikes: 0,
    });
    expect(
      (await react({ reaction: 'dislike', voterToken: 'voter-aaaaaaaaaaaaaaaa', reason: 'Chưa trả lời đúng câu hỏi' }))
        .body,
    ).toEqual({
      likes: 0,
      dislikes: 1,
    });
    expect((await react({ reaction: 'like', voterToken: 'voter-bbbbbbbbbbbbbbbb' })).body).toEqual({
      likes: 1,
      dislikes: 1,
    });
    const detail = await head.get(`/api/v1/feedback/${id}`);
    expect(detail.body.reactions).toEqual({ likes: 1, dislikes: 1, reasons: ['Chưa trả lời đúng câu hỏi'] });
    expect(await likesOnPage()).toMatchObject({ likes: 1, dislikes: 1 });
    expect(
      (await t.client().post(`${PUBLIC}/published/${await idOf(await submit())}/reaction`, { reaction: 'like' }))
        .status,
    ).toBe(404);
  });
});

describe('intake, transfers, information and links', () => {
  it('records feedback received by phone into the chosen unit, and transfers it with a log', async () => {
    const canbo = await t.loginAs('haiduong.canbo');
    const res = await canbo.post('/api/v1/feedback', {
      channel: 'phone',
      category: 'staff',
      title: 'Thái độ cán bộ tiếp nhận',
      text: 'Công dân gọi điện phản ánh cán bộ tiếp nhận chưa hướng dẫn tận tình.',
      unitId: ttpvhcc,
    });
    expect(res.status).toBe(201);
    const id = res.body.id;
    // Out of the officer's unit, so out of the officer's sight: 204.
    expect((await act(canbo, id, 'transfer', { unitId: vhxh, note: 'Thuộc lĩnh vực văn hóa' })).status).toBe(204);
    const moved = await (await t.loginAs('haiduong.motcua')).get(`/api/v1/feedback/${id}`);
    expect(moved.body).toMatchObject({ unit: { id: vhxh }, channel: 'phone' });
    expect(moved.body.events.at(-1)).toMatchObject({
      action: 'transfer',
      fromUnit: 'Trung tâm Phục vụ hành chính công',
      toUnit: 'Phòng Văn hóa - Xã hội',
      note: 'Thuộc lĩnh vực văn hóa',
    });
    expect((await canbo.get(`/api/v1/feedback/${id}`)).status).toBe(404);
    const audit = await t.db.selectFrom('audit_events').select('action').where('entity_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'transfer']);
  });

  it('asks the citizen for more, who answers with the tracking code', async () => {
    const code = await submit();
    const id = await idOf(code);
    const desk = await t.loginAs('haiduong.motcua');
    await act(desk, id, 'route', { unitId: ttpvhcc });
    const asked = await act(desk, id, 'request-info', { text: 'Ông/bà cho biết quầy số mấy?' });
    expect(asked.body).toMatchObject({ status: 'info_requested', deadlines: [{ kind: 'answer' }] });
    expect((await t.client().get(`${PUBLIC}/track/${code}`)).body.infoRequest).toBe('Ông/bà cho biết quầy số mấy?');
    const supplied = await t.client().post(`${PUBLIC}/track/${code}/info`, { text: 'Quầy số 3, buổi sáng.' });
    expect(supplied.status).toBe(204);
    const after = await desk.get(`/api/v1/feedback/${id}`);
    expect(after.body).toMatchObject({ status: 'received', infoRequest: { supplied: 'Quầy số 3, buổi sáng.' } });
    expect((await t.client().post(`${PUBLIC}/track/${code}/info`, { text: 'Lần nữa thì sao?' })).status).toBe(409);
  });

  it('links a new feedback about the same matter to the first, by the code the citizen gives', async () => {
    const first = await submit();
    const second = await submit({ ...citizen, relatedTrackingCode: first });
    const desk = await t.loginAs('haiduong.motcua');
    const detail = await desk.get(`/api/v1/feedback/${await idOf(second)}`);
    expect(detail.body.related).toEqual({ id: await idOf(first), trackingCode: first });
    const original = await desk.get(`/api/v1/feedback/${await idOf(first)}`);
    expect(original.body.repeats).toEqual([{ id: detail.body.id, trackingCode: second }]);
    const unknown = await t
      .client()
      .post(PUBLIC, { ...citizen, relatedTrackingCode: 'PA-0000-0000-0000' }, fromNewAddress());
    expect(Object.keys(unknown.body.error.fields)).toEqual(['relatedTrackingCode']);
  });

  it('lands new feedback in the intake unit the ward set', async () => {
    const admin = await t.loginAs('haiduong.admin');
    const settings = (await admin.get('/api/v1/feedback/settings')).body;
    expect(settings).toEqual({
      rejectDays: 2,
      infoRequestDays: 5,
      answerDays: 15,
      publishDays: 2,
      remindBefore: 1,
      intakeUnitId: null,
    });
    expect(
      (await admin.request('PUT', '/api/v1/feedback/settings', { ...settings, intakeUnitId: ttpvhcc })).status,
    ).toBe(200);
    const code = await submit();
    const canbo = await t.loginAs('haiduong.canbo');
    const mine = await canbo.get('/api/v1/feedback?status=open');
    expect(mine.body.map((f: { trackingCode: string }) => f.trackingCode)).toContain(code);
    await admin.request('PUT', '/api/v1/feedback/settings', settings);
  });
});

describe('who sees what', () => {
  it('gives the observer the published answers and the figures, never the files of the desk', async () => {
    const observer = await t.loginAs('haiduong.mattran');
    expect((await observer.get('/api/v1/feedback')).status).toBe(403);
    expect((await observer.get('/api/v1/feedback/published')).status).toBe(200);
    expect((await observer.get('/api/v1/feedback/indicators?from=2026-05-01&to=2026-05-31')).status).toBe(200);
  });

  it('asks for a login outside the public pages, and the CSRF token on writes', async () => {
    expect((await t.client().get('/api/v1/feedback')).status).toBe(401);
    const desk = await t.loginAs('haiduong.motcua');
    expect((await desk.withoutCsrf().post('/api/v1/feedback', {})).status).toBe(403);
  });
});

describe('reminders', () => {
  it('stores a reminder the working day before a deadline once, however often the job runs', async () => {
    const code = await submit();
    const id = await idOf(code);
    // Submitted Mon 04/05 09:00: rejection due Wed 06/05, so the reminder is for Tue 05/05.
    const tuesday = new Date('2026-05-05T01:00:00Z');
    const log = { info: () => {} };
    expect(await sendFeedbackReminders(t.db, tuesday, log)).toBeGreaterThan(0);
    expect(await sendFeedbackReminders(t.db, tuesday, log)).toBe(0);
    t.clock.set(tuesday);
    const reminders = await (await t.loginAs('haiduong.motcua')).get('/api/v1/feedback/reminders');
    expect(
      reminders.body.filter((r: { feedbackId: string }) => r.feedbackId === id).map((r: { kind: string }) => r.kind),
    ).toEqual(['reject']);
    t.clock.set(new Date('2026-05-04T02:00:00Z'));
  });
});
