import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vi } from '../../../web/src/i18n/locales/vi.js';
import { loggedInPage, startBrowserApp } from '../support/browser.js';
import { intakeBody, procedureId, vn } from '../support/dossier-fixtures.js';
import type { SeedPlan } from '../support/tasks-plan-fixture.js';
import type { TestApp } from '../support/test-app.js';

// Issuing an inspection conclusion numbered "20/TB-UBND" and an apology letter succeed with the result on screen;
// a refused input says why in Vietnamese under its own field.
let t: TestApp;
let plan: SeedPlan;
let context: BrowserContext;
let closeApp: () => Promise<void>;
beforeAll(async () => {
  // Monday 16/03/2026, 09:00 in Vietnam.
  ({ t, context, plan, close: closeApp } = await startBrowserApp({ now: vn('2026-03-16 09:00'), seedPlan: true }));
});
afterAll(async () => {
  await closeApp?.();
});

/** The message antd shows under the form field labelled `label`. */
const fieldMessage = (page: Page, label: string) =>
  page.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) }).locator('.ant-form-item-explain');

async function pickDate(page: Page, label: string, typed: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(typed);
  await input.press('Enter');
}

describe('forms that issue documents, in the browser', () => {
  it('issues an inspection conclusion numbered "20/TB-UBND" after a refused number said under its field', async () => {
    const api = await t.loginAs('haiduong.vhxh');
    const created = await api.post('/api/v1/inspections/plans', {
      year: 2026,
      title: 'kiểm tra công tác cải cách hành chính năm 2026 tại Trung tâm',
      scope: 'Việc triển khai Kế hoạch CCHC năm 2026.',
      team: ['Bà Phạm Thị Thanh Vân, Trưởng đoàn'],
      units: [{ unitId: plan.unitIds.get('TTPVHCC'), plannedFrom: '2026-03-10', plannedTo: '2026-03-11' }],
    });
    expect(created.status).toBe(201);
    const plans = (await api.get('/api/v1/inspections/plans?year=2026')).body;
    const id = plans.find((p: { id: string }) => p.id === created.body.id).inspections[0].id;

    const page = await loggedInPage(context, t.url, 'haiduong.vhxh');
    await page.goto(`${t.url}/kiem-tra/${id}`);
    const f = vi.inspections.fields;
    await page.getByLabel(f.conclusion).fill('Đơn vị thực hiện cơ bản đầy đủ nhiệm vụ cải cách hành chính.');
    await page.getByLabel(f.noticeNumber).fill('hai mươi');
    await pickDate(page, f.noticeDate, '16/03/2026');
    await page.getByLabel(f.signerName).fill('Phạm Thị Thanh Vân');
    await page.getByRole('button', { name: vi.inspections.conclude }).click();
    await expect.poll(() => fieldMessage(page, f.noticeNumber).textContent()).toMatch(/^Số thông báo chỉ gồm phần số/);

    await page.getByLabel(f.noticeNumber).fill('20/TB-UBND');
    await page.getByRole('button', { name: vi.inspections.conclude }).click();
    await page.getByRole('link', { name: vi.inspections.noticeWord }).waitFor();
    await page.getByText('Đơn vị thực hiện cơ bản đầy đủ nhiệm vụ cải cách hành chính.').waitFor();
    expect((await api.get(`/api/v1/inspections/${id}`)).body).toMatchObject({
      status: 'concluded',
      noticeNumber: '20',
    });
  });

  it('issues an apology letter with its number after a refused number said under its field', async () => {
    const desk = await t.loginAs('haiduong.motcua');
    const dossier = (await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.000894')))).body;
    const page = await loggedInPage(context, t.url, 'haiduong.motcua');
    await page.goto(`${t.url}/ho-so/${dossier.id}`);
    await page.getByTestId('action-apology').click();
    const dialog = page.getByRole('dialog');
    const form = vi.dossiers.form;
    await dialog.getByLabel(form.reason).fill('Chờ kết quả xác minh của Công an phường');
    await pickDate(page, form.newDueAt, '30/03/2026 10:00');
    await dialog.getByLabel(form.letterNumber).fill('??');
    await dialog.getByRole('button', { name: vi.dossiers.actions.apology }).click();
    await expect.poll(() => fieldMessage(page, form.letterNumber).textContent()).toMatch(/^Số phiếu chưa đúng dạng/);

    await dialog.getByLabel(form.letterNumber).fill('12/PXL-BPMC');
    await dialog.getByRole('button', { name: vi.dossiers.actions.apology }).click();
    await page.getByText('Số phiếu: 12/PXL-BPMC.').waitFor();
    await page.getByText('Chờ kết quả xác minh của Công an phường').waitFor();
  });
});
