import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wardWithPlanInUse } from './support/city-fixtures.js';
import { at } from './support/dossier-fixtures.js';
import { createWard } from './support/factories.js';
import { ensureSeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let hoa: Awaited<ReturnType<typeof createWard>>;
const Q1 = '/api/v1/reports/periods/2026-Q1/report';

/** A city where Hải Dương sent its Q1 report on time (06/03) and P. Hoa, with a plan in use, has not; now 10/03. */
async function inboxOfQ1(): Promise<{ app: TestApp; hoa: Awaited<ReturnType<typeof createWard>> }> {
  const app = await startTestApp();
  at(app, '2026-03-06 09:00');
  await ensureSeedPlan(app.db);
  const late = await wardWithPlanInUse(app.db, 'p-hoa');
  const coordinator = await app.loginAs('haiduong.vhxh');
  expect((await coordinator.post(`${Q1}/generate`, {})).status).toBe(201);
  const chairman = await app.loginAs('haiduong.chutich');
  const sent = await chairman.post(`${Q1}/send`, {
    version: 1,
    number: '15/BC-UBND',
    date: '2026-03-06',
    recipients: ['UBND thành phố Hải Phòng'],
  });
  expect(sent.status).toBe(200);
  at(app, '2026-03-10 09:00');
  return { app, hoa: late };
}

beforeAll(async () => {
  ({ app: t, hoa } = await inboxOfQ1());
}, 120_000);
afterAll(() => t?.close());

const notificationsOf = async (tenantId: string, app = t) =>
  (
    await app.db.selectFrom('notifications').select(['subject', 'data']).where('tenant_id', '=', tenantId).execute()
  ).map((n) => ({ subject: n.subject, data: n.data as { comment?: string } }));

describe('tasks the city assigns', () => {
  it('adds the task to the plan of each ward it goes to, skipping a ward without a plan in use', async () => {
    await createWard(t.db, 'p-khong', ['ward_admin']);
    const admin = await t.loginAs('thanhpho.admin');
    const body = {
      content: 'Rà soát, công bố danh mục thủ tục hành chính tiếp nhận trực tuyến toàn trình',
      documentNumber: '125/UBND-NC',
      documentDate: '2026-03-09',
      dueDate: '2026-04-30',
      scope: 'wards',
      wards: ['hai-duong', 'p-hoa', 'p-khong'],
    };
    const created = await admin.post('/api/v1/city/tasks', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ assigned: ['hai-duong', 'p-hoa'], skipped: ['p-khong'] });
    expect(
      (await admin.post('/api/v1/city/tasks', { ...body, wards: ['khong-co'] })).body.error.fields.wards,
    ).toContain('khong-co');
    expect((await admin.post('/api/v1/city/tasks', { ...body, scope: 'block' })).status).toBe(400);

    // In the ward's plan: an assigned task, source city, with the document number and date.
    const coordinator = await t.loginAs('haiduong.vhxh');
    const tasks = (await coordinator.get('/api/v1/tasks')).body.tasks;
    const mine = tasks.find((task: { content: string }) => task.content === body.content);
    expect(mine).toMatchObject({ source: 'city', dueDate: '2026-04-30' });
    // The document is on the task's page; the list shows what its table does.
    expect((await coordinator.get(`/api/v1/tasks/${mine.id}`)).body).toMatchObject({
      source: 'city',
      dueDate: '2026-04-30',
      sourceDocument: { number: '125/UBND-NC', date: '2026-03-09' },
    });
    expect((await coordinator.post(`/api/v1/tasks/${mine.id}/updates`, { progress: 40 })).status).toBeLessThan(300);

    // The city follows it ward by ward.
    const list = (await admin.get('/api/v1/city/tasks')).body;
    expect(list[0].document).toMatchObject({ number: '125/UBND-NC', date: '2026-03-09' });
    expect(list[0].wards.map((w: { code: string; progress: number }) => [w.code, w.progress])).toEqual([
      ['hai-duong', 40],
      ['p-hoa', 0],
    ]);
    const observer = await t.loginAs('haiduong.admin');
    expect((await observer.post('/api/v1/city/tasks', body)).status).toBe(403);
  });
});

