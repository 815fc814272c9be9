import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitsSelfInspectedShare } from '../src/modules/inspections/coverage.js';
import { readOptionalFigures } from '../src/modules/reports/providers.js';
import { TEST_EPOCH } from './support/constants.js';
import { ensureSeedPlan, type SeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let plan: SeedPlan;
let units: string[];
let coordinator: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  plan = await ensureSeedPlan(t.db);
  // The seed has 8 units; the ward adds two more, so that it has the 10 of the acceptance test.
  for (const code of ['TTYT', 'TVPL']) {
    await t.db
      .insertInto('units')
      .values({
        tenant_id: plan.tenantId,
        id: randomUUID(),
        code,
        name: `Đơn vị ${code}`,
        short_name: code,
        created_at: TEST_EPOCH,
      })
      .execute();
  }
  units = (
    await t.db.selectFrom('units').select('id').where('tenant_id', '=', plan.tenantId).orderBy('code').execute()
  ).map((u) => u.id);
  coordinator = await t.loginAs('haiduong.vhxh');
});
afterAll(() => t?.close());

const YEAR_PLAN = {
  year: 2026,
  title: 'kiểm tra công tác cải cách hành chính năm 2026',
  reference: '15/KH-UBND',
  scope: 'Việc triển khai Kế hoạch CCHC năm 2026 tại các phòng, đơn vị.',
  team: ['Bà Phạm Thị Thanh Vân, Chủ tịch UBND phường, Trưởng đoàn', 'Ông Nguyễn Văn B, Phòng VHXH, thành viên'],
};

async function createPlan(unitIds: string[]): Promise<{ planId: string; byUnit: Map<string, string> }> {
  const res = await coordinator.post('/api/v1/inspections/plans', {
    ...YEAR_PLAN,
    units: unitIds.map((unitId) => ({ unitId, plannedFrom: '2026-06-10', plannedTo: '2026-06-11' })),
  });
  expect(res.status).toBe(201);
  const plans = (await coordinator.get('/api/v1/inspections/plans?year=2026')).body;
  const created = plans.find((p: { id: string }) => p.id === res.body.id);
  return {
    planId: res.body.id,
    byUnit: new Map(created.inspections.map((i: { id: string; unit: { id: string } }) => [i.unit.id, i.id])),
  };
}

const conclude = (id: string, n: number) =>
  coordinator.post(`/api/v1/inspections/${id}/conclude`, {
    conclusion: 'Đơn vị thực hiện cơ bản đầy đủ nhiệm vụ cải cách hành chính.',
    noticeNumber: String(n),
    noticeDate: '2026-06-15',
    signerName: 'Phạm Thị Thanh Vân',
  });

async function targetD() {
  const res = await (await t.loginAs('haiduong.chutich')).get('/api/v1/targets');
  const target = res.body.targets.find((x: { measures: { metric: string }[] }) =>
    x.measures.some((m) => m.metric === 'units_self_inspected'),
  );
  return {
    code: target.code,
    measure: target.measures.find((m: { metric: string }) => m.metric === 'units_self_inspected'),
  };
}

/**
 * The tests of one unit conclude in June, outside the Q1 window target đ's test reads, on units it counts already or
 * never: so it counts the same whether they ran before it or not. The session starts on the day set (7 days long).
 */
async function onDay(instant: Date) {
  t.clock.set(instant);
  coordinator = await t.loginAs('haiduong.vhxh');
}
const JUNE_15 = new Date('2026-06-15T02:00:00Z');

describe('target đ: units self-inspected', () => {
  it('counts the units the plan names, not every row of the unit table: 5 of 6, then 6 of 6', async () => {
    await onDay(TEST_EPOCH);
    // The seed plan's appendix names six units as lead or coordinator: Phòng VHXH, Văn phòng HĐND&UBND, the
    // one-stop centre, the public-service centre, Phòng KTHT&ĐT and the ward police. The radio station, the steering
    // committee and the two units added above are rows of the unit table the plan never names.
    const named = ['VHXH', 'VP', 'TTPVHCC', 'TTDVSNC', 'KTHTDT', 'CA'].map((c) => plan.unitIds.get(c) ?? '');
    const extraIds = (
      await t.db
        .selectFrom('units')
        .select('id')
        .where('tenant_id', '=', plan.tenantId)
        .where('code', 'in', ['DTT', 'TTYT'])
        .execute()
    ).map((u) => u.id);
    expect(named.every(Boolean)).toBe(true);
    const { byUnit } = await createPlan(units);
    const id = (unit: string) => byUnit.get(unit) ?? '';
    let n = 0;
    for (const unit of [...named.slice(0, 5), ...extraIds]) expect((await conclude(id(unit), ++n)).status).toBe(200);

    const five = await targetD();
    expect(five.code).toBe('đ');
    expect(five.measure).toMatchObject({
      origin: 'computed',
      reading: { value: 83.33, numerator: 5, denominator: 6 },
    });
    expect(five.measure.status).not.toBe('met');
    const coverage = await coordinator.get('/api/v1/inspections/coverage?year=2026');
    expect(coverage.body).toMatchObject({ inspected: 5, total: 6, rate: 83.33, missingUnits: [{ id: named[5] }] });

    expect((await conclude(id(named[5] ?? ''), ++n)).status).toBe(200);
    const six = await targetD();
    expect(six.measure).toMatchObject({ status: 'met', reading: { value: 100, numerator: 6, denominator: 6 } });
    expect((await unitsSelfInspectedShare(t.db, plan.tenantId, 2026)).rate).toBe(100);
    // As of a day before the conclusions, none counted yet.
    expect((await unitsSelfInspectedShare(t.db, plan.tenantId, 2026, '2026-03-19')).inspected).toBe(0);

    // The periodic report's inspection part, read through the reports' registry: eight conclusions in the window,
    // six of them of units the plan names.
    const context = {
      db: t.db,
      tenantId: plan.tenantId,
      plan: { id: plan.planId, year: 2026 },
      period: 'Q1' as const,
      window: { start: '2025-12-15', end: '2026-03-20' },
      calendarSpan: { start: '2026-01-01', end: '2026-03-31' },
      asOf: '2026-03-20',
      units: [],
    };
    expect((await readOptionalFigures(context)).inspections).toEqual({
      concluded: 8,
      unitsInspected: 6,
      unitsTotal: 6,
      rate: 100,
    });
  });
});

