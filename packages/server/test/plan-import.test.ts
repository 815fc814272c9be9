import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanWard, SEED_TEXT, upload } from './support/plan-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const countPlans = async (tenantId: string) =>
  (await t.db.selectFrom('plans').select('id').where('tenant_id', '=', tenantId).execute()).length;

describe('the seed plan after first start', () => {
  it('is Phường Hải Dương’s 2026 plan, in use, with 45 tasks in 7 groups, 7 targets and 4 report periods', async () => {
    const vhxh = await t.loginAs('haiduong.vhxh');
    const res = await vhxh.get('/api/v1/plans/current');
    expect(res.status).toBe(200);
    const plan = res.body;
    expect(plan).toMatchObject({ year: 2026, status: 'in_use', currentVersion: 1, inUseBy: null });
    expect(plan.title).toBe('Kế hoạch Cải cách hành chính nhà nước phường Hải Dương năm 2026');
    expect(plan.tasks.filter((task: { no: number | null }) => task.no !== null)).toHaveLength(45);
    expect(plan.groups.map((g: { code: string }) => g.code)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    expect(plan.targets.map((g: { code: string }) => g.code)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'f']);
    expect(plan.reports).toEqual([
      { period: 'Q1', due: '2026-03-08' },
      { period: 'H1', due: '2026-06-08' },
      { period: 'Q3', due: '2026-09-08' },
      { period: 'Y', due: '2026-12-08' },
    ]);
    expect(plan.versions).toEqual([
      expect.objectContaining({
        version: 1,
        kind: 'import',
        status: 'confirmed',
        createdBy: null,
        sourceFormat: 'txt',
      }),
    ]);
    expect(plan.permissions).toEqual({ import: true, markInUse: false, approveAmendment: false });
  });

  it('links the units: the lead unit owns a task, Phòng VHXH owns the tasks a group leads', async () => {
    const { body: plan } = await (await t.loginAs('haiduong.vhxh')).get('/api/v1/plans/current');
    const task = (no: number) => plan.tasks.find((x: { no: number }) => x.no === no);
    expect(task(20)).toMatchObject({
      group: 'III',
      area: 'II.3',
      lead: { text: 'Trung tâm phục vụ HCC', group: null, units: [expect.objectContaining({ code: 'TTPVHCC' })] },
      coordinators: { text: 'Các phòng, đơn vị chuyên môn', group: 'Các phòng, đơn vị chuyên môn', units: [] },
      owner: expect.objectContaining({ code: 'TTPVHCC' }),
      timeframe: { text: 'Quý I năm 2026', kind: 'quarter', start: '2026-01-01', due: '2026-03-31' },
    });
    expect(task(1).lead.units.map((u: { code: string }) => u.code)).toEqual(['VHXH']);
    expect(task(8)).toMatchObject({ lead: { group: 'Các phòng, đơn vị chuyên môn' }, owner: { code: 'VHXH' } });
    expect(task(8).coordinators.units.map((u: { code: string }) => u.code)).toEqual(['VP']);
    const prose = plan.tasks.filter((x: { source: string }) => x.source === 'prose');
    expect(prose).toEqual([
      expect.objectContaining({ no: null, sourceRef: 'IV.2.d', owner: expect.objectContaining({ code: 'KTHTDT' }) }),
    ]);
  });

  it('is readable by every ward role, the observer included; the city admin has no plan right', async () => {
    for (const username of ['haiduong.mattran', 'haiduong.canbo', 'haiduong.chutich', 'haiduong.admin']) {
      expect((await (await t.loginAs(username)).get('/api/v1/plans/current')).status).toBe(200);
    }
    expect((await (await t.loginAs('thanhpho.admin')).get('/api/v1/plans/current')).status).toBe(403);
    expect((await t.client().get('/api/v1/plans/current')).status).toBe(401);
  });
});

