import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { at } from './support/dossier-fixtures.js';
import { createWard } from './support/factories.js';
import { PAR_ROWS, parCriteriaXlsx } from './support/par-criteria.js';
import { ensureSeedPlan, type SeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

const SETS = '/api/v1/city/par/sets';
const MINE = '/api/v1/par/assessments/par/2026';
const CITY = '/api/v1/city/par/par/2026';

// Each test reads a ward at the stage it needs: the tests that only read the draft (or add evidence to it) share
// one app; a test that takes the assessment further starts its own and brings it there (`reach`), so no test
// depends on another having run first.
interface World {
  t: TestApp;
  plan: SeedPlan;
  admin: TestClient;
  coordinator: TestClient;
}
let t: TestApp;
let admin: TestClient;
let coordinator: TestClient;

/** Sends the criteria file with its fields as the city's import form does. */
async function importSet(
  client: TestClient,
  t: TestApp,
  bytes: Buffer | string,
  name = 'bo-tieu-chi-2026.xlsx',
  fields: Record<string, string> = { kind: 'par' },
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name);
  const { cookie, csrf } = client as unknown as { cookie: string; csrf: string };
  const res = await fetch(`${t.url}${SETS}`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf }, body: form });
  return { status: res.status, body: await res.json() };
}

type Node = {
  code: string;
  leaf: boolean;
  survey: boolean;
  method: string;
  maxPoints: number;
  pre: { value: number | null; points: number | null; percent: number | null; calculation: string } | null;
};
const nodeOf = (view: { criteria: Node[] }, code: string) => view.criteria.find((c) => c.code === code) as Node;

/** Full marks on every leaf the ward scores (1 for yes/no, 100% for ratios, the maximum for scales), then `changes`. */
function fullMarks(view: { criteria: Node[] }, changes: Record<string, number> = {}) {
  return view.criteria
    .filter((c) => c.leaf && !c.survey)
    .map((c) => {
      const full = c.method === 'yes_no' ? 1 : c.method === 'ratio' ? 100 : c.method === 'deduction' ? 0 : c.maxPoints;
      const value = changes[c.code] ?? full;
      return {
        code: c.code,
        value,
        reason: c.pre?.value != null && c.pre.value !== value ? 'Số liệu đã được bổ sung sau kỳ báo cáo.' : null,
      };
    });
}

/**
 * Phường Hải Dương on 20/06/2026 with the data the pre-scores read (Q1's report sent on time, task 1 completed,
 * three units self-inspected) and the city's 2026 criteria set; its self-assessment is a draft.
 */
