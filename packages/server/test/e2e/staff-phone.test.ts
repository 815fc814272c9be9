// Staff quick actions on a phone 390 px wide, on Friday 20/03/2026, with the ward's unit-head step on and the
// chairman as acceptor: the centre's head approves an officer's completion from "Việc cần làm", then the chairman
// accepts it from his; neither page scrolls sideways.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInPage, startBrowserApp } from '../support/browser.js';
import { vn } from '../support/dossier-fixtures.js';
import { type SeedPlan, uploadEvidence } from '../support/tasks-plan-fixture.js';
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
const PHONE = { width: 390, height: 844 };

async function onPhone(username: string): Promise<Page> {
  const page = await loggedInPage(context, t.url, username);
  await page.setViewportSize(PHONE);
  return page;
}

/** Whether the page is wider than the window (a sideways scroll). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

/** Opens the to-do item naming `text` from the home page. */
async function openTodo(page: Page, text: string) {
  await page.getByTestId('todo-list').waitFor();
  const item = page.getByTestId('todo-item').filter({ hasText: text });
  await item.first().waitFor();
  expect(await scrollsSideways(page)).toBe(false);
  await item.first().getByRole('link').click();
  await page.getByTestId('task-status').waitFor();
}

/** Clicks an action button; a dialog asking for a comment, if the action takes one, is filled and confirmed. */
async function act(page: Page, button: ReturnType<Page['getByRole']>, done: () => Promise<boolean>) {
  await button.click();
  const dialog = page.getByRole('dialog');
  await expect.poll(async () => (await done()) || (await dialog.isVisible()), { timeout: 15_000 }).toBe(true);
  if (await done()) return;
  const comment = dialog.locator('textarea');
  if (await comment.count()) await comment.first().fill('Đồng ý, đạt yêu cầu.');
  await dialog.getByRole('button').last().click();
  await expect.poll(done, { timeout: 15_000 }).toBe(true);
}

describe('staff quick actions on a phone', () => {
  it('the unit head approves and the chairman accepts a completion, each from the to-do list at 390 px', async () => {
    const taskId = plan.taskIds.get(21) as string;
    const chairmanApi = await t.loginAs('haiduong.chutich');
    const settings = await chairmanApi.request('PUT', '/api/v1/tasks/settings', {
      acceptor: 'chairman',
      unitHeadApproval: true,
    });
    expect(settings.status).toBe(200);
    const officer = await t.loginAs('haiduong.canbo');
    expect((await uploadEvidence(officer, taskId, 'ket-qua.pdf', PDF)).status).toBe(201);
    expect((await officer.post(`/api/v1/tasks/${taskId}/submit`, { comment: 'Đã công khai đủ thủ tục' })).status).toBe(
      200,
    );

    const head = await onPhone('haiduong.truongphong');
    await openTodo(head, 'Nhiệm vụ 21:');
    const approve = head
      .getByRole('button', { name: 'Trưởng đơn vị duyệt' })
      .or(head.getByRole('button', { name: 'Duyệt, gửi đầu mối' }));
    await approve.first().waitFor();
    expect(await scrollsSideways(head)).toBe(false);
    const headApproved = async () =>
      (await chairmanApi.get(`/api/v1/tasks/${taskId}`)).body.review !== 'pending_unit_head';
    await act(head, approve.first(), headApproved);
    expect(await scrollsSideways(head)).toBe(false);
    await head.close();

    const chairman = await onPhone('haiduong.chutich');
    await openTodo(chairman, 'Chờ duyệt kết quả – Nhiệm vụ 21');
    const accept = chairman.getByTestId('accept-completion');
    await accept.waitFor();
    expect(await scrollsSideways(chairman)).toBe(false);
    await act(chairman, accept, async () =>
      ((await chairman.getByTestId('task-status').textContent()) ?? '').includes('Hoàn thành'),
    );
    expect(await scrollsSideways(chairman)).toBe(false);
    await chairman.goto(`${t.url}/`);
    await chairman.getByTestId('todo-list').waitFor();
    await chairman.waitForFunction(() => !document.querySelector('[data-testid="todo-list"] .ant-spin-spinning'));
    expect((await chairman.getByTestId('todo-item').allTextContents()).some((x) => x.includes('Nhiệm vụ 21:'))).toBe(
      false,
    );
  });
});