describe('importing the seed into a ward without a plan', () => {
  it('previews without writing, then confirms a draft with the same 45 tasks and their units', async () => {
    const ward = await createPlanWard(t.db, 'preview-ward', ['coordinator', 'observer']);
    const vhxh = await t.loginAs(ward.usernames.coordinator);
    const preview = await vhxh.post('/api/v1/plans/imports/preview', upload('ke-hoach.txt', SEED_TEXT));
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ action: 'create', plan: null, format: 'txt', proseCarriedOver: false });
    expect(preview.body.document.tasks).toHaveLength(45);
    expect(preview.body.document.groups).toHaveLength(7);
    expect(preview.body.changes).toMatchObject({ removed: [], edited: [], unchanged: 0 });
    expect(preview.body.changes.added).toHaveLength(46); // the appendix and the IV.2.d deadline
    expect(preview.body.unknownUnits).toEqual([{ name: 'Hội Luật gia', tasks: [11] }]);
    expect(preview.body.timeframeIssues).toEqual([]);
    expect(await countPlans(ward.tenantId)).toBe(0);

    const confirmed = await vhxh.post('/api/v1/plans/imports', upload('ke-hoach.txt', SEED_TEXT));
    expect(confirmed.status).toBe(201);
    expect(confirmed.body).toMatchObject({ year: 2026, version: 1, kind: 'import', status: 'confirmed' });
    const { body: plan } = await vhxh.get(`/api/v1/plans/${confirmed.body.planId}`);
    expect(plan).toMatchObject({ status: 'draft', permissions: { import: true, markInUse: true } });
    expect(plan.tasks.filter((x: { no: number | null }) => x.no !== null)).toHaveLength(45);
    // Every task names its lead unit, except those a group leads ("Các phòng, đơn vị chuyên môn").
    const unlinked = plan.tasks.filter((x: { lead: { units: unknown[] } }) => x.lead.units.length === 0);
    expect(unlinked.map((x: { no: number }) => x.no)).toEqual([8, 9, 11]);
    expect(unlinked.every((x: { lead: { group: string | null } }) => x.lead.group !== null)).toBe(true);
    const observer = await t.loginAs(ward.usernames.observer);
    expect((await observer.post('/api/v1/plans/imports', upload('ke-hoach.txt', SEED_TEXT))).status).toBe(403);
  });

  it('adds a mapped name to its unit’s aliases and applies a timeframe fix', async () => {
    const ward = await createPlanWard(t.db, 'mapping-ward', ['ward_admin']);
    const admin = await t.loginAs(ward.usernames.ward_admin);
    const text = SEED_TEXT.replace('Trước ngày 15/01/2026', 'Quý V/2026');
    const first = await admin.post('/api/v1/plans/imports/preview', upload('ke-hoach.txt', text));
    expect(first.body.timeframeIssues).toEqual([expect.objectContaining({ no: 1, text: 'Quý V/2026' })]);
    expect(first.body.document.warnings).toContainEqual(
      expect.objectContaining({ code: 'task_timeframe', values: expect.objectContaining({ task: '1' }) }),
    );
    const decisions = {
      unitMappings: [{ name: 'Hội Luật gia', unitId: ward.unitIds.VP }],
      timeframeFixes: [{ no: 1, text: 'Quý II/2026' }],
    };
    const second = await admin.post('/api/v1/plans/imports/preview', upload('ke-hoach.txt', text, decisions));
    expect(second.body).toMatchObject({ unknownUnits: [], timeframeIssues: [] });
    const task1 = second.body.document.tasks[0];
    expect(task1.timeframe).toEqual({ text: 'Quý II/2026', kind: 'quarter', start: '2026-04-01', due: '2026-06-30' });
    const bad = await admin.post(
      '/api/v1/plans/imports/preview',
      upload('ke-hoach.txt', text, { timeframeFixes: [{ no: 1, text: 'Năm sau' }] }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields['timeframeFixes.1']).toContain('Không hiểu thời gian "Năm sau"');

    expect((await admin.post('/api/v1/plans/imports', upload('ke-hoach.txt', text, decisions))).status).toBe(201);
    const vp = await t.db
      .selectFrom('units')
      .select('aliases')
      .where('id', '=', ward.unitIds.VP ?? '')
      .executeTakeFirst();
    expect(vp?.aliases).toContain('Hội Luật gia');
    const { body: plan } = await admin.get('/api/v1/plans/current');
    const task11 = plan.tasks.find((x: { no: number }) => x.no === 11);
    expect(task11.coordinators.units.map((u: { code: string }) => u.code)).toEqual(['VP']);
    expect(plan.tasks[0].timeframe.text).toBe('Quý II/2026');
  });
});