describe('one unit’s inspection', () => {
  it('takes the unit’s own form, the team’s findings and follow-ups, and issues the conclusion notice', async () => {
    await onDay(JUNE_15);
    const centre = plan.unitIds.get('TTPVHCC') ?? '';
    const { byUnit } = await createPlan([centre]);
    const id = byUnit.get(centre) ?? '';
    const head = await t.loginAs('haiduong.truongphong');
    const form = {
      items: [
        { area: 'procedures', result: 'partly_done', note: 'Còn 2 thủ tục chưa niêm yết' },
        { area: 'digital_government', result: 'done', note: '' },
      ],
    };
    const assessed = await head.post(`/api/v1/inspections/${id}/self-assessment`, form);
    expect(assessed.status).toBe(200);
    expect(assessed.body).toMatchObject({ status: 'self_assessed', permissions: { manage: false, selfAssess: true } });
    expect(
      (await head.post(`/api/v1/inspections/${id}/findings`, { severity: 'minor', text: 'x'.repeat(5) })).status,
    ).toBe(403);

    await coordinator.post(`/api/v1/inspections/${id}/findings`, {
      severity: 'moderate',
      text: 'Chưa niêm yết đủ thủ tục hành chính',
    });
    const withFinding = (await coordinator.get(`/api/v1/inspections/${id}`)).body;
    const followed = await coordinator.post(`/api/v1/inspections/${id}/follow-ups`, {
      action: 'Niêm yết đủ thủ tục tại Trung tâm',
      ownerUnitId: centre,
      dueOn: '2026-07-15',
      findingId: withFinding.findings[0].id,
    });
    expect(followed.body.followUps).toEqual([
      expect.objectContaining({
        action: 'Niêm yết đủ thủ tục tại Trung tâm',
        status: 'open',
        timing: 'open',
        dueOn: '2026-07-15',
      }),
    ]);
    expect((await conclude(id, 25)).body).toMatchObject({ status: 'concluded', noticeNumber: '25' });
    expect((await conclude(id, 26)).status).toBe(409);

    const html = await coordinator.get(`/api/v1/inspections/${id}/notice.html`);
    expect(html.status).toBe(200);
    expect(html.body).toContain('THÔNG BÁO');
    expect(html.body).toContain('Số: 25/TB-UBND');
    expect(html.body).toContain(
      'Kết luận kiểm tra công tác cải cách hành chính năm 2026 tại Trung tâm Phục vụ hành chính công',
    );
    expect(html.body).toContain('Chưa niêm yết đủ thủ tục hành chính');
    const docx = await coordinator.get(`/api/v1/inspections/${id}/notice.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');

    const followUpId = followed.body.followUps[0].id;
    const done = await head.post(`/api/v1/inspections/${id}/follow-ups/${followUpId}/done`, { note: 'Đã niêm yết' });
    expect(done.body.followUps[0]).toMatchObject({ status: 'done', timing: 'done', doneNote: 'Đã niêm yết' });
  });

  it('lets the observer read conclusions only, and refuses a cancelled inspection its conclusion', async () => {
    await onDay(JUNE_15);
    const vp = plan.unitIds.get('VP') ?? '';
    const radio = plan.unitIds.get('DTT') ?? ''; // a unit the plan never names: a conclusion of its own to read
    const { byUnit } = await createPlan([vp, radio]);
    const id = byUnit.get(vp) ?? '';
    expect((await conclude(byUnit.get(radio) ?? '', 30)).status).toBe(200);
    const observer = await t.loginAs('haiduong.mattran');
    expect((await observer.get(`/api/v1/inspections/${id}`)).status).toBe(404);
    expect((await observer.get('/api/v1/inspections/plans')).status).toBe(403);
    const concluded = (await observer.get('/api/v1/inspections/conclusions?year=2026')).body;
    expect(concluded.length).toBeGreaterThan(0);
    expect((await observer.get(`/api/v1/inspections/${concluded[0].id}/notice.html`)).status).toBe(200);
    expect((await observer.post(`/api/v1/inspections/${id}/cancel`, { note: 'Không' })).status).toBe(403);

    expect((await coordinator.post(`/api/v1/inspections/${id}/cancel`, { note: 'Đơn vị sáp nhập' })).body.status).toBe(
      'cancelled',
    );
    expect((await conclude(id, 99)).status).toBe(409);
  });
});
