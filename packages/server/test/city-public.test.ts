import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeBody, procedureId, vn } from './support/dossier-fixtures.js';
import { createWard, seedUnitId } from './support/factories.js';
import { ensureSeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
const PERSON = { name: 'Nguyễn Văn An', phone: '0912 345 678', idNumber: '030090001234' };
const CITIZEN = { name: 'Trần Thị Bích', phone: '0987 654 321' };

/** A citizen's feedback naming herself, answered and published through the real flow. */
async function publishedFeedback() {
  const res = await t.client().post(
    '/api/v1/public/hai-duong/feedback',
    {
      category: 'procedure',
      title: 'Niêm yết phí chứng thực',
      text: `Đề nghị niêm yết mức phí. Tôi là ${CITIZEN.name}, số ${CITIZEN.phone}.`,
      ...CITIZEN,
    },
    { 'x-forwarded-for': '198.51.100.7' },
  );
  expect(res.status).toBe(201);
  const desk = await t.loginAs('haiduong.motcua');
  const list = await desk.get('/api/v1/feedback?pageSize=50');
  const id = list.body.find((f: { trackingCode: string }) => f.trackingCode === res.body.trackingCode).id;
  await desk.post(`/api/v1/feedback/${id}/route`, { unitId: await seedUnitId(t.db, 'TTPVHCC') });
  await (await t.loginAs('haiduong.canbo')).post(`/api/v1/feedback/${id}/submit-answer`, {
    answer: 'Trung tâm đã niêm yết mức phí tại quầy số 3.',
  });
  const published = await (await t.loginAs('haiduong.truongphong')).post(`/api/v1/feedback/${id}/approve`, {
    publish: true,
  });
  expect(published.body.status).toBe('published');
}

beforeAll(async () => {
  t = await startTestApp({ now: vn('2026-03-20 09:00') });
  await ensureSeedPlan(t.db);
  await createWard(t.db, 'p-an');
  const desk = await t.loginAs('haiduong.motcua');
  const intake = await desk.post('/api/v1/dossiers', {
    ...intakeBody(await procedureId(desk, '1.001193')),
    applicant: { ...intakeBody('').applicant, ...PERSON },
  });
  expect(intake.status).toBe(201);
  await publishedFeedback();
}, 120_000);
afterAll(() => t?.close());

/** Every public GET route's answer, as a citizen's browser gets it. */
const PUBLIC_PAGES = [
  '/api/v1/public/hai-duong/portal',
  '/api/v1/public/hai-duong/open-data.json',
  '/api/v1/public/hai-duong/open-data.csv',
  '/api/v1/public/wards',
  '/api/v1/public/wards?month=2026-03',
  '/api/v1/public/hai-duong/results?month=2026-03',
  '/api/v1/public/hai-duong/feedback/info',
  '/api/v1/public/hai-duong/feedback/published',
];

describe('public pages carry no personal data', () => {
  it('never show a name, phone number or ID number of an applicant or a citizen', async () => {
    for (const page of PUBLIC_PAGES) {
      const res = await t.client().get(page);
      expect(res.status, page).toBe(200);
      const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
      for (const secret of [PERSON.name, CITIZEN.name, PERSON.idNumber]) expect(text, page).not.toContain(secret);
      const digits = text.replace(/[\s.]/g, '');
      for (const phone of [PERSON.phone, CITIZEN.phone]) expect(digits, page).not.toContain(phone.replaceAll(' ', ''));
      // Nothing shaped like a Vietnamese mobile number (0 and 9 digits) or a citizen ID (12 digits).
      expect(text, page).not.toMatch(/(?<![\d-])0\d{9}(?!\d)/);
      expect(text, page).not.toMatch(/(?<![\d-])\d{12}(?!\d)/);
    }
  });
});

describe("a ward's public portal", () => {
  it('shows plan progress by area and task, the scorecard, answered feedback, the catalogue and the links', async () => {
    const res = await t.client().get('/api/v1/public/hai-duong/portal');
    expect(res.body.ward).toEqual({ code: 'hai-duong', name: 'Phường Hải Dương' });
    // The seed plan: its 45 appendix tasks and the one its prose adds.
    expect(res.body.plan.completion.total).toBe(46);
    const tasks = res.body.plan.areas.flatMap((a: { tasks: unknown[] }) => a.tasks);
    expect(tasks).toHaveLength(46);
    expect(tasks[0]).toEqual(expect.objectContaining({ status: expect.any(String), evidence: [] }));
    expect(res.body.scorecard.month).toBe('2026-02');
    expect(res.body.feedback.items[0]).toMatchObject({ title: 'Niêm yết phí chứng thực' });
    expect(res.body.procedures.find((p: { code: string }) => p.code === '1.001193')).toMatchObject({
      onlineLevel: expect.any(String),
    });
    expect(res.body.links).toMatchObject({ lookup: '/tra-cuu', feedback: '/gop-y/hai-duong' });
    expect(res.body.licence).toContain('CC BY 4.0');
    expect((await t.client().get('/api/v1/public/hai-phong/portal')).status).toBe(404);
  });

  it('gives open data as JSON and CSV with a licence line', async () => {
    const json = (await t.client().get('/api/v1/public/hai-duong/open-data.json')).body;
    expect(json.licence).toContain('CC BY 4.0');
    expect(json.tasks).toHaveLength(46);
    const csv = await t.client().get('/api/v1/public/hai-duong/open-data.csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (csv.body as string).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^# Giấy phép: .*CC BY 4\.0/);
    expect(lines.filter((l) => l.startsWith('nhiem_vu,'))).toHaveLength(46);
  });

  it("lists the city's wards in their blocks with their scorecards", async () => {
    const res = await t.client().get('/api/v1/public/wards?month=2026-02');
    expect(res.body.wards.map((w: { code: string; blockName: string }) => [w.code, w.blockName])).toEqual([
      ['hai-duong', 'Khối phường'],
      ['p-an', 'Khối phường'],
    ]);
    expect((await t.client().get('/api/v1/public/wards?month=2026-2')).status).toBe(400);
  });
});
