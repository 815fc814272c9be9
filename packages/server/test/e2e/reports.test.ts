// The acceptance path of the periodic reports in the browser, on 05/03/2026 (inside Q1's window): Trung tâm Phục vụ
// hành chính công submits its Q1 report, the coordinator returns it, the unit submits it again, the coordinator
// generates the consolidated draft, edits a paragraph and downloads the .docx.
import fs from 'node:fs';
import JSZip from 'jszip';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vi as locale } from '../../../web/src/i18n/locales/vi.js';
import { loggedInPage, startBrowserApp } from '../support/browser.js';
import { vn } from '../support/dossier-fixtures.js';
import type { SeedPlan } from '../support/tasks-plan-fixture.js';
import type { TestApp } from '../support/test-app.js';

const texts = locale.reports;
let t: TestApp;
let plan: SeedPlan;
let context: BrowserContext;
let closeApp: () => Promise<void>;
beforeAll(async () => {
  ({ t, context, plan, close: closeApp } = await startBrowserApp({ now: vn('2026-03-05 09:00'), seedPlan: true }));
});
afterAll(async () => {
  await closeApp?.();
});

const loginAs = (username: string) => loggedInPage(context, t.url, username);

/** The Q1 page, reached from the menu as a user would. */
async function openQ1(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: locale.nav.reports }).click();
  // The home page's to-do list also links to the Q1 report (and stays on screen while the page's chunk loads):
  // the period list's own link is named by the period alone.
  await page.getByRole('link', { name: /^quý I năm 2026$/i }).click();
  await expect.poll(() => page.url()).toMatch(/\/bao-cao\/2026-Q1$/);
}

const status = (page: Page) => page.getByTestId('unit-report-status').textContent();

describe('periodic reports in the browser', () => {
  it('a unit submits, is returned, resubmits; the coordinator consolidates, edits and downloads the .docx', async () => {
    const centre = plan.unitIds.get('TTPVHCC') as string;

    const officer = await loginAs('haiduong.canbo');
    await openQ1(officer);
    await officer.getByLabel(texts.form.limits).fill('Thiếu máy quét để số hóa hồ sơ.');
    await officer.getByRole('button', { name: texts.form.submit }).click();
    await officer.getByRole('button', { name: texts.form.confirmSendOk, exact: true }).click();
    await expect.poll(() => status(officer)).toBe(texts.statuses.submitted);

    const coordinator = await loginAs('haiduong.vhxh');
    await openQ1(coordinator);
    await coordinator.getByRole('tab', { name: texts.tabs.units }).click();
    await coordinator.getByTestId(`open-${centre}`).click();
    await coordinator.getByLabel(texts.review.comment).fill('Đề nghị bổ sung nguyên nhân.');
    await coordinator.getByRole('button', { name: texts.review.return }).click();
    await expect.poll(() => coordinator.getByTestId(`status-${centre}`).textContent()).toBe(texts.statuses.returned);

    // One browser context: each login replaces the session cookie, so every switch of user logs in again.
    const officerAgain = await loginAs('haiduong.canbo');
    await openQ1(officerAgain);
    await officerAgain.getByText('Báo cáo bị trả lại: Đề nghị bổ sung nguyên nhân.').waitFor();
    await officerAgain.getByLabel(texts.form.causes).fill('Kinh phí mua sắm chưa được bố trí.');
    await officerAgain.getByRole('button', { name: texts.form.submit }).click();
    await officerAgain.getByRole('button', { name: texts.form.confirmSendOk, exact: true }).click();
    await expect.poll(() => status(officerAgain)).toBe(texts.statuses.submitted);

    const consolidator = await loginAs('haiduong.vhxh');
    await openQ1(consolidator);
    await consolidator.getByRole('tab', { name: texts.tabs.consolidated }).click();
    await consolidator.getByRole('button', { name: texts.consolidated.generate }).click();
    await expect.poll(() => consolidator.getByTestId('report-version').textContent()).toBe('Phiên bản 1');
    const limits = consolidator.getByLabel(texts.consolidated.sections.limits);
    expect(await limits.inputValue()).toContain('Thiếu máy quét để số hóa hồ sơ.');
    await consolidator
      .getByLabel(texts.consolidated.sections.strengths)
      .fill('Các đơn vị gửi báo cáo đầy đủ, đúng hạn.');
    await consolidator.getByRole('button', { name: texts.consolidated.save }).click();
    await expect.poll(() => consolidator.getByTestId('report-version').textContent()).toBe('Phiên bản 2');

    const [download] = await Promise.all([
      consolidator.waitForEvent('download'),
      consolidator.getByTestId('download-docx-2').click(),
    ]);
    expect(download.suggestedFilename()).toBe('bao-cao-cchc-2026-Q1-v2.docx');
    const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Kết quả thực hiện công tác cải cách hành chính quý I năm 2026');
    expect(xml).toContain('Các đơn vị gửi báo cáo đầy đủ, đúng hạn.');
    expect(xml).toContain('Thiếu máy quét để số hóa hồ sơ.');
    expect(xml).toContain('Kinh phí mua sắm chưa được bố trí.');
  });
});
