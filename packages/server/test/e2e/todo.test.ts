// The first journey of the to-do list in the browser, on Friday 20/03/2026: an officer completes task 20, the coordinator
// finds it in "Việc cần làm" on a phone and accepts it there, the officer is told in the bell. Every home page
// opens on the to-do list, and no page of the journey scrolls sideways at 360 px.
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

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PHONE = { width: 360, height: 740 };

async function loginAs(username: string, size = { width: 1280, height: 900 }): Promise<Page> {
  const page = await loggedInPage(context, t.url, username);
  await page.setViewportSize(size);
  return page;
}

/** Whether the page is wider than the window (a sideways scroll). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

const todoTexts = async (page: Page) => {
  await page.getByTestId('todo-list').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="todo-list"] .ant-spin-spinning'));
  return page.getByTestId('todo-item').allTextContents();
};

describe('the to-do list in the browser', () => {
  it("opens the coordinator's home on its own unit's overdue task 1, on a desktop and on a phone", async () => {
    for (const size of [{ width: 1280, height: 900 }, PHONE]) {
      const page = await loginAs('haiduong.vhxh', size);
      expect(await page.getByTestId('todo-title').textContent()).toContain('Việc cần làm');
      const texts = await todoTexts(page);
      const task1 = texts.find((x) => x.includes('Nhiệm vụ 1:'));
      expect(task1).toContain('Quá hạn từ');
      expect(await scrollsSideways(page)).toBe(false);
      await page.close();
    }
  });

  it('officer completes task 20 → the coordinator accepts it from the list on a phone → the officer is told', async () => {
    const taskId = plan.taskIds.get(20) as string;
    const officer = await loginAs('haiduong.canbo');
    await officer.goto(`${t.url}/nhiem-vu/${taskId}`);
    await officer
      .locator('input[type=file]')
      .setInputFiles({ name: 'ket-qua.pdf', mimeType: 'application/pdf', buffer: PDF });
    await officer.getByTestId('evidence-item').getByText('ket-qua.pdf').waitFor();
    await officer.getByTestId('submit-completion').click();
    await officer.getByRole('dialog').getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
    await expect.poll(() => officer.getByTestId('task-status').textContent()).toContain('Chờ nghiệm thu');

    const coordinator = await loginAs('haiduong.vhxh', PHONE);
    const waiting = (await todoTexts(coordinator)).find((x) => x.includes('Nhiệm vụ 20:'));
    expect(waiting).toContain('Chờ duyệt kết quả – Nhiệm vụ 20:');
    await coordinator
      .getByTestId('todo-item')
      .filter({ hasText: 'Chờ duyệt kết quả – Nhiệm vụ 20' })
      .getByRole('link')
      .click();
    await expect.poll(() => coordinator.url()).toContain(`/nhiem-vu/${taskId}`);
    await coordinator.getByTestId('accept-completion').click();
    await expect.poll(() => coordinator.getByTestId('task-status').textContent()).toContain('Hoàn thành');
    expect(await scrollsSideways(coordinator)).toBe(false);
    await coordinator.goto(`${t.url}/`);
    expect((await todoTexts(coordinator)).some((x) => x.includes('Nhiệm vụ 20:'))).toBe(false);

    // One browser context: the coordinator's login replaced the officer's session, so the officer logs in again.
    const bell = await loginAs('haiduong.canbo', PHONE);
    await bell.getByTestId('notification-bell').click();
    const told = bell.getByTestId('notification-item').filter({ hasText: 'Kết quả đã được nghiệm thu' });
    await told.first().waitFor();
    expect(await told.first().textContent()).toContain('Nhiệm vụ 20');
  });
});
