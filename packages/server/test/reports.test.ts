import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendReportReminders } from '../src/modules/reports/reminders.js';
import { createWard } from './support/factories.js';
import { ensureSeedPlan, type SeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

// 09:00 on Thu 05/03/2026 in Hà Nội: inside Q1's window (15/12/2025–08/03/2026), three days before its due date.
const NOW = new Date('2026-03-05T02:00:00Z');
const Q1 = '/api/v1/reports/periods/2026-Q1';

interface Ward {
  t: TestApp;
  plan: SeedPlan;
  centre: string;
  officer: TestClient;
  coordinator: TestClient;
}

/** A fresh database at NOW with the seed plan, and task 20 at 60% for the centre's report to quote. */
async function openWard(): Promise<Ward> {
  const t = await startTestApp({ now: NOW });
  const plan = await ensureSeedPlan(t.db);
  const centre = plan.unitIds.get('TTPVHCC') as string;
  const officer = await t.loginAs('haiduong.canbo');
  const coordinator = await t.loginAs('haiduong.vhxh');
  const task20 = plan.taskIds.get(20) as string;
  const progress = await officer.post(`/api/v1/tasks/${task20}/updates`, {
    progress: 60,
    comment: 'Đã dự thảo kế hoạch',
  });
  expect(progress.status).toBe(200);
  return { t, plan, centre, officer, coordinator };
}

// The ward the tests read, its reports all in draft; the tests that move a report through its review open their own.
let t: TestApp;
let plan: SeedPlan;
let centre: string;
let officer: TestClient;
let coordinator: TestClient;
beforeAll(async () => {
  ({ t, plan, centre, officer, coordinator } = await openWard());
});
afterAll(() => t?.close());

describe('report periods', () => {
  it("lists the plan's periods with their due dates and default data windows", async () => {
    const res = await officer.get('/api/v1/reports/periods');
    expect(res.status).toBe(200);
    expect(res.body.windowMode).toBe('since_previous');
    expect(
      res.body.periods.map((p: { code: string; start: string; end: string; due: string }) => [
        p.code,
        p.start,
        p.end,
        p.due,
      ]),
    ).toEqual([
      ['2026-Q1', '2025-12-15', '2026-03-08', '2026-03-08'],
      ['2026-H1', '2025-12-15', '2026-06-08', '2026-06-08'],
      ['2026-Q3', '2026-06-09', '2026-09-08', '2026-09-08'],
      ['2026', '2025-12-15', '2026-12-08', '2026-12-08'],
    ]);
    expect(res.body.periods[0]).toMatchObject({
      name: 'quý I năm 2026',
      myUnit: { status: 'draft', timing: 'pending' },
    });
  });

  it("switches to Decree 09's windows when the ward's settings say so", async () => {
    const settings = (await coordinator.get('/api/v1/reports/settings')).body;
    expect(settings).toMatchObject({ windowMode: 'since_previous', remindWorkingDays: [5, 1], archive: 'VT, VHXH' });
    expect(settings.recipients[0]).toBe('UBND thành phố Hải Phòng');
    expect(
      (await officer.request('PUT', '/api/v1/reports/settings', { ...settings, windowMode: 'decree_09' })).status,
    ).toBe(403);
    const saved = await coordinator.request('PUT', '/api/v1/reports/settings', {
      ...settings,
      windowMode: 'decree_09',
    });
    expect(saved.status).toBe(200);
    const periods = (await officer.get('/api/v1/reports/periods')).body.periods;
    expect([periods[0].start, periods[0].end, periods[1].start, periods[1].end]).toEqual([
      '2025-12-15',
      '2026-03-14',
      '2025-12-15',
      '2026-06-14',
    ]);
    await coordinator.request('PUT', '/api/v1/reports/settings', settings);
  });

  it('answers 404 for a period the plan does not report and 400 for a malformed code', async () => {
    expect((await officer.get('/api/v1/reports/periods/2026-Q2/units')).status).toBe(404);
    expect((await officer.get('/api/v1/reports/periods/2027-Q1/units')).status).toBe(404);
    expect((await officer.get('/api/v1/reports/periods/2026-Q5/units')).status).toBe(400);
  });
});

describe("a unit's report", () => {
  it("is pre-filled with the unit's tasks, their status and the window's updates", async () => {
    const res = await officer.get(`${Q1}/units/${centre}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'draft',
      saved: false,
      timing: 'pending',
      rights: { edit: true, review: false },
    });
    const task20 = res.body.tasks.find((x: { no: number }) => x.no === 20);
    expect(task20).toMatchObject({ status: 'in_progress', progress: 60, areaCode: 'II.3' });
    expect(task20.updates).toEqual([
      { on: '2026-03-05', comment: 'Đã dự thảo kế hoạch', progressAfter: 60, statusAfter: 'in_progress' },
    ]);
    expect(res.body.content.results['II.3']).toMatch(
      /^- Nhiệm vụ 20 \(.+\): đang thực hiện, đạt 60%\. Đã dự thảo kế hoạch\.$/,
    );
    expect(res.body.areas.map((a: { code: string }) => a.code)).toContain('II.3');
  });

  it('is kept to its unit: another unit reads 403, another ward 404', async () => {
    const vhxh = plan.unitIds.get('VHXH') as string;
    expect((await officer.get(`${Q1}/units/${vhxh}`)).status).toBe(403);
    const other = await createWard(t.db, 'phuong-khac', ['coordinator']);
    const stranger = await t.loginAs(other.usernames.coordinator as string);
    expect((await stranger.get(`${Q1}/units/${centre}`)).status).toBe(404);
    const list = await officer.get(`${Q1}/units`);
    expect(list.body.units.map((u: { unit: { id: string } }) => u.unit.id)).toEqual([centre]);
  });
});

// Each test moves reports for good (submitted, accepted, reminders sent), in a ward of its own.
let w: Ward;
function inWardOfItsOwn() {
  beforeEach(async () => {
    w = await openWard();
  });
  afterEach(() => w?.t.close());
}

/** The centre's Q1 report submitted and accepted, as the review test above takes it through. */
async function acceptCentreReport() {
  const submitted = await w.officer.post(`${Q1}/units/${w.centre}/submit`, { confirm: true });
  expect(submitted.body.status).toBe('submitted');
  expect((await w.coordinator.post(`${Q1}/units/${w.centre}/accept`, {})).body.status).toBe('accepted');
}

describe("a unit's report under review", () => {
  inWardOfItsOwn();

  it('is saved, submitted, returned with a comment, submitted again and accepted', async () => {
    const form = (await w.officer.get(`${Q1}/units/${w.centre}`)).body;
    const content = { ...form.content, limits: 'Thiếu máy quét tài liệu.' };
    const saved = await w.officer.request('PUT', `${Q1}/units/${w.centre}`, { content });
    expect(saved.body).toMatchObject({ status: 'draft', saved: true, content: { limits: 'Thiếu máy quét tài liệu.' } });
    expect((await w.officer.post(`${Q1}/units/${w.centre}/accept`, {})).status).toBe(403);
    const submitted = await w.officer.post(`${Q1}/units/${w.centre}/submit`, { confirm: true });
    expect(submitted.body).toMatchObject({ status: 'submitted', timing: 'on_time', late: false });
    expect((await w.officer.request('PUT', `${Q1}/units/${w.centre}`, { content })).status).toBe(409);
    expect((await w.coordinator.post(`${Q1}/units/${w.centre}/return`, {})).status).toBe(400);
    const returned = await w.coordinator.post(`${Q1}/units/${w.centre}/return`, { comment: 'Bổ sung nguyên nhân.' });
    expect(returned.body).toMatchObject({ status: 'returned', reviewComment: 'Bổ sung nguyên nhân.' });
    const again = await w.officer.post(`${Q1}/units/${w.centre}/submit`, {
      content: { ...content, causes: 'Kinh phí chưa bố trí.' },
      confirm: true,
    });
    expect(again.body).toMatchObject({ status: 'submitted', content: { causes: 'Kinh phí chưa bố trí.' } });
    const accepted = await w.coordinator.post(`${Q1}/units/${w.centre}/accept`, {});
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.history.map((h: { action: string; comment: string | null }) => [h.action, h.comment])).toEqual(
      [
        ['accept', null],
        ['submit', null],
        ['return', 'Bổ sung nguyên nhân.'],
        ['submit', null],
      ],
    );
  });

  it('flags a unit late once the due date passes without its report', async () => {
    await acceptCentreReport();
    w.t.clock.set(new Date('2026-03-09T02:00:00Z'));
    try {
      const list = (await w.coordinator.get(`${Q1}/units`)).body.units;
      const byCode = (name: string) => list.find((u: { unit: { name: string } }) => u.unit.name === name);
      expect(byCode('Trung tâm Phục vụ hành chính công')).toMatchObject({
        status: 'accepted',
        timing: 'on_time',
        late: false,
      });
      expect(byCode('Phòng Văn hóa - Xã hội')).toMatchObject({ status: 'draft', timing: 'overdue', late: true });
      const vhxh = w.plan.unitIds.get('VHXH') as string;
      const late = await w.coordinator.post(`${Q1}/units/${vhxh}/submit`, { confirm: true });
      expect(late.body).toMatchObject({ status: 'submitted', timing: 'late', late: true });
    } finally {
      w.t.clock.set(NOW);
    }
  });
});

describe('reminders', () => {
  inWardOfItsOwn();

  it('remind units without a report 5 and 1 working days before the due date, once', async () => {
    await acceptCentreReport();
    const log = { info: () => {} };
    // Mon 02/03: five working days before Sun 08/03. The centre's report is in; the others are not.
    const added = await sendReportReminders(w.t.db, new Date('2026-03-02T01:00:00Z'), log);
    expect(added).toBeGreaterThan(0);
    expect(await sendReportReminders(w.t.db, new Date('2026-03-02T01:00:00Z'), log)).toBe(0);
    expect(await sendReportReminders(w.t.db, new Date('2026-03-03T01:00:00Z'), log)).toBe(0);
    w.t.clock.set(new Date('2026-03-02T03:00:00Z'));
    try {
      const mine = await w.officer.get('/api/v1/reports/reminders');
      expect(mine.body).toEqual([]);
      const all = await w.coordinator.get('/api/v1/reports/reminders');
      expect(all.body.length).toBe(added);
      expect(
        all.body.every((r: { kind: string; due: string }) => r.kind === 'due_soon' && r.due === '2026-03-08'),
      ).toBe(true);
      expect(all.body.some((r: { unitId: string }) => r.unitId === w.centre)).toBe(false);
    } finally {
      w.t.clock.set(NOW);
    }
  });
});
