// The fast path (Decision 766 and form II.06a summed in SQL over stored dossier facts, the rest through the domain)
// must give exactly what the domain computes from the same rows: generated months with every status (refused at
// intake, withdrawn, stopped), supplements, apology letters, DaDongBo known or not, ratings, hour limits and dossiers
// without any limit, the Tết and 30/4 holidays, few dossiers (no band) or many, judged at the period's end or at a
// "now" inside it (open dossiers overdue at now). Each case is compared cold (no facts yet, or facts stored in chunks
// as a backlog is), warm (facts used), after a procedure's limit and the office hours change, and after a national
// day off is added and taken back (facts no longer valid).
import {
  buildProcessingTable,
  computeIndicators,
  type DossierRecord,
  endOfProcessing,
  judgingDay,
  periodOf,
} from '@cchc/domain';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDossiers, RANDOM_PROCEDURES } from '../../domain/src/indicators/test-support/random-dossiers.js';
import { calendarRepository } from '../src/modules/calendar/repository.js';
import { loadWorkingCalendar } from '../src/modules/calendar/service.js';
import { loadIndicatorConfig } from '../src/modules/indicators/config.js';
import { factlessKeys, uncoveredDossiers } from '../src/modules/indicators/facts-repository.js';
import { loadIndicatorInput, loadPeriodRecords } from '../src/modules/indicators/load-input.js';
import { factsScope, storeBacklog } from '../src/modules/indicators/summed-period.js';
import { indicatorReport, indicatorReports } from '../src/modules/indicators/use-cases/compute-report.js';
import { processingTable, processingTables } from '../src/modules/indicators/use-cases/processing-table.js';
import { procedureRecordOf, proceduresRepository } from '../src/modules/procedures/index.js';
import { startTestApp, type TestApp, type TestClient } from './support/test-app.js';

let t: TestApp;
let tenantId: string;
let unitId: string | null;
let run = 0;
let cityAdmin: TestClient;
/** A Tuesday of March 2026, a working day in the built-in calendar. */
const DAY_OFF = '2026-03-10';

beforeAll(async () => {
  t = await startTestApp();
  const tenant = await sql<{ id: string }>`SELECT id FROM tenants WHERE kind <> 'city' ORDER BY code LIMIT 1`.execute(
    t.db,
  );
  tenantId = tenant.rows[0]?.id ?? '';
  const unit = await sql<{ id: string }>`SELECT id FROM units WHERE tenant_id = ${tenantId} LIMIT 1`.execute(t.db);
  unitId = unit.rows[0]?.id ?? null;
  cityAdmin = await t.loginAs('thanhpho.admin');
});
afterAll(() => t.close());

const json = (value: unknown) => JSON.stringify(value);

async function addProcedures(prefix: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const p of RANDOM_PROCEDURES) {
    const id = crypto.randomUUID();
    ids.set(p.code, id);
    const days = p.limit && 'days' in p.limit ? p.limit.days : null;
    const hours = p.limit && 'hours' in p.limit ? p.limit.hours : null;
    await sql`
      INSERT INTO procedures (tenant_id, id, code, name, field, limit_days, limit_hours, fee, online_level,
                              returns_paper_result, created_at, updated_at)
      VALUES (${tenantId}, ${id}, ${prefix + p.code}, ${p.name}, ${p.field}, ${days}, ${hours}, ${p.fee},
              ${p.onlineLevel}, ${p.returnsPaperResult}, now(), now())`.execute(t.db);
  }
  return ids;
}

/** Stores a generated dossier as the dossiers module would: its status is the last of its history. */
async function addDossier(d: DossierRecord, procedureId: string, prefix: string, syncKnown: boolean, unit: boolean) {
  const id = crypto.randomUUID();
  const status = d.history.at(-1)?.status ?? 1;
  const ended = endOfProcessing({ ...d, status })?.at ?? null;
  const iso = (at: Date | null | undefined) => at?.toISOString() ?? null;
  await sql`
    INSERT INTO dossiers (tenant_id, id, code, procedure_id, unit_id, status, channel, applicant_name, components,
                          received_at, due_at, ended_at, history, supplements, fee_lines, payments, result_code,
                          result_file_url, synced, source, created_at, updated_at)
    VALUES (${tenantId}, ${id}, ${prefix + d.code}, ${procedureId}, ${unit ? unitId : null}, ${status}, ${d.channel},
            'Người nộp', ${json(d.components ?? [])}, ${d.receivedAt}, ${d.dueAt}, ${ended},
            ${json(d.history.map((h) => ({ status: h.status, at: iso(h.at) })))},
            ${json((d.supplements ?? []).map((s) => ({ requestedAt: iso(s.requestedAt), suppliedAt: iso(s.suppliedAt) })))},
            ${json(d.feeLines ?? [])}, ${json((d.payments ?? []).map((p) => ({ ...p, paidAt: iso(p.paidAt) })))},
            ${d.result?.code ?? null}, ${d.result?.fileUrl ?? null}, ${syncKnown ? (d.synced ?? null) : null},
            'import', now(), now())`.execute(t.db);
  if (d.apology)
    await sql`
      INSERT INTO dossier_apologies (tenant_id, dossier_id, due_at, agency, issued_at, reason, new_due_at)
      VALUES (${tenantId}, ${id}, ${d.apology.issuedAt}, 'UBND', ${d.apology.issuedAt}, ${d.apology.reason},
              ${d.apology.newDueAt})`.execute(t.db);
  if (d.disliked)
    await sql`INSERT INTO dossier_ratings (tenant_id, dossier_id, satisfied, rated_at)
              VALUES (${tenantId}, ${id}, false, now())`.execute(t.db);
}