describe('files that cannot be imported', () => {
  it('refuses a text that is not a plan with a Vietnamese message naming what is missing, storing nothing', async () => {
    const ward = await createPlanWard(t.db, 'not-plan-ward', ['coordinator']);
    const vhxh = await t.loginAs(ward.usernames.coordinator);
    const letter = 'CÔNG VĂN\nVề việc mời họp giao ban tuần.\nTrân trọng kính mời các đồng chí dự họp.\n';
    for (const path of ['/api/v1/plans/imports/preview', '/api/v1/plans/imports']) {
      const res = await vhxh.post(path, upload('cong-van.txt', letter));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'Tệp không phải kế hoạch cải cách hành chính: không tìm thấy phần đầu văn bản (số, ngày, tên kế hoạch), ' +
          'các chỉ tiêu (mục I.2), bảng phụ lục nhiệm vụ (đã tìm hàng tiêu đề có cột TT/STT và Nội dung/Nhiệm vụ/Nội dung ' +
          'công việc, rồi các hàng nhiệm vụ đánh số 1, 2…, 1.1, 1.2… hoặc a), b)…: không có hàng nhiệm vụ nào).',
      );
      expect(res.body.error.fields.file).toBe(res.body.error.message);
    }
    const english = await vhxh.post('/api/v1/plans/imports', upload('letter.txt', letter), { 'accept-language': 'en' });
    expect(english.body.error.message).toContain('not found: the heading');
    expect(await countPlans(ward.tenantId)).toBe(0);
  });

  it('refuses other types, old formats, fake documents, empty and oversized files with clear messages', async () => {
    const vhxh = await t.loginAs('haiduong.vhxh');
    const cases: [string, string | Buffer, number, string][] = [
      ['ke-hoach.pdf', '%PDF-1.7', 400, 'Chỉ nhận tệp văn bản .txt, Word .docx hoặc Excel .xlsx.'],
      ['ke-hoach.doc', 'x', 400, 'định dạng cũ'],
      ['ke-hoach.docx', SEED_TEXT, 400, 'không phải tài liệu Word'],
      ['ke-hoach.xlsx', SEED_TEXT, 400, 'không phải bảng tính Excel'],
      ['ke-hoach.txt', Buffer.from([0xff, 0xfe, 0x41, 0x00]), 400, 'UTF-8'],
      ['ke-hoach.txt', '', 400, 'Tệp rỗng.'],
      ['ke-hoach.txt', Buffer.alloc(8 * 1024 * 1024 + 1, 0x61), 413, 'Tệp lớn hơn 8 MB.'],
    ];
    for (const [name, content, status, message] of cases) {
      const res = await vhxh.post('/api/v1/plans/imports/preview', upload(name, content));
      expect(res.status, name).toBe(status);
      expect(res.body.error.message, name).toContain(message);
    }
    const huge = await vhxh.post('/api/v1/plans/imports/preview', upload('x.txt', Buffer.alloc(10 * 1024 * 1024)));
    expect(huge.status).toBe(413);
  });
});

describe('tenant isolation', () => {
  it('answers 404 for another ward’s plan, its versions and its export', async () => {
    const { body: seed } = await (await t.loginAs('haiduong.vhxh')).get('/api/v1/plans/current');
    const other = await createPlanWard(t.db, 'isolated-ward', ['coordinator', 'chairman']);
    const stranger = await t.loginAs(other.usernames.coordinator);
    for (const path of ['', '/versions', '/versions/1', '/export.xlsx']) {
      expect((await stranger.get(`/api/v1/plans/${seed.id}${path}`)).status, path).toBe(404);
    }
    expect((await stranger.post(`/api/v1/plans/${seed.id}/in-use`)).status).toBe(404);
    const chairman = await t.loginAs(other.usernames.chairman);
    expect((await chairman.post(`/api/v1/plans/${seed.id}/versions/1/approve`, {})).status).toBe(404);
    expect((await stranger.get('/api/v1/plans/current')).status).toBe(404);
    expect((await stranger.get('/api/v1/plans')).body).toEqual([]);
  });
});
