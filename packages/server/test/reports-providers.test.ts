// The optional parts of a periodic report (one-stop, feedback, inspections), filled by the providers other modules
// register, on 05/03/2026 inside Q1's window.
import { emptyCounts } from '@cchc/domain';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { index766PeriodName } from '../src/modules/reports/one-stop-provider.js';
import type { ReportFigureProvider } from '../src/modules/reports/providers.js';
import { generateReport } from '../src/modules/reports/use-cases/consolidated-report.js';
import { renderReportVersion } from '../src/modules/reports/use-cases/render-report.js';
import { intakeBody, procedureId } from './support/dossier-fixtures.js';
import { ensureSeedPlan } from './support/tasks-plan-fixture.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

const NOW = new Date('2026-03-05T02:00:00Z');
const Q1 = '/api/v1/reports/periods/2026-Q1';

let t: TestApp;
let coordinator: TestClient;
beforeAll(async () => {
  t = await startTestApp({ now: NOW });
  await ensureSeedPlan(t.db);
  coordinator = await t.loginAs('haiduong.vhxh');
});
afterAll(() => t?.close());

describe('optional parts from other modules', () => {
  it('prints the one-stop, feedback and inspection figures of registered providers, the first with figures winning', async () => {
    const user = await t.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', 'haiduong.vhxh')
      .executeTakeFirstOrThrow();
    const auth = {
      userId: user.id,
      tenantId: user.tenant_id,
      unitId: user.unit_id,
      username: user.username,
      fullName: user.full_name,
      roles: ['coordinator' as const],
      sessionId: '',
      csrfToken: '',
    };
    const total = {
      ...emptyCounts(),
      received: 12,
      online: 7,
      inPersonOrPost: 5,
      processed: 10,
      early: 6,
      onTime: 3,
      late: 1,
      processing: 2,
      withinDeadline: 2,
    };
    const seen: string[] = [];
    const providers: ReportFigureProvider[] = [
      { section: 'feedback', module: 'none', read: async () => null },
      {
        section: 'oneStop',
        module: 'dossiers',
        read: async (context) => {
          seen.push(
            `${context.window.start}..${context.window.end} ${context.calendarSpan.start}..${context.calendarSpan.end}`,
          );
          return {
            processing: { rows: [{ label: 'Hộ tịch', counts: total }], total },
            index766: null,
            apologies: 0,
            onlinePayment: null,
          };
        },
      },
      {
        section: 'feedback',
        module: 'feedback',
        read: async () => ({
          received: 2,
          byCategory: { procedure: 2 },
          published: 1,
          onTime: { numerator: 2, denominator: 2, rate: 100 },
          satisfaction: { numerator: 1, denominator: 2, rate: 50 },
        }),
      },
    ];
    await generateReport(t.db, { auth, now: NOW, lang: 'vi' }, '2026-H1', { keepTexts: false }, providers);
    // The 6-month report is cumulative from the start of the reporting year (docs/DOMAIN.md §7).
    expect(seen).toEqual(['2025-12-15..2026-06-08 2026-01-01..2026-06-30']);
    const report = (await coordinator.get('/api/v1/reports/periods/2026-H1/report')).body.current;
    expect(report.figures.oneStop.processing.total.received).toBe(12);
    expect(report.figures.feedback.received).toBe(2);
    expect(report.figures.inspections).toBeNull();
    const file = await renderReportVersion(t.db, auth.tenantId, NOW, '2026-H1', 1, 'docx', 'vi');
    const xml = (await (await JSZip.loadAsync(file.buffer)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Biểu II.06a: Kết quả giải quyết thủ tục hành chính');
    expect(xml).toContain('Tổng số hồ sơ nhận giải quyết: 12 (trực tuyến 7;');
    expect(xml).toContain('Tiếp nhận 2 phản ánh, kiến nghị (2 về thủ tục hành chính)');
  });
});

describe('one-stop statistics', () => {
  it('quote Decision 766 for the last calendar period ended by the report day', () => {
    const on = (period: 'Q1' | 'H1' | 'Y', asOf: string) =>
      index766PeriodName({
        plan: { id: '', year: 2026 },
        period,
        asOf,
        calendarSpan:
          period === 'Y'
            ? { start: '2026-01-01', end: '2026-12-31' }
            : { start: '2026-01-01', end: period === 'Q1' ? '2026-03-31' : '2026-06-30' },
      });
    expect([on('Q1', '2026-03-05'), on('Q1', '2026-03-31'), on('Q1', '2026-01-10')]).toEqual([
      '2026-02',
      '2026-Q1',
      null,
    ]);
    expect([on('H1', '2026-06-08'), on('H1', '2026-06-30'), on('Y', '2026-12-08')]).toEqual([
      '2026-05',
      '2026-05',
      '2026-11',
    ]);
  });

  it('fill form II.06a from the dossiers module once the window has dossiers', async () => {
    const desk = await t.loginAs('haiduong.motcua');
    const intake = await desk.post('/api/v1/dossiers', intakeBody(await procedureId(desk, '1.000894')));
    expect(intake.status).toBe(201);
    const res = await coordinator.post(`${Q1}/report/generate`, {});
    expect(res.status).toBe(201);
    const oneStop = res.body.current.figures.oneStop;
    expect(oneStop.processing.total).toMatchObject({
      received: 1,
      inPersonOrPost: 1,
      processing: 1,
      withinDeadline: 1,
    });
    expect(oneStop.index766).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
    expect(oneStop.apologies).toBe(0);
  });
});
