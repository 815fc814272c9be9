// The city generator (bench/dossier-rows.ts, bench/city-extras.ts) on a real database: a small city of three years
// makes rows the app reads without error, and the figures it computes from them count what the rows say.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FULL_CITY, generateCity } from '../bench/dossier-rows.js';
import { feedbackFigures } from '../src/modules/feedback/index.js';
import { indicatorReport } from '../src/modules/indicators/use-cases/compute-report.js';
import { processingTable } from '../src/modules/indicators/use-cases/processing-table.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let ward: { id: string; code: string };

beforeAll(async () => {
  t = await startTestApp();
  await generateCity(t.db, { dossiers: 6000, ...FULL_CITY });
  const row = await sql<{ id: string; code: string }>`
    SELECT id, code FROM tenants WHERE code LIKE 'bench-%' ORDER BY code LIMIT 1`.execute(t.db);
  ward = row.rows[0] ?? { id: '', code: '' };
});
afterAll(() => t.close());

const count = async (query: ReturnType<typeof sql<{ n: number }>>) => Number((await query.execute(t.db)).rows[0]?.n);

describe('the generated city', () => {
  it('has 114 wards in their blocks and dossiers in each of the three years', async () => {
    const blocks = await sql<{ kind: string; n: number }>`
      SELECT kind, count(*)::int AS n FROM tenants WHERE kind <> 'city' GROUP BY kind ORDER BY kind`.execute(t.db);
    expect(blocks.rows).toEqual([
      { kind: 'commune', n: 67 },
      { kind: 'special_zone', n: 2 },
      { kind: 'ward', n: 45 },
    ]);
    const years = await sql<{ year: number }>`
      SELECT DISTINCT extract(year FROM received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS year FROM dossiers
       ORDER BY 1`.execute(t.db);
    expect(years.rows.map((r) => r.year)).toEqual([2024, 2025, 2026]);
  });

  it("computes a generated ward's 766 report and II.06a table for a past year from its rows", async () => {
    const report = await indicatorReport(t.db, ward.id, '2025');
    const table = await processingTable(t.db, ward.id, '2025', 'unit');
    const received = await count(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM dossiers WHERE tenant_id = ${ward.id}
         AND (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN '2025-01-01' AND '2025-12-31'`);
    expect(received).toBeGreaterThan(0);
    expect(table.total.received - table.total.carriedOver).toBe(received);
    expect(table.problems.filter((p) => p.rule !== 'data')).toEqual([]);
    expect(report.dossierCount).toBe(table.total.received);
    expect(report.warnings.filter((w) => w.includes('không có trong danh mục'))).toEqual([]);
    // Feedback names some of the year's dossiers: 5.2 and 5.3 come from the feedback module.
    const row = (code: string) => report.indicators.find((i) => i.code === code);
    expect(row('5.2')?.denominator).toBeGreaterThan(0);
    expect(row('5.3')?.denominator).toBeGreaterThan(0);
  });

  it("computes a generated ward's feedback figures, counting the feedback filed in the period", async () => {
    const figures = await feedbackFigures(t.db, ward.id, { from: '2025-01-01', to: '2025-12-31' });
    const filed = await count(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM feedback WHERE tenant_id = ${ward.id}
         AND (submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN '2025-01-01' AND '2025-12-31'`);
    expect(filed).toBeGreaterThan(0);
    expect(figures.total.received).toBe(filed);
    const published = await count(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM feedback WHERE tenant_id = ${ward.id} AND status = 'published'
         AND (submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN '2025-01-01' AND '2025-12-31'`);
    expect(figures.total.published).toBe(published);
  });

  it("lets a generated ward's accounts in, with a plan per year, its tasks and their updates", async () => {
    const chairman = t.client();
    expect((await chairman.login(`${ward.code}.chutich`)).status).toBe(204);
    for (const year of [2024, 2025, 2026]) {
      const plan = await chairman.get(`/api/v1/plans/current?year=${year}`);
      expect(plan.status).toBe(200);
      expect(plan.body.year).toBe(year);
    }
    const tasks = await chairman.get('/api/v1/tasks');
    expect(tasks.status).toBe(200);
    const planTasks = await count(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM plan_tasks t JOIN plans p ON p.tenant_id = t.tenant_id AND p.id = t.plan_id
       WHERE t.tenant_id = ${ward.id} AND p.year = 2026`);
    expect(planTasks).toBeGreaterThan(0);
    const updates = await count(sql<{ n: number }>`
      SELECT count(*)::int AS n FROM task_updates WHERE tenant_id = ${ward.id}`);
    expect(updates).toBeGreaterThan(0);
    for (const path of ['/api/v1/feedback?pageSize=50', '/api/v1/indicators?period=2024', '/api/v1/dashboard']) {
      expect((await chairman.get(path)).status, path).toBe(200);
    }
  });
});
