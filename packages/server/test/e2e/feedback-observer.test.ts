import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vi } from '../../../web/src/i18n/locales/vi.js';
import { loggedInPage, startBrowserApp } from '../support/browser.js';
import { seedUnitId } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';

// The Fatherland Front's observer (II.1.đ) reads published feedback and inspection conclusions; the PAR focal
// point runs the inspections and the legal documents in the same pages.
let t: TestApp;
let context: BrowserContext;
let closeApp: () => Promise<void>;
let concludedId = '';
beforeAll(async () => {
  ({ t, context, close: closeApp } = await startBrowserApp({ now: new Date('2026-06-15T02:00:00Z') }));
  const coordinator = await t.loginAs('haiduong.vhxh');
  const centre = await seedUnitId(t.db, 'TTPVHCC');
  const vp = await seedUnitId(t.db, 'VP');
  const plan = await coordinator.post('/api/v1/inspections/plans', {
    year: 2026,
    title: 'kiểm tra công tác cải cách hành chính năm 2026',
    scope: 'Việc triển khai Kế hoạch CCHC năm 2026.',
    team: ['Bà Phạm Thị Thanh Vân, Trưởng đoàn'],
    units: [centre, vp].map((unitId) => ({ unitId, plannedFrom: '2026-06-10', plannedTo: '2026-06-10' })),
  });
  const plans = (await coordinator.get('/api/v1/inspections/plans?year=2026')).body;
  const inspections = plans.find((p: { id: string }) => p.id === plan.body.id).inspections;
  concludedId = inspections.find((i: { unit: { id: string } }) => i.unit.id === centre).id;
  await coordinator.post(`/api/v1/inspections/${concludedId}/conclude`, {
    conclusion: 'Trung tâm thực hiện tốt nhiệm vụ cải cách thủ tục hành chính.',
    noticeNumber: '31',
    noticeDate: '2026-06-15',
    signerName: 'Phạm Thị Thanh Vân',
  });
});
afterAll(async () => {
  await closeApp?.();
});

const loggedIn = (username: string) => loggedInPage(context, t.url, username);

describe('the observer and the focal point in the browser', () => {
  it('shows the observer the conclusions and target đ, not the plans in progress', async () => {
    const page = await loggedIn('haiduong.mattran');
    await page.getByRole('menuitem', { name: vi.nav.inspections }).click();
    await page.getByTestId('inspection-coverage').getByText('1/6').waitFor();
    expect(await page.getByRole('tab', { name: vi.inspections.tabs.plans }).count()).toBe(0);
    await page.getByRole('link', { name: 'Trung tâm Phục vụ hành chính công' }).click();
    await page.getByText('Trung tâm thực hiện tốt nhiệm vụ cải cách thủ tục hành chính.').waitFor();
    expect(await page.getByRole('link', { name: vi.inspections.noticeWord }).count()).toBe(1);
    await page.close();
  });

  it('shows feedback and target đ on the dashboard', async () => {
    const page = await loggedIn('haiduong.mattran');
    await page.goto(`${t.url}/thong-ke`);
    await page.getByTestId('feedback-summary').waitFor();
    await page.getByText(vi.inspections.coverage).first().waitFor();
    await page.getByText('1/6', { exact: false }).first().waitFor();
    await page.close();
  });

  it('shows the observer the published answers and the indicators, without the officers’ queue', async () => {
    const page = await loggedIn('haiduong.mattran');
    await page.getByRole('menuitem', { name: vi.nav.feedback }).click();
    await page.getByRole('tab', { name: vi.feedback.tabs.published }).waitFor();
    expect(await page.getByRole('tab', { name: vi.feedback.tabs.open }).count()).toBe(0);
    expect(await page.getByRole('button', { name: vi.feedback.intake }).count()).toBe(0);
    await page.close();
  });

  it('lets the focal point register two documents and mark one repealed by the other', async () => {
    const page = await loggedIn('haiduong.vhxh');
    await page.goto(`${t.url}/van-ban`);
    for (const [number, title] of [
      ['02/2025/QĐ-UBND', 'ban hành Quy chế tiếp công dân'],
      ['07/2026/QĐ-UBND', 'bãi bỏ Quyết định số 02/2025/QĐ-UBND'],
    ]) {
      await page.getByRole('button', { name: vi.legal.add }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(vi.legal.fields.numberSymbol).fill(number ?? '');
      await dialog.getByLabel(vi.legal.fields.title).fill(title ?? '');
      await dialog.getByLabel(vi.legal.fields.signedOn).fill('10/03/2025');
      await dialog.getByLabel(vi.legal.fields.signedOn).press('Enter');
      await dialog.getByLabel(vi.legal.fields.effectiveOn).fill('10/03/2025');
      await dialog.getByLabel(vi.legal.fields.effectiveOn).press('Enter');
      await dialog.getByRole('button', { name: vi.legal.add }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('link', { name: number }).waitFor();
    }
    await page.getByRole('link', { name: '02/2025/QĐ-UBND' }).click();
    await page.getByRole('button', { name: vi.legal.changeStatus }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(vi.legal.fields.byDocument).fill('07/2026');
    await page.getByTitle(/07\/2026\/QĐ-UBND/).click();
    await dialog.getByRole('button', { name: vi.legal.changeStatus }).click();
    await expect.poll(() => page.getByTestId('legal-status').textContent()).toBe(vi.legal.statuses.repealed);
    expect(await page.getByTestId('acted-on-by').getByRole('link', { name: '07/2026/QĐ-UBND' }).count()).toBe(1);
    await page.close();
  });
});