describe('the city inbox of periodic reports', () => {
  let returned: TestApp | undefined;
  afterAll(() => returned?.close());

  it('lists which wards sent their report by the due date and which are late', async () => {
    const admin = await t.loginAs('thanhpho.admin');
    const inbox = await admin.get('/api/v1/city/inbox?period=2026-Q1');
    expect(inbox.status).toBe(200);
    const byCode = Object.fromEntries(inbox.body.rows.map((r: { code: string }) => [r.code, r]));
    expect(byCode['hai-duong']).toMatchObject({
      status: 'on_time',
      dueDate: '2026-03-08',
      sentOn: '2026-03-06',
      number: '15/BC-UBND',
      version: 1,
    });
    expect(byCode['p-hoa']).toMatchObject({ status: 'late', dueDate: '2026-03-08', sentOn: null });
    expect((await admin.get('/api/v1/city/inbox?period=2026-Q5')).status).toBe(400);
  });

  it('downloads the version the ward sent', async () => {
    const admin = await t.loginAs('thanhpho.admin');
    const res = await admin.request('GET', '/api/v1/city/inbox/hai-duong/2026-Q1/document.docx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('content-disposition')).toContain('hai-duong-bao-cao-cchc-2026-Q1-v1.docx');
    expect((await admin.request('GET', '/api/v1/city/inbox/p-hoa/2026-Q1/document.docx')).status).toBe(404);
  });

  it('reminds the late wards only, once a day', async () => {
    const admin = await t.loginAs('thanhpho.admin');
    const first = await admin.post('/api/v1/city/inbox/reminders', { period: '2026-Q1' });
    expect(first.body).toEqual({ period: '2026-Q1', reminded: ['p-hoa'] });
    await admin.post('/api/v1/city/inbox/reminders', { period: '2026-Q1' });
    const told = (await notificationsOf(hoa.tenantId)).filter((n) => n.subject === 'city-reminder:2026-Q1');
    expect(told).toHaveLength(1);
  });

  it('returns a sent report with a comment, which the ward’s focal point is told', { timeout: 120_000 }, async () => {
    // A city of its own: the returned report is no longer sent, which the tests above must not see.
    const { app } = await inboxOfQ1();
    returned = app;
    const admin = await app.loginAs('thanhpho.admin');
    const empty = await admin.post('/api/v1/city/inbox/hai-duong/2026-Q1/return', { comment: '  ' });
    expect(empty.status).toBe(400);
    const res = await admin.post('/api/v1/city/inbox/hai-duong/2026-Q1/return', {
      comment: 'Bổ sung số liệu kiểm tra công vụ.',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'returned', returned: { comment: 'Bổ sung số liệu kiểm tra công vụ.' } });
    const ward = await app.db
      .selectFrom('tenants')
      .select('id')
      .where('code', '=', 'hai-duong')
      .executeTakeFirstOrThrow();
    const told = (await notificationsOf(ward.id, app)).filter((n) => n.subject.startsWith('city-return:2026-Q1'));
    expect(told.length).toBeGreaterThan(0);
    expect(told[0]?.data.comment).toBe('Bổ sung số liệu kiểm tra công vụ.');
    expect((await admin.post('/api/v1/city/inbox/p-hoa/2026-Q1/return', { comment: 'x' })).status).toBe(409);
  });

  it('is read only for the city observer and closed to wards', async () => {
    const ward = await t.loginAs('haiduong.admin');
    expect((await ward.get('/api/v1/city/inbox?period=2026-Q1')).status).toBe(403);
    const coordinator = await t.loginAs('haiduong.vhxh');
    expect((await coordinator.post('/api/v1/city/inbox/reminders', { period: '2026-Q1' })).status).toBe(403);
  });
});
