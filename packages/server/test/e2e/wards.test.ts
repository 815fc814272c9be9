import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vi } from '../../../web/src/i18n/locales/vi.js';
import { loggedInPage, startBrowserApp } from '../support/browser.js';
import { sheetBase64 } from '../support/sheets.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let context: BrowserContext;
let closeApp: () => Promise<void>;
beforeAll(async () => {
  ({ t, context, close: closeApp } = await startBrowserApp());
});
afterAll(async () => {
  await closeApp?.();
});

const texts = vi.wards;

describe('the city admin’s wards in the browser', () => {
  it('creates a ward with its first admin, then picks it in the header and reads its pages', async () => {
    const page = await loggedInPage(context, t.url, 'thanhpho.admin');
    await page.getByRole('menuitem', { name: vi.nav.wards }).click();
    await page.getByRole('tab', { name: texts.new }).click();
    await page.getByLabel(texts.code, { exact: true }).fill('le-chan');
    await page.getByLabel(texts.name, { exact: true }).fill('Phường Lê Chân');
    await page.getByLabel(texts.kind).click();
    await page.getByTitle(texts.kinds.ward, { exact: true }).click();
    await page.getByLabel(texts.adminUsername).fill('lechan.admin');
    await page.getByRole('button', { name: texts.create, exact: true }).click();
    await page.getByTestId('first-admin-password').waitFor();
    expect(await page.getByTestId('ward-created').textContent()).toContain('Phường Lê Chân');
    // No toast over the header: the outcome stays on the form, so the picker is free to click at once.
    expect(await page.locator('.ant-message-notice').count()).toBe(0);
    const row = await t.db
      .selectFrom('tenants')
      .select(['kind', 'name'])
      .where('code', '=', 'le-chan')
      .executeTakeFirst();
    expect(row).toEqual({ kind: 'ward', name: 'Phường Lê Chân' });

    await page.getByTestId('ward-picker').click();
    await page.getByTitle('Phường Lê Chân', { exact: true }).click();
    await page.locator('.ant-layout-sider').getByText('Phường Lê Chân').waitFor();
    await page.close();
  });

  it('imports the city from a sheet chosen in the import tab, and says what each row did', async () => {
    const header = ['Mã', 'Tên', 'Loại', 'Khối', 'Mã một cửa', 'Mã ĐVHC', 'Quản trị'];
    const rows = [header, ['kien-an', 'Phường Kiến An', 'Phường', 'Khối phường', null, null, null]];
    const page = await loggedInPage(context, t.url, 'thanhpho.admin');
    await page.getByRole('menuitem', { name: vi.nav.wards }).click();
    await page.getByRole('tab', { name: texts.import }).click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'thanh-pho.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await sheetBase64(rows), 'base64'),
    });
    await page.getByTestId('import-summary').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toBe(
      texts.importSummary.replace('{{created}}', '1').replace(/\{\{\w+\}\}/g, '0'),
    );
    const ward = await t.db.selectFrom('tenants').select('name').where('code', '=', 'kien-an').executeTakeFirst();
    expect(ward).toEqual({ name: 'Phường Kiến An' });
    await page.close();
  });

  it('is not in the menu of a ward admin, who has no ward picker', async () => {
    const page = await loggedInPage(context, t.url, 'haiduong.admin');
    expect(await page.getByRole('menuitem', { name: vi.nav.wards }).count()).toBe(0);
    expect(await page.getByTestId('ward-picker').count()).toBe(0);
    await page.close();
  });
});
