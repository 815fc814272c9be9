// On the task page, a self-inspection plan the ward recorded is offered to task 3; linked, it shows as the task's
// evidence and the task is no longer "Chưa triển khai". At 390 px the page does not scroll sideways.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInPage, startBrowserApp } from '../support/browser.js';
import { vn } from '../support/dossier-fixtures.js';
import type { SeedPlan } from '../support/tasks-plan-fixture.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let plan: SeedPlan;
let context: BrowserContext;
let closeApp: () => Promise<void>;
beforeAll(async () => {
  ({ t, context, plan, close: closeApp } = await startBrowserApp({ now: vn('2026-03-20 09:00'), seedPlan: true }));
});
afterAll(async () => {
  await closeApp?.();
});

const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

describe('register work on the task page', () => {
  it('links the inspection plan to task 3 from its suggestions; the task shows it and is under way', async () => {
    const api = await t.loginAs('haiduong.vhxh');
    const created = await api.post('/api/v1/inspections/plans', {
      ...{ year: 2026, title: 'Kế hoạch kiểm tra công tác cải cách hành chính năm 2026', reference: '15/KH-UBND' },
      ...{ scope: 'Việc triển khai Kế hoạch CCHC năm 2026.', team: ['Bà Phạm Thị Thanh Vân, Trưởng đoàn'] },
      units: ['VHXH', 'VP'].map((c) => ({
        unitId: plan.unitIds.get(c),
        plannedFrom: '2026-03-10',
        plannedTo: '2026-03-11',
      })),
    });
    expect(created.status).toBe(201);

    const page = await loggedInPage(context, t.url, 'haiduong.vhxh');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${t.url}/nhiem-vu/${plan.taskIds.get(3)}`);
    await expect
      .poll(async () => (await page.getByTestId('task-status').textContent()) ?? '')
      .toContain('Chưa triển khai');
    const card = page.getByTestId('register-card');
    await card.getByText('Kế hoạch kiểm tra công tác cải cách hành chính năm 2026').first().waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await card.getByTestId('register-link').first().click();
    await page.getByText('Đã gắn hồ sơ làm minh chứng').waitFor();
    await page
      .getByTestId('evidence-item')
      .getByText(/Kế hoạch kiểm tra CCHC/)
      .waitFor();
    await expect
      .poll(async () => (await page.getByTestId('task-status').textContent()) ?? '')
      .not.toContain('Chưa triển khai');
    expect(await card.getByTestId('register-record').first().textContent()).toContain('0/2 đơn vị đã có kết luận');
    expect(await scrollsSideways(page)).toBe(false);
  });
});