/** The domain's figures from the rows as stored, read the plain way. */
async function domainFigures(periodName: string, now: Date | undefined) {
  const input = await loadIndicatorInput(t.db, tenantId, periodName);
  const { config } = await loadIndicatorConfig(t.db, tenantId);
  const report = computeIndicators({ ...input, now }, config);
  const calendar = await loadWorkingCalendar(t.db, tenantId);
  const period = periodOf(periodName);
  const table = buildProcessingTable({ period, calendar, ...(await loadPeriodRecords(t.db, tenantId, period)) });
  return { report, table };
}

async function fastFigures(periodName: string, now: Date | undefined) {
  const report = await indicatorReport(t.db, tenantId, periodName, undefined, now);
  const table = await processingTable(t.db, tenantId, periodName, 'unit_and_field');
  return { report, table };
}

async function expectSame(periodName: string, now: Date | undefined, label: string) {
  const domain = await domainFigures(periodName, now);
  const fast = await fastFigures(periodName, now);
  expect(fast.report, `${label}: 766`).toEqual(domain.report);
  expect(fast.table.total, `${label}: II.06a total`).toEqual(domain.table.total);
  expect(
    fast.table.rows.map(({ unitId, field, counts }) => ({ unitId, field, counts })),
    `${label}: II.06a rows`,
  ).toEqual(domain.table.rows);
  expect(fast.table.problems, `${label}: II.06a problems`).toEqual(domain.table.problems);
}

/**
 * Stores the period's dossiers' facts 7 at a time, as a read does with a backlog of more than 20,000; a backlog of 7
 * or fewer is left to the read itself. How many had none before, and those that have none after.
 */
async function storeInChunks(periodName: string, now: Date | undefined) {
  const calendar = await loadWorkingCalendar(t.db, tenantId);
  const procedures = (await proceduresRepository(t.db).listOf([tenantId])).get(tenantId) ?? [];
  const period = periodOf(periodName);
  const scope = factsScope([{ tenantId, calendar }], period, judgingDay(period, now).asOf);
  const before = await factlessKeys(t.db, scope);
  await storeBacklog(
    t.db,
    new Map([[tenantId, { calendar, procedures: procedures.map(procedureRecordOf) }]]),
    scope,
    7,
  );
  return { before: before.length, after: await factlessKeys(t.db, scope) };
}