async function world(): Promise<World> {
  const t = await startTestApp();
  at(t, '2026-03-06 09:00');
  const plan = await ensureSeedPlan(t.db);
  let coordinator = await t.loginAs('haiduong.vhxh');
  // Q1's report (due 08/03) sent on 06/03: on time.
  const Q1 = '/api/v1/reports/periods/2026-Q1/report';
  expect((await coordinator.post(`${Q1}/generate`, {})).status).toBe(201);
  const chairman = await t.loginAs('haiduong.chutich');
  const sent = await chairman.post(`${Q1}/send`, {
    version: 1,
    number: '15/BC-UBND',
    date: '2026-03-06',
    recipients: ['UBND thành phố Hải Phòng'],
  });
  expect(sent.status).toBe(200);
  // Task 1 completed and accepted, with its document as evidence.
  const task1 = plan.taskIds.get(1) as string;
  expect(
    (
      await coordinator.post(`/api/v1/tasks/${task1}/evidence/documents`, {
        number: '12/KH-UBND',
        date: '2026-01-20',
        title: 'Kế hoạch CCHC năm 2026',
      })
    ).status,
  ).toBe(200);
  expect((await coordinator.post(`/api/v1/tasks/${task1}/submit`, { completedOn: '2026-01-20' })).status).toBe(200);
  expect((await coordinator.post(`/api/v1/tasks/${task1}/accept`, {})).status).toBe(200);
  // Three of the units the plan names self-inspected and concluded in June.
  at(t, '2026-06-16 09:00');
  // Sessions end after months idle: sign in again on the new day.
  coordinator = await t.loginAs('haiduong.vhxh');
  const units = [...plan.unitIds.values()].slice(0, 3);
  const created = await coordinator.post('/api/v1/inspections/plans', {
    year: 2026,
    title: 'kiểm tra công tác cải cách hành chính năm 2026',
    reference: '15/KH-UBND',
    scope: 'Việc triển khai Kế hoạch CCHC năm 2026 tại các phòng, đơn vị.',
    team: ['Bà Phạm Thị Thanh Vân, Chủ tịch UBND phường, Trưởng đoàn'],
    units: units.map((unitId) => ({ unitId, plannedFrom: '2026-06-10', plannedTo: '2026-06-11' })),
  });
  expect(created.status).toBe(201);
  const plans = (await coordinator.get('/api/v1/inspections/plans?year=2026')).body;
  const inspections = plans.find((p: { id: string }) => p.id === created.body.id).inspections as { id: string }[];
  for (const [i, inspection] of inspections.entries()) {
    const done = await coordinator.post(`/api/v1/inspections/${inspection.id}/conclude`, {
      conclusion: 'Đơn vị thực hiện cơ bản đầy đủ nhiệm vụ cải cách hành chính.',
      noticeNumber: String(i + 1),
      noticeDate: '2026-06-15',
      signerName: 'Phạm Thị Thanh Vân',
    });
    expect(done.status).toBe(200);
  }
  at(t, '2026-06-20 09:00');
  coordinator = await t.loginAs('haiduong.vhxh');
  const admin = await t.loginAs('thanhpho.admin');
  // The city's criteria set of 2026.
  const set = await importSet(admin, t, await parCriteriaXlsx(), 'bo-tieu-chi-2026.xlsx', {
    kind: 'par',
    deadline: '2026-11-30',
  });
  expect(set.status).toBe(201);
  return { t, plan, admin, coordinator };
}

/** A world of the test's own, closed when the test ends. */
async function ownWorld(): Promise<World> {
  const w = await world();
  onTestFinished(() => w.t.close());
  return w;
}

/** Links the ward's evidence: task 1 and its document, Q1's report, an inspection and a typed decision. */
async function linkEvidence({ plan, coordinator }: World) {
  const options = (await coordinator.get(`${MINE}/evidence-options`)).body;
  const task1 = plan.taskIds.get(1) as string;
  const product = options.products.find((p: { task_id: string }) => p.task_id === task1);
  const report = options.reports.find((r: { period: string }) => r.period === 'Q1');
  const links = [
    { code: '1.1.2', kind: 'task', taskId: task1 },
    { code: '1.1.1', kind: 'task_evidence', taskEvidenceId: product.id },
    { code: '1.2', kind: 'report', reportId: report.id },
    { code: '1.3.b', kind: 'inspection', inspectionId: options.inspections[0].id },
    {
      code: '1.5',
      kind: 'document',
      docNumber: '45/QĐ-UBND',
      docDate: '2026-05-10',
      docTitle: 'Quyết định công nhận sáng kiến',
    },
  ];
  for (const link of links) expect((await coordinator.post(`${MINE}/evidence`, link)).status).toBe(201);
}

/** Full marks except 1.1.2 (the data's 0 kept), 3.4 at 97% (2 points), 7.4 at 75% (1.5 of 2), a 0.5 deduction: 65. */
async function scoreSelf({ coordinator }: World) {
  const view = (await coordinator.get(MINE)).body;
  const scores = fullMarks(view, { '1.1.2': 0, '1.2': 50, '1.3.b': 37.5, '3.4': 97, '7.4': 75, '7.t1': 0.5 });
  expect((await coordinator.put(`${MINE}/scores`, { scores })).status).toBe(200);
}

