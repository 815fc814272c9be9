import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vi } from '../../../web/src/i18n/locales/vi.js';
import { freshPage, loggedInPage, startBrowserApp } from '../support/browser.js';
import { seedUnitId } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';

// Mon 01/06/2026 09:00 in Hà Nội: June holds no other feedback, so its indicators are this test's alone.
const NOW = new Date('2026-06-01T02:00:00Z');
const T = vi.feedback;
const P = vi.publicFeedback;

let t: TestApp;
let context: BrowserContext;
let closeApp: () => Promise<void>;
beforeAll(async () => {
  ({ t, context, close: closeApp } = await startBrowserApp({ now: NOW }));
  // The ward sends new feedback to its Public Administrative Service Centre.
  const admin = await t.loginAs('haiduong.admin');
  const settings = (await admin.get('/api/v1/feedback/settings')).body;
  await admin.request('PUT', '/api/v1/feedback/settings', {
    ...settings,
    intakeUnitId: await seedUnitId(t.db, 'TTPVHCC'),
  });
});
afterAll(async () => {
  await closeApp?.();
});

const newTab = () => freshPage(context);

const loggedIn = (username: string) => loggedInPage(context, t.url, username);

/** Indicator 5.3 of June for the ward, as the chairman reads it. */
async function juneSatisfaction(): Promise<number | null> {
  const chairman = await t.loginAs('haiduong.chutich');
  const res = await chairman.get('/api/v1/feedback/indicators?from=2026-06-01&to=2026-06-30');
  return res.body.total.satisfaction.rate;
}

const TITLE = 'Niêm yết phí chứng thực bản sao';
const TEXT =
  'Tôi là Nguyễn Văn An, điện thoại 0912 345 678. Đề nghị niêm yết công khai phí chứng thực bản sao tại quầy.';

describe('a citizen’s feedback from the public page to its published answer', () => {
  // One journey: each step needs what the one before made, so the steps are one test, in order.
  it('is sent without an account, answered, approved and published without the name or phone, rated and followed', async () => {
    let trackingCode = '';
    let detailUrl = '';
    // The citizen sends it without an account and is shown the tracking code once.
    {
      const page = await newTab();
      await page.goto(`${t.url}/gop-y/hai-duong`);
      await page.getByLabel(T.fields.title).fill(TITLE);
      await page.getByLabel(T.fields.text, { exact: true }).fill(TEXT);
      await page.getByLabel(T.fields.name).fill('Nguyễn Văn An');
      await page.getByLabel(T.fields.phone).fill('0912 345 678');
      await page.getByRole('button', { name: P.submit }).click();
      const code = page.getByTestId('tracking-code');
      await code.waitFor();
      trackingCode = ((await code.textContent()) ?? '').match(/PA-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/)?.[0] ?? '';
      expect(trackingCode).not.toBe('');
      expect(await page.getByText(P.successHint).count()).toBe(1);
      await page.close();
    }
    // The Centre's officer answers it.
    {
      const page = await loggedIn('haiduong.canbo');
      await page.goto(`${t.url}/phan-anh`);
      await page.getByTestId(`feedback-${trackingCode}`).click();
      await page.getByRole('button', { name: T.actions.submit_answer }).click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByLabel(T.fields.answer)
        .fill('Trung tâm đã niêm yết mức phí chứng thực tại quầy số 3 từ ngày 02/6/2026. Cảm ơn ông Nguyễn Văn An.');
      await dialog.getByRole('button', { name: T.actions.submit_answer }).click();
      await page.getByText(T.statuses.awaiting_approval).first().waitFor();
      detailUrl = page.url();
      await page.close();
    }
    // The unit head approves and publishes it, the citizen's name and phone removed.
    {
      const page = await loggedIn('haiduong.truongphong');
      await page.goto(detailUrl);
      await page.getByRole('button', { name: T.actions.approve, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.getByLabel(T.fields.publicAnswer).inputValue()).toContain('[đã ẩn]');
      expect(await dialog.getByLabel(T.fields.publishNow).isChecked()).toBe(true);
      await dialog.getByRole('button', { name: T.actions.approve, exact: true }).click();
      await page.getByText(T.statuses.published).first().waitFor();
      await page.close();
    }
    // The public page shows the answer without the name or phone; a dislike lowers 5.3.
    {
      expect(await juneSatisfaction()).toBe(100);
      const page = await newTab();
      await page.goto(`${t.url}/gop-y/hai-duong`);
      await page.getByRole('tab', { name: P.tabs.published }).click();
      const list = page.getByTestId('published-feedback');
      await list.getByText(TITLE).waitFor();
      const shown = (await list.textContent()) ?? '';
      expect(shown).toContain('quầy số 3');
      expect(shown).not.toContain('Nguyễn Văn An');
      expect(shown).not.toMatch(/0912\s?345\s?678/);

      await list.getByRole('button', { name: P.notHelpful }).click();
      await list.getByPlaceholder(P.notSatisfiedReason).fill('Chưa nêu mức phí cụ thể');
      await list.getByRole('button', { name: P.send }).click();
      await list.getByText(P.thanks).waitFor();
      await expect.poll(juneSatisfaction).toBe(0);
      await page.close();
    }
    // The citizen follows it with the tracking code.
    {
      const page = await newTab();
      await page.goto(`${t.url}/gop-y/hai-duong`);
      await page.getByRole('tab', { name: P.tabs.track }).click();
      await page.getByLabel(P.trackLabel, { exact: true }).fill(trackingCode.toLowerCase());
      await page.getByRole('button', { name: P.trackButton }).click();
      await page.getByText(T.statuses.published).first().waitFor();
      expect(await page.getByText('quầy số 3', { exact: false }).count()).toBeGreaterThan(0);
      await page.close();
    }
  }, 240_000);
});

describe('a feedback the citizen could not send', () => {
  it('tells the citizen in Vietnamese why a feedback was not sent: a refused field under it, a failed send above', async () => {
    const page = await newTab();
    await page.goto(`${t.url}/gop-y/hai-duong`);
    await page.getByLabel(T.fields.title).fill(TITLE);
    await page.getByLabel(T.fields.text, { exact: true }).fill(TEXT);
    // Nothing is sent without the required text: the form says which field is missing.
    await page.getByLabel(T.fields.title).fill('');
    await page.getByRole('button', { name: P.submit }).click();
    expect(await page.getByLabel(T.fields.title).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel(T.fields.title).fill(TITLE);
    // The server refuses a malformed e-mail address: its message stands under that field.
    await page.getByLabel(T.fields.email).fill('khong-phai-email');
    await page.getByRole('button', { name: P.submit }).click();
    await expect.poll(() => page.getByLabel(T.fields.email).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('tracking-code').count()).toBe(0);
    await page.getByLabel(T.fields.email).fill('');
    // The network fails: a plain message above the button, and the form keeps what was typed.
    await page.route('**/api/v1/public/hai-duong/feedback', (route) => route.abort());
    await page.getByRole('button', { name: P.submit }).click();
    await page.getByTestId('submit-error').getByText(vi.errors.generic).waitFor();
    expect(await page.getByLabel(T.fields.title).inputValue()).toBe(TITLE);
    await page.close();
  });
});
