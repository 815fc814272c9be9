import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parVi } from '../../../web/src/features/par/locale.js';
import { vi } from '../../../web/src/i18n/locales/vi.js';
import { loggedInPage, startBrowserApp } from '../support/browser.js';
import { vn } from '../support/dossier-fixtures.js';
import { parCriteriaXlsx } from '../support/par-criteria.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let context: BrowserContext;
let closeApp: () => Promise<void>;
beforeAll(async () => {
  ({ t, context, close: closeApp } = await startBrowserApp({ now: vn('2026-06-20 09:00'), seedPlan: true }));
  const admin = await t.loginAs('thanhpho.admin');
  const form = new FormData();
  form.append('kind', 'par');
  form.append('file', new Blob([new Uint8Array(await parCriteriaXlsx())]), 'bo-tieu-chi-2026.xlsx');
  const { cookie, csrf } = admin as unknown as { cookie: string; csrf: string };
  const res = await fetch(`${t.url}/api/v1/city/par/sets`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrf },
    body: form,
  });
  expect(res.status).toBe(201);
}, 120_000);
afterAll(async () => {
  await closeApp?.();
});

describe("the ward's self-assessment page", () => {
  for (const [name, width] of [
    ['desktop', 1280],
    ['phone', 390],
  ] as const) {
    it(`shows the pre-scores and the projection, and saves a score with its reason (${name})`, async () => {
      const page = await loggedInPage(context, t.url, 'haiduong.vhxh');
      await page.setViewportSize({ width, height: 900 });
      if (width < 700) await page.goto(`${t.url}/chi-so-cchc`);
      else await page.getByRole('menuitem', { name: vi.nav.par }).click();
      await page.getByRole('heading', { name: parVi.title }).waitFor();
      // The H1 report (due 08/06) is not sent and Q1's was not sent either: 0/2 reports on time.
      await page.getByText('Báo cáo gửi đúng hạn 0/2 = 0,00%', { exact: false }).first().waitFor();
      await page.getByTestId('par-projected').waitFor();
      // Criterion 1.5 (a scale of 2 points) scored 1.5 and saved.
      await page.getByLabel(`${parVi.value} 1.5`).fill('1.5');
      await page.getByRole('button', { name: parVi.save }).click();
      await page.getByText(parVi.saved).first().waitFor();
      expect(Number(await page.getByLabel(`${parVi.value} 1.5`).inputValue())).toBe(1.5);
      // Overriding a pre-score asks for the reason, answered by field when left blank.
      await page.getByLabel(`${parVi.value} 1.2`).fill('100');
      await page.getByLabel(`${parVi.reason} 1.2`).waitFor();
      await page.getByRole('button', { name: parVi.save }).click();
      await page.getByText('Điểm khác điểm tính từ số liệu', { exact: false }).first().waitFor();
      await page.close();
    });
  }
});