const SURVEY = [
  { code: 'B.8', value: 8 },
  { code: 'B.9.1', value: 9 },
  { code: 'B.9.2', value: 8.5 },
];
const APPRAISAL = {
  scores: [
    { code: '1.5', value: 1, comment: 'Sáng kiến chưa được công nhận cấp thành phố.' },
    { code: '3.1', value: 75, comment: 'Điểm 766 năm: 75.' },
    ...SURVEY,
  ],
  comment: 'Hội đồng thẩm định đã rà soát tài liệu kiểm chứng.',
};

/** Three more wards and a commune score themselves, submit, and the city enters their survey and finalises them. */
async function otherWardsFinal({ t, admin }: World) {
  const wards: [string, 'ward' | 'commune', Record<string, number>, [number, number, number]][] = [
    ['p-an', 'ward', {}, [8.5, 8.5, 8.5]], // 70 + 25.5 = 95.5
    ['p-binh', 'ward', { '1.5': 0 }, [9.5, 9, 9]], // 68 + 27.5 = 95.5: tied with p-an
    ['p-chau', 'ward', { '7.t1': 2, '3.4': 90 }, [6, 7, 7]], // 70 − 2 − 3 + 20 = 85
    ['x-dong', 'commune', {}, [4, 3, 3]], // 70 + 10 = 80, alone in its block
  ];
  for (const [code, kind, changes, [b8, b91, b92]] of wards) {
    const ward = await createWard(t.db, code, ['coordinator']);
    await t.db.updateTable('tenants').set({ kind }).where('id', '=', ward.tenantId).execute();
    const own = await t.loginAs(ward.usernames.coordinator as string);
    const theirs = (await own.get(MINE)).body;
    // A ward without a plan has no pre-score for reports or tasks; its one unit, never inspected, is 0%.
    expect(nodeOf(theirs, '1.2').pre?.value).toBeNull();
    expect(nodeOf(theirs, '1.3.b').pre).toMatchObject({ value: 0, percent: 0 });
    const saved = await own.put(`${MINE}/scores`, { scores: fullMarks(theirs, changes) });
    expect(saved.body).toEqual({ ok: true });
    expect((await own.post(`${MINE}/submit`)).status).toBe(200);
    const res = await admin.post(`${CITY}/wards/${code}/appraisal`, {
      scores: [
        { code: 'B.8', value: b8 },
        { code: 'B.9.1', value: b91 },
        { code: 'B.9.2', value: b92 },
      ],
    });
    expect(res.body).toEqual({ ok: true });
    expect((await admin.post(`${CITY}/wards/${code}/finalise`)).status).toBe(200);
  }
}

const STAGES = ['evidence', 'scored', 'submitted', 'appraised', 'ranked'] as const;
type Stage = (typeof STAGES)[number];

/** Brings a world's self-assessment of Hải Dương to `stage`, through each stage before it. */
async function reach(w: World, stage: Stage): Promise<World> {
  const steps: Record<Stage, () => Promise<unknown>> = {
    evidence: () => linkEvidence(w),
    scored: () => scoreSelf(w),
    submitted: async () => expect((await w.coordinator.post(`${MINE}/submit`)).status).toBe(200),
    appraised: async () =>
      expect((await w.admin.post(`${CITY}/wards/hai-duong/appraisal`, APPRAISAL)).status).toBe(200),
    ranked: async () => {
      await otherWardsFinal(w);
      expect((await w.admin.post(`${CITY}/wards/hai-duong/finalise`)).status).toBe(200);
    },
  };
  for (const s of STAGES.slice(0, STAGES.indexOf(stage) + 1)) await steps[s]();
  return w;
}

beforeAll(async () => {
  ({ t, admin, coordinator } = await world());
}, 180_000);
afterAll(() => t?.close());

