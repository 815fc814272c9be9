import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInPage, startBrowserApp } from '../support/browser.js';
import { editedSeed } from '../support/plan-fixtures.js';
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

const loginAs = (username: string) => loggedInPage(context, t.url, username);

describe('the plan page', () => {
  it('shows the coordinator the 2026 plan imported at first start, then imports a later version the chairman approves', async () => {
    // The plan imported at first start: task 20 in group III, due in Q1.
    {
      const page = await loginAs('haiduong.vhxh');
      await page.getByRole('menuitem', { name: 'Kế hoạch' }).click();
      await expect
        .poll(() => page.getByTestId('plan-title').textContent())
        .toBe('Kế hoạch Cải cách hành chính nhà nước phường Hải Dương năm 2026');
      expect(await page.getByText('Đang thực hiện', { exact: true }).count()).toBe(1);
      const group = page.getByTestId('plan-group-III');
      expect(await group.getByRole('heading').textContent()).toBe('III. Cải cách thủ tục hành chính');
      const row = group.getByTestId('plan-task-20');
      const text = await row.textContent();
      expect(text).toContain('Xây dựng Kế hoạch công tác cải cách thủ tục hành chính');
      expect(text).toContain('Trung tâm phục vụ HCC');
      expect(text).toContain('Quý I năm 2026');
      expect(text).toContain('01/01/2026 – 31/03/2026');
      await page.getByRole('tab', { name: 'Chỉ tiêu và chế độ báo cáo' }).click();
      await expect.poll(() => page.getByText('08/12/2026').count()).toBe(1);
      await page.close();
    }
    // A later version, imported as an amendment, changes it (task 20 moves to Q2): it comes second.
    {
      const page = await loginAs('haiduong.vhxh');
      await page.goto(`${t.url}/ke-hoach`);
      await page.getByRole('button', { name: 'Nhập phiên bản mới' }).click();
      await page.locator('input[type=file]').setInputFiles({
        name: 'ke-hoach-sua-doi.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(editedSeed()),
      });
      await page.getByTestId('parsed-tasks').waitFor();
      expect(await page.getByTestId('plan-warning').count()).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Tiếp tục' }).click();
      await page.getByRole('button', { name: 'Áp dụng và tiếp tục' }).click(); // units: "Hội Luật gia" stays outside
      await page.getByRole('button', { name: 'Áp dụng và tiếp tục' }).click(); // timeframes: nothing to fix
      await expect
        .poll(() => page.getByTestId('plan-import-action').textContent())
        .toContain('chờ Chủ tịch UBND phê duyệt');
      expect(await page.getByTestId('plan-changes').textContent()).toContain('Thêm 1 nhiệm vụ');
      await page.getByRole('button', { name: 'Gửi đề xuất điều chỉnh' }).click();
      await page.getByTestId('plan-amendment').waitFor();
      expect(await page.getByRole('button', { name: 'Phê duyệt' }).count()).toBe(0);
      await page.close();

      const chairman = await loginAs('haiduong.chutich');
      await chairman.goto(`${t.url}/ke-hoach`);
      await chairman.getByTestId('plan-amendment').waitFor();
      await chairman.getByRole('button', { name: 'Phê duyệt' }).click();
      await chairman.getByTestId('plan-task-46').waitFor();
      expect(await chairman.getByTestId('plan-task-44').count()).toBe(0);
      expect(await chairman.getByText('Phiên bản 2', { exact: true }).count()).toBe(1);
      await chairman.close();
    }
  }, 180_000);
});
