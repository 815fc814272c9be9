// The acceptance path of task follow-up in the browser, on 20/03/2026: an officer of Trung tâm Phục vụ hành chính
// công completes task 20 with a PDF, the coordinator accepts it, the dashboard counts it on time; the list and the
// Gantt show it from the list's slim items.
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

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    'trailer << /Root 1 0 R >>\n%%EOF\n',
);

const loginAs = (username: string) => loggedInPage(context, t.url, username);

/** The task-completion target's figures on the dashboard, "(done/due)". */
async function completionFigures(page: Page): Promise<[number, number]> {
  await page.goto(`${t.url}/thong-ke`);
  const text = (await page.getByTestId('target-figures-plan_tasks_completed_on_time').textContent()) ?? '';
  const match = /(\d+)\/(\d+)/.exec(text);
  if (!match) throw new Error(`no figures in "${text}"`);
  return [Number(match[1]), Number(match[2])];
}

describe('task follow-up in the browser', () => {
  it('an officer completes task 20 with a PDF, the coordinator accepts it, the dashboard counts it on time', async () => {
    const taskId = plan.taskIds.get(20) as string;
    const before = await completionFigures(await loginAs('haiduong.vhxh'));

    const officer = await loginAs('haiduong.canbo');
    await officer.getByRole('menuitem', { name: 'Nhiệm vụ' }).click();
    await officer.getByTestId('task-row-20').getByRole('link').click();
    await expect.poll(() => officer.url()).toContain(`/nhiem-vu/${taskId}`);
    expect(await officer.getByTestId('task-title').textContent()).toContain(
      'Xây dựng Kế hoạch công tác cải cách thủ tục',
    );
    expect(await officer.getByTestId('task-due').textContent()).toBe('31/03/2026');

    await officer.getByLabel('Tiến độ (%)').fill('60');
    await officer.getByLabel('Nội dung cập nhật').fill('Đã dự thảo kế hoạch, trình lãnh đạo');
    await officer.getByTestId('progress-save').click();
    await officer.getByTestId('timeline-progress').waitFor();

    await officer.locator('input[type=file]').setInputFiles({
      name: 'Ke hoach KSTTHC 2026.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await officer.getByTestId('evidence-item').getByText('Ke hoach KSTTHC 2026.pdf').waitFor();

    await officer.getByTestId('submit-completion').click();
    await officer.getByRole('dialog').getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
    await expect.poll(() => officer.getByTestId('task-status').textContent()).toContain('Chờ nghiệm thu');

    const coordinator = await loginAs('haiduong.vhxh');
    await coordinator.goto(`${t.url}/nhiem-vu/${taskId}`);
    await coordinator.getByTestId('accept-completion').click();
    await expect.poll(() => coordinator.getByTestId('task-status').textContent()).toContain('Hoàn thành');
    expect(await coordinator.getByTestId('task-status').textContent()).toContain('Đúng hạn');

    const after = await completionFigures(coordinator);
    expect(after).toEqual([before[0] + 1, before[1] + 1]);
    const recent = coordinator.getByTestId('recent-20');
    expect(await recent.textContent()).toContain('Đúng hạn');
  });

  it("lists task 20 with its due date, and draws its bar on the year's Gantt, which leads to its page", async () => {
    const page = await loginAs('haiduong.vhxh');
    await page.goto(`${t.url}/nhiem-vu`);
    await expect.poll(() => page.getByTestId('task-row-20').textContent()).toContain('31/03/2026');
    await page.goto(`${t.url}/nhiem-vu/tien-do`);
    const bar = page.locator('svg a').filter({ has: page.locator('title', { hasText: /^20 Xây dựng Kế hoạch/ }) });
    await bar.locator('rect').click();
    await expect.poll(() => page.url()).toContain(`/nhiem-vu/${plan.taskIds.get(20)}`);
  });
});