describe('the criteria set', () => {
  it('is imported from .xlsx by the city admin, versioned per year', async () => {
    // 2027's set: the shared world's 2026 set is imported already.
    const first = await importSet(admin, t, await parCriteriaXlsx(PAR_ROWS, 2027), 'bo-tieu-chi-2027.xlsx', {
      kind: 'par',
      deadline: '2027-11-30',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ kind: 'par', year: 2027, version: 1, totalPoints: 100, deadline: '2027-11-30' });
    const detail = (await admin.get(`${SETS}/${first.body.id}`)).body;
    // 51 nodes: 7 areas, the survey's 2 and their criteria; the "-" levels of 1.4 are folded into it.
    expect(detail.criteria).toHaveLength(PAR_ROWS.length - 2 - 3);
    expect(detail.criteria.filter((c: Node) => c.leaf)).toHaveLength(38);
    expect(
      detail.criteria
        .filter((c: { source: string | null }) => c.source)
        .map((c: { code: string; source: string }) => [c.code, c.source]),
    ).toEqual([
      ['1.1.2', 'tasks_done'],
      ['1.2', 'reports_on_time'],
      ['1.3.b', 'inspection_coverage'],
      ['3.1', 'indicators_766'],
    ]);
    const again = await importSet(admin, t, await parCriteriaXlsx(PAR_ROWS, 2027), 'bo-tieu-chi-2027-sua.xlsx', {
      kind: 'par',
      year: '2027',
      deadline: '2027-11-30',
    });
    expect(again.body.version).toBe(2);
    const sets = (await admin.get(SETS)).body as { year: number; version: number }[];
    expect(sets.filter((s) => s.year === 2027).map((s) => s.version)).toEqual([2, 1]);
    // The city moves its deadline; a date it cannot read is refused by field.
    expect(
      (await admin.patch(`${SETS}/${again.body.id}`, { deadline: '30/11/2027' })).body.error.fields,
    ).toHaveProperty('deadline');
    expect((await admin.patch(`${SETS}/${again.body.id}`, { deadline: '2027-12-05' })).body.deadline).toBe(
      '2027-12-05',
    );
  });

  it('answers bad files and fields with a field-level 400, never a 500', async () => {
    const noHeader = await parCriteriaXlsx([]);
    const cases: [Awaited<ReturnType<typeof importSet>>, string][] = [
      [await importSet(admin, t, 'không phải bảng tính', 'bo-tieu-chi.txt'), 'file'],
      [await importSet(admin, t, 'PK\u0003\u0004 hỏng', 'bo-tieu-chi.xlsx'), 'file'],
      [await importSet(admin, t, await parCriteriaXlsx(), 'a.xlsx', { kind: 'abc' }), 'kind'],
      [
        await importSet(admin, t, await parCriteriaXlsx(), 'a.xlsx', { kind: 'par', deadline: '30/11/2026' }),
        'deadline',
      ],
      [
        await importSet(admin, t, await parCriteriaXlsx([['1', 'CHỈ ĐẠO, ĐIỀU HÀNH', 'mười']]), 'a.xlsx'),
        'rows.7.maxPoints',
      ],
    ];
    for (const [res, field] of cases) {
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {})).toContain(field);
    }
    // A sheet with only the title block and the header has no criteria.
    const empty = await importSet(admin, t, noHeader);
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields.file).toBe('Bảng không có tiêu chí nào.');
    expect((await coordinator.post(SETS, {})).status).toBe(403);
  });
});

