import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSeedPlan, type SeedPlan, uploadEvidence as upload } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let plan: SeedPlan;
beforeAll(async () => {
  t = await startTestApp();
  plan = await ensureSeedPlan(t.db);
});
afterAll(() => t?.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('task execution', () => {
  it('lists the 45 appendix tasks of the plan in use with their flags', async () => {
    const c = await t.loginAs('haiduong.canbo');
    const res = await c.get('/api/v1/tasks');
    expect(res.status).toBe(200);
    expect(res.body.plan.year).toBe(2026);
    expect(res.body.tasks.filter((x: { no: number | null }) => x.no !== null)).toHaveLength(45);
    const mine = await c.get('/api/v1/tasks?mine=true');
    expect(mine.body.tasks.map((x: { no: number }) => x.no)).toContain(20);
    expect(mine.body.tasks.length).toBeLessThan(45);
  });

  it('takes progress, a PDF as evidence, the completion and its acceptance, judged on time', async () => {
    const id = plan.taskIds.get(20) as string;
    const officer = await t.loginAs('haiduong.canbo');
    const progress = await officer.post(`/api/v1/tasks/${id}/updates`, {
      progress: 60,
      comment: 'Đã dự thảo kế hoạch',
    });
    expect(progress.status).toBe(200);
    expect(progress.body).toMatchObject({ status: 'in_progress', progress: 60 });
    const noEvidence = await officer.post(`/api/v1/tasks/${id}/submit`, {});
    expect(noEvidence.status).toBe(409);
    const file = await upload(officer, id, 'Kế hoạch KSTTHC 2026.pdf', PDF);
    expect(file.status).toBe(201);
    expect(file.body.evidence[0]).toMatchObject({
      kind: 'file',
      fileName: 'Kế hoạch KSTTHC 2026.pdf',
      mimeType: 'application/pdf',
    });
    const download = await officer.get(file.body.evidence[0].url);
    expect(download.status).toBe(200);
    const submitted = await officer.post(`/api/v1/tasks/${id}/submit`, { comment: 'Đã ban hành' });
    expect(submitted.body).toMatchObject({ review: 'pending_acceptance', progress: 100, completedOn: '2026-03-20' });
    const coordinator = await t.loginAs('haiduong.vhxh');
    const accepted = await coordinator.post(`/api/v1/tasks/${id}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'completed', review: 'accepted', onTime: true });
    expect(accepted.body.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'accept',
      'submit',
      'evidence',
      'progress',
    ]);
  });
});