const factRows = async () =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM dossier_facts`.execute(t.db)).rows[0]?.n ?? 0);

const cases = fc.record({
  count: fc.integer({ min: 0, max: 45 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  syncKnown: fc.boolean(),
  period: fc.constantFrom('2026-03', '2026-02', '2026-Q1'),
  // Null: judged at the period's end; else a moment inside March (the running period's provisional figures).
  nowDay: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
});

describe('Decision 766 and II.06a fast path', () => {
  it('gives the domain figures cold, warm, after a limit and the office hours change, a day off added and removed', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async ({ count, seed, syncKnown, period, nowDay }) => {
        const prefix = `F${++run}-`;
        const ids = await addProcedures(prefix);
        const dossiers = generateDossiers(count, seed).map((d) => ({ ...d, procedureCode: d.procedureCode }));
        for (const [i, d] of dossiers.entries())
          await addDossier(d, ids.get(d.procedureCode) ?? '', prefix, syncKnown, i % 3 === 0);
        const now = nowDay === null ? undefined : new Date(`2026-03-${String(nowDay).padStart(2, '0')}T10:00:00+07:00`);
        // Every other case has its facts stored in chunks first (a backlog), the others by the read itself.
        if (run % 2 === 1) {
          const { before, after } = await storeInChunks(period, now);
          expect(after).toHaveLength(before > 7 ? 0 : before);
        }
        await expectSame(period, now, 'cold');
        await expectSame(period, now, 'warm');
        await sql`UPDATE procedures SET limit_hours = 6, limit_days = NULL
                   WHERE tenant_id = ${tenantId} AND code = ${`${prefix}A`}`.execute(t.db);
        await expectSame(period, now, 'limit changed');
        const hours =
          run % 2 === 0
            ? [
                { from: '07:30', to: '11:30' },
                { from: '13:00', to: '17:00' },
              ]
            : [];
        if (hours.length > 0)
          await calendarRepository(t.db).saveOfficeHours(
            tenantId,
            { periods: hours, saturdayCounter: null },
            null,
            new Date(),
          );
        await expectSame(period, now, 'office hours changed');
        // A national day off inside the months judged, then taken back: the calendar's version moves each time.
        const version = async () => (await loadWorkingCalendar(t.db, tenantId)).version;
        const before = await version();
        const added = await cityAdmin.post('/api/v1/calendar/days-off', {
          date: DAY_OFF,
          reason: 'Nghỉ bù (thử)',
          noticeNumber: `${run}/TB-BNV`,
        });
        expect(added.status).toBe(201);
        expect(await version()).not.toBe(before);
        await expectSame(period, now, 'day off added');
        const removed = await cityAdmin.request('DELETE', `/api/v1/calendar/days-off/${DAY_OFF}`, {
          noticeNumber: `${run}b/TB-BNV`,
        });
        expect(removed.status).toBe(200);
        await expectSame(period, now, 'day off removed');
      }),
      { numRuns: 12 },
    );
    // The warm reads did use stored facts.
    expect(await factRows()).toBeGreaterThan(0);
  });

  it('sums a warm period in SQL: once facts are stored, no dossier of the year is left to the domain', async () => {
    // Dossiers of its own (W-), whether or not the property above ran and whatever it generated.
    const prefix = 'W-';
    const ids = await addProcedures(prefix);
    for (const [i, d] of generateDossiers(30, 20260320).entries())
      await addDossier(d, ids.get(d.procedureCode) ?? '', prefix, true, i % 3 === 0);
    const own = `${prefix}%`;
    await indicatorReport(t.db, tenantId, '2026');
    const calendar = await loadWorkingCalendar(t.db, tenantId);
    const scope = factsScope([{ tenantId, calendar }], periodOf('2026'), '2026-12-31');
    expect(await uncoveredDossiers(t.db, scope)).toEqual([]);
    // A changed dossier is left to the domain until its facts are stored again.
    await sql`UPDATE dossiers SET channel = 2 WHERE tenant_id = ${tenantId} AND code LIKE ${own}`.execute(t.db);
    const changed = await sql<{ n: string }>`SELECT count(*) AS n FROM dossiers
                      WHERE tenant_id = ${tenantId} AND code LIKE ${own} AND received_at IS NOT NULL`.execute(t.db);
    expect((await uncoveredDossiers(t.db, scope)).length).toBeGreaterThanOrEqual(Number(changed.rows[0]?.n ?? 0));
    await expectSame('2026', undefined, 'after a dossier change');
    expect(await uncoveredDossiers(t.db, scope)).toEqual([]);
    // A procedure renamed (name, field) keeps its dossiers' facts: the read joins the name and field.
    await sql`UPDATE procedures SET name = name || ' (đổi tên)', field = field || ' mới'
               WHERE tenant_id = ${tenantId} AND code LIKE ${own}`.execute(t.db);
    expect(await uncoveredDossiers(t.db, scope)).toEqual([]);
    await expectSame('2026', undefined, 'after a procedure rename');
    // Its fee changed drops them (the fee trait).
    await sql`UPDATE procedures SET fee = coalesce(fee, 0) + 1000
               WHERE tenant_id = ${tenantId} AND code LIKE ${own}`.execute(t.db);
    expect((await uncoveredDossiers(t.db, scope)).length).toBeGreaterThan(0);
    await expectSame('2026', undefined, 'after a procedure fee change');
  });

  it('reads many wards in one statement with the figures each would get alone', async () => {
    const wards = await sql<{ id: string }>`SELECT id FROM tenants ORDER BY code`.execute(t.db);
    const ids = wards.rows.map((w) => w.id);
    expect(ids.length).toBeGreaterThan(1);
    const now = new Date('2026-03-20T10:00:00+07:00');
    const together = await indicatorReports(t.db, ids, '2026-Q1', now);
    for (const id of ids) expect(together.get(id)).toEqual(await indicatorReport(t.db, id, '2026-Q1', undefined, now));
    expect(together.get(tenantId)).toEqual((await domainFigures('2026-Q1', now)).report);
    // Form II.06a of all the wards in one statement: each ward's table as alone, and the domain's for this one.
    const tables = await processingTables(t.db, ids, '2026-Q1', 'unit_and_field');
    for (const id of ids) expect(tables.get(id)).toEqual(await processingTable(t.db, id, '2026-Q1', 'unit_and_field'));
    const domain = (await domainFigures('2026-Q1', now)).table;
    expect(tables.get(tenantId)?.total).toEqual(domain.total);
  });
});