describe("the ward's self-assessment", () => {
  it('pre-scores the criteria the data decides, with the calculation', async () => {
    const view = (await coordinator.get(MINE)).body;
    expect(view).toMatchObject({ status: 'draft', asOf: '2026-06-20', set: { version: 1, totalPoints: 100 } });
    // Reports: Q1 (due 08/03) sent 06/03, H1 (due 08/06) not sent → 1/2 = 50% → "từ 50%": 1 point.
    expect(nodeOf(view, '1.2').pre).toMatchObject({ percent: 50, points: 1, value: 50 });
    expect(nodeOf(view, '1.2').pre?.calculation).toBe(
      'Báo cáo gửi đúng hạn 1/2 = 50,00% (Quý I/2026: hạn 08/03/2026, gửi 06/03/2026 (đúng hạn); 6 tháng/2026: hạn 08/06/2026, chưa gửi). → mức từ 50%: 1,00/2,00 điểm.',
    );
    // Tasks: task 1 of the plan's 46 (45 in the appendix, and IV.2.d's budget "trong Quý I/2026" from the prose)
    // completed → 2.17% → below 80%: 0 points.
    expect(nodeOf(view, '1.1.2').pre).toMatchObject({ percent: 2.17, points: 0 });
    expect(nodeOf(view, '1.1.2').pre?.calculation).toContain('đã hoàn thành 1/46 = 2,17%');
    // Inspections: 3 units concluded, over the 6 units the plan names (VHXH, VP, TTPVHCC, TTDVSNC, KTHTDT, CA:
    // the same denominator as target đ) → 50% → "từ 30%": 1 point.
    expect(nodeOf(view, '1.3.b').pre).toMatchObject({ percent: 50, points: 1 });
    // Decision 766: no dossiers this year, so no total: the ward scores it by hand.
    expect(nodeOf(view, '3.1').pre).toMatchObject({ value: null, points: null });
    expect(view.can).toMatchObject({ edit: true, submit: true });
  });

  it('refuses an override without its reason, out-of-range values and the survey, by field', async () => {
    const bad = await coordinator.put(`${MINE}/scores`, {
      scores: [
        { code: '1.2', value: 100 },
        { code: '1.1.1', value: 2 },
        { code: 'B.8', value: 5 },
        { code: '1', value: 1 },
        { code: '1.5', value: 1.234 },
        { code: 'khong-co', value: 1 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual([
      'scores.0.reason',
      'scores.1.value',
      'scores.2.code',
      'scores.3.code',
      'scores.4.value',
      'scores.5.code',
    ]);
    expect((await coordinator.put(`${MINE}/scores`, { scores: 'x' })).status).toBe(400);
    await expect(
      (await t.loginAs('haiduong.canbo')).put(`${MINE}/scores`, { scores: [{ code: '1.5', value: 1 }] }),
    ).resolves.toMatchObject({ status: 403 });
  });

  it('links evidence from the plan, reports, inspections and typed documents; units add theirs', async () => {
    // Its own world: the shared draft keeps no evidence another test would have to count.
    const w = await reach(await ownWorld(), 'evidence');
    const { coordinator } = w;
    const officer = await w.t.loginAs('haiduong.canbo');
    const own = await officer.post(`${MINE}/evidence`, {
      code: '3.2.a',
      kind: 'document',
      docTitle: 'Ảnh chụp bảng niêm yết TTHC',
    });
    expect(own.status).toBe(201);
    // Missing references and unknown records answer by field.
    const missing = await coordinator.post(`${MINE}/evidence`, { code: '1.2', kind: 'report' });
    expect(missing.body.error.fields).toHaveProperty('reportId');
    const unknown = await coordinator.post(`${MINE}/evidence`, {
      code: '1.2',
      kind: 'report',
      reportId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(400);
    const view = (await coordinator.get(MINE)).body;
    expect(nodeOf(view, '1.2') as unknown as { evidence: { title: string }[] }).toMatchObject({
      evidence: [{ title: 'Báo cáo CCHC Quý I năm 2026' }],
    });
    const coordinatorsLink = (nodeOf(view, '1.5') as unknown as { evidence: { id: string }[] }).evidence[0]?.id;
    expect((await officer.delete(`/api/v1/par/evidence/${coordinatorsLink}`)).status).toBe(403);
    expect((await officer.delete(`/api/v1/par/evidence/${own.body.id}`)).status).toBe(200);
  });

  it('projects the score and rank before the appraisal, and lists the costliest criteria', async () => {
    const view = (await coordinator.get(MINE)).body;
    // Own points from the data only: 1.2 → 1, 1.3.b → 1, 1.1.2 → 0; the survey projected at 2/70 of 30 → 0.86.
    expect(view.projected).toMatchObject({ score: 2.86, surveyEstimated: true, rank: 1, of: 1 });
    expect(view.lost[0]).toMatchObject({ code: '3.1', lost: 4 });
  });

  it('submits once every criterion is scored, by the deadline; then the draft is closed', async () => {
    const w = await ownWorld();
    const { coordinator } = w;
    const missing = await coordinator.post(`${MINE}/submit`);
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toHaveProperty(['scores.3.1']);
    await scoreSelf(w);
    const saved = (await coordinator.get(MINE)).body;
    // 70 − 2 (1.1.2) − 1 (1.2) − 1 (3.4) − 0.5 (7.4) − 0.5 (deduction) = 65.
    expect(saved.totals.self).toBe(65);
    expect((await coordinator.post(`${MINE}/submit`)).status).toBe(200);
    expect((await coordinator.post(`${MINE}/submit`)).status).toBe(409);
    expect((await coordinator.put(`${MINE}/scores`, { scores: [{ code: '1.5', value: 1 }] })).status).toBe(409);
  });

  it('downloads the Decree 30 self-assessment report with its evidence list', async () => {
    const { t, coordinator } = await reach(await ownWorld(), 'scored');
    const res = await fetch(`${t.url}${MINE}/report.docx`, {
      headers: { cookie: (coordinator as unknown as { cookie: string }).cookie },
    });
    expect(res.status).toBe(200);
    const xml =
      (await (
        await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()))
      )
        .file('word/document.xml')
        ?.async('string')) ?? '';
    const [first, appendix] = [...xml.matchAll(/<w:sectPr>.*?<\/w:sectPr>/gs)].map(([s]) => s);
    expect(first).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(first).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(appendix).toContain('w:orient="landscape"');
    expect([...new Set([...xml.matchAll(/w:(?:ascii|hAnsi|cs)="([^"]+)"/g)].map((m) => m[1]))]).toEqual([
      'Times New Roman',
    ]);
    const texts = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([p]) =>
      [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    );
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG HẢI DƯƠNG',
      'Số: …/BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hải Dương, ngày 20 tháng 6 năm 2026',
      'BÁO CÁO',
      'Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026',
      'I. KẾT QUẢ TỰ ĐÁNH GIÁ',
      'Tổng điểm tự đánh giá: 65,00/70,00 điểm (chưa gồm 30,00 điểm điều tra xã hội học do Thành phố đánh giá).',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Phạm Thị Thanh Vân',
      'PHỤ LỤC',
      '(Kèm theo Báo cáo số …/BC-UBND ngày 20/06/2026 của Ủy ban nhân dân phường Hải Dương)',
      'DANH MỤC TÀI LIỆU KIỂM CHỨNG',
      'Quyết định công nhận sáng kiến',
      '45/QĐ-UBND ngày 10/05/2026',
      'Kế hoạch CCHC năm 2026',
    ]) {
      expect(texts).toContain(line);
    }
    expect(texts.some((line) => line.startsWith('Nơi nhận'))).toBe(true);
  });
});

describe("the city's appraisal and the ranks", () => {
  const WARD = `${CITY}/wards/hai-duong`;

  it('adjusts scores with a comment; the ward sees the difference and answers once', async () => {
    const { t, admin, coordinator } = await reach(await ownWorld(), 'submitted');
    const noComment = await admin.post(`${WARD}/appraisal`, { scores: [{ code: '1.5', value: 1 }] });
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.fields).toHaveProperty(['scores.0.comment']);
    const appraised = await admin.post(`${WARD}/appraisal`, APPRAISAL);
    expect(appraised.status).toBe(200);
    expect((await coordinator.put(`${MINE}/scores`, { scores: [{ code: '1.5', value: 2 }] })).status).toBe(409);
    const view = (await coordinator.get(MINE)).body;
    expect(view.status).toBe('appraised');
    // 1.5: 2 → 1 (−1); 3.1: the ward's 100% (4) → 75% is "từ 70%": 2 (−2).
    expect(nodeOf(view, '1.5')).toMatchObject({
      difference: -1,
      appraised: { points: 1, comment: 'Sáng kiến chưa được công nhận cấp thành phố.' },
    });
    expect(nodeOf(view, '3.1')).toMatchObject({ difference: -2, points: 2 });
    // Counted: 65 − 1 − 2 = 62, with the survey 8 + 9 + 8.5 = 25.5 → 87.5.
    expect(view.totals).toMatchObject({ self: 65, counted: 87.5, final: null });
    expect(view.can.answer).toBe(true);
    const answer = { answer: 'Phường đề nghị xem xét lại tiêu chí 1.5: sáng kiến đã được UBND phường công nhận.' };
    expect((await coordinator.post(`${MINE}/answer`, { answer: '' })).status).toBe(400);
    expect((await coordinator.post(`${MINE}/answer`, answer)).status).toBe(200);
    expect((await coordinator.post(`${MINE}/answer`, answer)).status).toBe(409);
    await expect((await t.loginAs('haiduong.canbo')).post(`${MINE}/answer`, answer)).resolves.toMatchObject({
      status: 403,
    });
  });

  it('ranks the final scores of a block by order, ties sharing a rank, communes apart', async () => {
    const w = await reach(await ownWorld(), 'appraised');
    const { admin, coordinator } = w;
    await otherWardsFinal(w);
    const view = (await coordinator.get(MINE)).body;
    expect(view.status).toBe('appraised');
    expect((await admin.post(`${WARD}/finalise`)).body).toEqual({ score: 87.5 });
    expect((await admin.post(`${WARD}/finalise`)).status).toBe(409);

    const table = (await admin.get(CITY)).body as { code: string; final: number; finalRank: number; block: string }[];
    expect(table.map((r) => [r.code, r.final, r.finalRank])).toEqual([
      ['p-an', 95.5, 1],
      ['p-binh', 95.5, 1],
      ['hai-duong', 87.5, 3],
      ['p-chau', 85, 4],
      ['x-dong', 80, 1],
    ]);
    const mine = (await coordinator.get(MINE)).body;
    expect(mine.projected).toMatchObject({ finalRank: 3, blockName: 'Khối phường' });
    expect(mine.totals.final).toBe(87.5);
    // A ward's own user never reaches the city's routes.
    expect((await coordinator.post(`${WARD}/finalise`)).status).toBe(403);
  });

  it('publishes the final score and rank in the IOC feed (a new route; the others unchanged)', async () => {
    const { t, admin } = await reach(await ownWorld(), 'ranked');
    const key = (await admin.post('/api/v1/feed/keys', { name: 'IOC' })).body.key as string;
    const res = await fetch(`${t.url}/api/v1/feed/par-index?year=2026`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      version: string;
      index: string;
      wards: { code: string; score: number | null; rank: number | null; rankOf: number }[];
    };
    expect(body).toMatchObject({ version: '1.2', index: 'par', year: 2026 });
    expect(body.wards.find((w) => w.code === 'hai-duong')).toMatchObject({
      score: 87.5,
      rank: 3,
      rankOf: 4,
      status: 'final',
    });
    expect(body.wards.find((w) => w.code === 'x-dong')).toMatchObject({ score: 80, rank: 1, rankOf: 1 });
    const bad = await fetch(`${t.url}/api/v1/feed/par-index?year=abc`, { headers: { authorization: `Bearer ${key}` } });
    expect(bad.status).toBe(400);
  });
});
