import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/modules/org/use-cases/create-user.js';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.js';
import { TEST_EPOCH } from './support/constants.js';
import { ensureSeedPlan, type SeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let plan: SeedPlan;
let coordinator: TestClient;
let vpOfficer: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  plan = await ensureSeedPlan(t.db);
  coordinator = await t.loginAs('haiduong.vhxh');
  // Tasks 8–19 are led by Văn phòng HĐND&UBND: its officer links the legal register's work.
  await createUser(t.db, {
    ...{ username: 'links.vp', fullName: 'Công chức Văn phòng', password: DEMO_PASSWORD, roles: ['officer'] },
    ...{ unitId: plan.unitIds.get('VP') ?? null, tenantId: plan.tenantId, actorUserId: null, now: TEST_EPOCH },
  });
  vpOfficer = await t.loginAs('links.vp');
});
afterAll(() => t?.close());

const task = (no: number) => plan.taskIds.get(no) ?? '';

async function legalDocument(numberSymbol: string, title: string): Promise<string> {
  const res = await coordinator.post('/api/v1/legal-documents', {
    ...{ numberSymbol, docType: 'decision', title, issuer: 'Ủy ban nhân dân phường Hải Dương' },
    ...{ signedOn: '2026-01-05', effectiveOn: '2026-01-05' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

describe('legal-register work as evidence of the plan tasks it serves', () => {
  it('suggests the review plan for task 12, links it, and the task is under way with the plan as evidence', async () => {
    const review = await coordinator.post('/api/v1/legal-reviews', {
      ...{ year: 2026, title: 'Kế hoạch rà soát văn bản quy phạm pháp luật năm 2026', reference: '12/KH-UBND' },
    });
    expect(review.status).toBe(201);
    const docs = [
      await legalDocument('01/2026/QĐ-UBND', 'Quy định giờ tiếp công dân của Ủy ban nhân dân phường'),
      await legalDocument('02/2026/QĐ-UBND', 'Quy chế phối hợp quản lý chợ trên địa bàn phường'),
    ];
    for (const doc of docs) {
      const saved = await coordinator.request('PUT', `/api/v1/legal-reviews/${review.body.id}/results/${doc}`, {
        conclusion: 'keep',
      });
      expect(saved.status).toBe(204);
    }

    const before = (await vpOfficer.get(`/api/v1/tasks/${task(12)}`)).body;
    expect(before.status).toBe('not_started');
    const offered = (await vpOfficer.get(`/api/v1/tasks/${task(12)}/registers`)).body;
    expect(offered.canLink).toBe(true);
    expect(offered.linked).toEqual([]);
    expect(offered.suggestions[0]).toMatchObject({ kind: 'legal_review', id: review.body.id, done: 2 });

    const linked = await vpOfficer.post(`/api/v1/tasks/${task(12)}/registers`, {
      kind: 'legal_review',
      recordId: review.body.id,
    });
    expect(linked.status, JSON.stringify(linked.body)).toBe(201);
    expect(linked.body.linked).toMatchObject([{ kind: 'legal_review', number: '12/KH-UBND', done: 2 }]);
    expect(linked.body.suggestions.some((s: { id: string }) => s.id === review.body.id)).toBe(false);

    const after = (await vpOfficer.get(`/api/v1/tasks/${task(12)}`)).body;
    expect(after.status).toBe('in_progress');
    expect(after.progress).toBe(before.progress);
    expect(after.evidence).toMatchObject([
      {
        kind: 'document',
        document: {
          number: '12/KH-UBND',
          title: 'Kế hoạch rà soát văn bản: Kế hoạch rà soát văn bản quy phạm pháp luật năm 2026',
        },
      },
    ]);
    expect(after.timeline.length).toBe(before.timeline.length + 1);

    // The register's side: the plan serves task 12, and could serve the other legal tasks.
    const tasks = (await vpOfficer.get(`/api/v1/registers/legal_review/${review.body.id}/tasks`)).body;
    expect(tasks.linked.map((x: { no: number }) => x.no)).toEqual([12]);
    expect(tasks.suggested.map((x: { no: number }) => x.no)).toContain(9);

    // A third document reviewed later shows in the linked record's figure, without another link.
    const third = await legalDocument('03/2026/QĐ-UBND', 'Quy định về quản lý vỉa hè trên địa bàn phường');
    await coordinator.request('PUT', `/api/v1/legal-reviews/${review.body.id}/results/${third}`, {
      conclusion: 'amend',
    });
    const now = (await vpOfficer.get(`/api/v1/tasks/${task(12)}/registers`)).body;
    expect(now.linked[0].done).toBe(3);
  });

  it('refuses a second link of the same record and an unknown record, leaving the task as it was', async () => {
    const review = (await coordinator.post('/api/v1/legal-reviews', { year: 2026, title: 'Rà soát chuyên đề' })).body;
    expect(
      (await vpOfficer.post(`/api/v1/tasks/${task(9)}/registers`, { kind: 'legal_review', recordId: review.id }))
        .status,
    ).toBe(201);
    const before = (await vpOfficer.get(`/api/v1/tasks/${task(9)}`)).body;

    const again = await vpOfficer.post(`/api/v1/tasks/${task(9)}/registers`, {
      kind: 'legal_review',
      recordId: review.id,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.reason).toEqual({ code: 'already_linked', values: {} });
    const unknown = await vpOfficer.post(`/api/v1/tasks/${task(9)}/registers`, {
      kind: 'legal_document',
      recordId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual({ recordId: 'Không tìm thấy hồ sơ trong sổ theo dõi của phường.' });
    const badYear = await vpOfficer.post(`/api/v1/tasks/${task(9)}/registers`, {
      kind: 'expired_list',
      recordId: 'năm',
    });
    expect(badYear.status).toBe(400);

    const after = (await vpOfficer.get(`/api/v1/tasks/${task(9)}`)).body;
    expect(after.timeline.length).toBe(before.timeline.length);
    expect(after.evidence.length).toBe(before.evidence.length);
  });

  it('links the year’s expired list to task 13 with the count of documents it lists', async () => {
    const old = await legalDocument('09/2025/QĐ-UBND', 'Quy định tạm thời về trông giữ xe năm 2025');
    const expired = await coordinator.post(`/api/v1/legal-documents/${old}/status`, {
      status: 'expired',
      effectiveOn: '2026-01-10',
    });
    expect(expired.status, JSON.stringify(expired.body)).toBe(200);
    const offered = (await vpOfficer.get(`/api/v1/tasks/${task(13)}/registers`)).body;
    expect(offered.suggestions[0]).toMatchObject({ kind: 'expired_list', id: '2026', done: 1 });
    const linked = await vpOfficer.post(`/api/v1/tasks/${task(13)}/registers`, {
      kind: 'expired_list',
      recordId: '2026',
    });
    expect(linked.status).toBe(201);
    expect((await vpOfficer.get(`/api/v1/tasks/${task(13)}`)).body.status).toBe('in_progress');
  });
});

describe('self-inspections as evidence of task 3', () => {
  it('links the inspection plan; the record counts the units concluded of those planned', async () => {
    const units = ['VHXH', 'VP', 'CA'].map((c) => plan.unitIds.get(c) ?? '');
    const created = await coordinator.post('/api/v1/inspections/plans', {
      ...{ year: 2026, title: 'Kế hoạch kiểm tra công tác cải cách hành chính năm 2026', reference: '15/KH-UBND' },
      ...{ scope: 'Việc triển khai Kế hoạch CCHC năm 2026.', team: ['Bà Phạm Thị Thanh Vân, Trưởng đoàn'] },
      units: units.map((unitId) => ({ unitId, plannedFrom: '2026-03-10', plannedTo: '2026-03-11' })),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const offered = (await coordinator.get(`/api/v1/tasks/${task(3)}/registers`)).body;
    expect(offered.suggestions[0]).toMatchObject({ kind: 'inspection_plan', id: created.body.id, done: 0, total: 3 });
    // Not offered to a task of another field (task 20 plans checks of administrative procedures).
    const other = (await coordinator.get(`/api/v1/tasks/${task(20)}/registers`)).body;
    expect(other.suggestions.some((s: { kind: string }) => s.kind.startsWith('inspection'))).toBe(false);

    expect(
      (
        await coordinator.post(`/api/v1/tasks/${task(3)}/registers`, {
          kind: 'inspection_plan',
          recordId: created.body.id,
        })
      ).status,
    ).toBe(201);
    const inspections = (await coordinator.get('/api/v1/inspections/plans?year=2026')).body.find(
      (p: { id: string }) => p.id === created.body.id,
    ).inspections;
    const concluded = await coordinator.post(`/api/v1/inspections/${inspections[0].id}/conclude`, {
      conclusion: 'Đơn vị thực hiện cơ bản đầy đủ nhiệm vụ cải cách hành chính.',
      ...{ noticeNumber: '21', noticeDate: '2026-03-12', signerName: 'Phạm Thị Thanh Vân' },
    });
    expect(concluded.status, JSON.stringify(concluded.body)).toBe(200);
    const linked = (await coordinator.get(`/api/v1/tasks/${task(3)}/registers`)).body.linked;
    expect(linked).toMatchObject([{ kind: 'inspection_plan', number: '15/KH-UBND', done: 1, total: 3 }]);
    const detail = (await coordinator.get(`/api/v1/tasks/${task(3)}`)).body;
    expect(detail.status).toBe('in_progress');
    expect(detail.evidence[0].document.title).toBe(
      'Kế hoạch kiểm tra CCHC: Kế hoạch kiểm tra công tác cải cách hành chính năm 2026',
    );
  });
});
