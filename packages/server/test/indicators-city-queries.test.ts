// A city read (Decision 766 for every ward, form II.06a, the rankings' 766 measure, the feedback figures) runs the
// same number of queries for 3 wards as for 114: every per-ward input (calendar, procedures, entered figures,
// feedback, configuration, units) is read for all the wards in one query each, and a warm read stores no facts.
// The wards also hold feedback, reactions, events, office hours, entries and their own configuration, so each
// batched read has rows of several wards to keep apart.
import { type Kysely, Kysely as KyselyDb, type LogEvent, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCity, tenantIds } from '../bench/dossier-rows.js';
import type { Db } from '../src/db/database.js';
import type { DB } from '../src/db/generated.js';
import { readMeasureOfWards } from '../src/modules/city/measures.js';
import { feedbackFigures, feedbackFiguresOf } from '../src/modules/feedback/indicators.js';
import { indicatorReports } from '../src/modules/indicators/use-cases/compute-report.js';
import { processingTable, processingTables } from '../src/modules/indicators/use-cases/processing-table.js';
import { onEveryQuery } from './support/query-counter.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let pool: pg.Pool;
let wards: string[];
const queries: string[] = [];
let counting: Kysely<DB>;

/** Feedback in a ward: answered (with an approval), liked and disliked, with a transfer event and a repeat. */
async function addFeedback(tenantId: string, n: number) {
  const id = crypto.randomUUID();
  const at = new Date(`2026-03-${String(2 + (n % 20)).padStart(2, '0')}T09:00:00+07:00`);
  const later = (days: number) => new Date(at.getTime() + days * 86_400_000);
  await sql`
    INSERT INTO feedback (tenant_id, id, tracking_code, channel, category, status, title, text, submitted_at,
                          reject_due_at, info_due_at, answer_due_at, approved_at, published_at, updated_at)
    VALUES (${tenantId}, ${id}, ${`PA-${n}`}, 'online', 'procedure', 'published', 'Phản ánh', 'Nội dung', ${at},
            ${later(2)}, ${later(3)}, ${later(10)}, ${later(4 + (n % 9))}, ${later(5 + (n % 9))}, now())`.execute(t.db);
  await sql`INSERT INTO feedback_reactions (tenant_id, feedback_id, voter_hash, reaction, at)
            VALUES (${tenantId}, ${id}, 'a', 'like', now()), (${tenantId}, ${id}, 'b', ${n % 2 ? 'like' : 'dislike'}, now())`.execute(
    t.db,
  );
  await sql`INSERT INTO feedback_events (tenant_id, feedback_id, seq, action, at)
            VALUES (${tenantId}, ${id}, 1, 'transfer', ${later(1)})`.execute(t.db);
  await sql`
    INSERT INTO feedback (tenant_id, id, tracking_code, channel, category, status, title, text, submitted_at,
                          reject_due_at, info_due_at, answer_due_at, related_feedback_id, updated_at)
    VALUES (${tenantId}, ${crypto.randomUUID()}, ${`PA-${n}-R`}, 'phone', 'procedure', 'received', 'Lại', 'Lại',
            ${later(20)}, ${later(22)}, ${later(23)}, ${later(30)}, ${id}, now())`.execute(t.db);
}

beforeAll(async () => {
  t = await startTestApp();
  await generateCity(t.db, { dossiers: 3000, years: [2026], extras: false });
  wards = await tenantIds(t.db);
  for (const [i, id] of wards.slice(0, 6).entries()) {
    for (let n = 0; n < 3; n++) await addFeedback(id, i * 10 + n);
    await sql`INSERT INTO indicator_entries (tenant_id, period, code, numerator, denominator, evidence, entered_at)
              VALUES (${id}, '2026-03', '1.1', ${i + 1}, 10, 'Sổ theo dõi', now())`.execute(t.db);
  }
  await sql`INSERT INTO office_hours (tenant_id, periods, updated_at)
            VALUES (${wards[1]}, ${JSON.stringify([{ from: '07:00', to: '11:00' }])}, now())`.execute(t.db);
  await sql`INSERT INTO feedback_settings (tenant_id, reject_days, info_request_days, answer_days, publish_days,
                                           remind_before, updated_at)
            VALUES (${wards[2]}, 3, 3, 5, 3, 1, now())`.execute(t.db);
  await sql`INSERT INTO indicator_configs (tenant_id, config, updated_at)
            VALUES (${wards[3]}, ${JSON.stringify({ indicators: {}, minDossiersForBand: 50 })}, now())`.execute(t.db);
  pool = new pg.Pool({ connectionString: t.databaseUrl, max: 4 });
  const log = (event: LogEvent) => {
    if (event.level === 'query') queries.push(event.query.sql);
  };
  counting = new KyselyDb<DB>({ dialect: new PostgresDialect({ pool }), log });
  // The first read stores every dossier's facts; the reads below are warm.
  await indicatorReports(counting as Db, wards, '2026');
  await processingTables(counting as Db, wards, '2026', 'unit_and_field');
}, 120_000);
afterAll(async () => {
  await counting?.destroy();
  await t?.close();
});

/** The SQL a read runs. */
async function sqlOf(read: () => Promise<unknown>): Promise<string[]> {
  queries.length = 0;
  await read();
  return [...queries];
}

describe('a city read', () => {
  const db = () => counting as Db;
  const reads: [string, (ids: string[]) => Promise<unknown>][] = [
    ['766 of the year', (ids) => indicatorReports(db(), ids, '2026')],
    ['766 of a running month', (ids) => indicatorReports(db(), ids, '2026-03', new Date('2026-03-20T10:00:00+07:00'))],
    ['II.06a of the year', (ids) => processingTables(db(), ids, '2026', 'unit_and_field')],
    ['the rankings’ 766', (ids) => readMeasureOfWards(db(), ids, '766', '2026-03', new Date('2026-04-02T10:00:00Z'))],
    ['feedback figures', (ids) => feedbackFiguresOf(db(), ids, { from: '2026-03-01', to: '2026-03-31' })],
  ];
  it.each(reads)(
    '%s runs as many queries for 3 wards as for every ward, and stores no facts when warm',
    async (_, read) => {
      expect(wards.length).toBe(114);
      await read(wards); // warms the calendar cache and stores the facts a new judging day needs
      const few = await sqlOf(() => read(wards.slice(0, 3)));
      const all = await sqlOf(() => read(wards));
      expect(all.length).toBe(few.length);
      expect(all.length).toBeLessThanOrEqual(25);
      expect(all.filter((q) => /insert into "?dossier_facts/i.test(q))).toEqual([]);
    },
  );

  it('answers the city rankings (766) and the IOC feed with as many queries for 3 wards as for every ward', async () => {
    let sent = 0;
    // The feed logs each call after answering it (the city's id, then the row): not part of the read, and it may
    // land in the next request's count.
    const callLog = /feed_calls|^select \* from "tenants" where "kind" = \$1$/;
    onEveryQuery(t.deps.pool, (text) => {
      if (!callLog.test(text)) sent += 1;
    });
    const city = await t.loginAs('thanhpho.admin');
    const codes = (
      await sql<{ code: string }>`SELECT code FROM tenants WHERE kind <> 'city' ORDER BY code`.execute(t.db)
    ).rows;
    const keyFor = async (wards?: string[]) =>
      (await city.post('/api/v1/feed/keys', { name: 'IOC', ...(wards ? { wards } : {}) })).body.key as string;
    const [few, all] = [await keyFor(codes.slice(0, 3).map((c) => c.code)), await keyFor()];
    const feed = (key: string, path: string) =>
      fetch(`${t.url}/api/v1/feed/${path}`, { headers: { authorization: `Bearer ${key}` } });
    /** The queries a request sends once a first one has warmed the caches. */
    const sentBy = async (request: () => Promise<{ status: number }>) => {
      expect((await request()).status).toBe(200);
      sent = 0;
      expect((await request()).status).toBe(200);
      return sent;
    };
    for (const path of ['indicators?period=2026-03', 'feedback?period=2026-03'])
      expect(await sentBy(() => feed(all, path)), path).toBe(await sentBy(() => feed(few, path)));
    const rankings = () => city.get('/api/v1/city/rankings?period=2026-03&measure=766');
    const everyWard = await sentBy(rankings);
    await sql`UPDATE tenants SET active = false WHERE kind <> 'city' AND code > ${codes[2]?.code ?? ''}`.execute(t.db);
    expect(await sentBy(rankings)).toBe(everyWard);
    await sql`UPDATE tenants SET active = true WHERE kind <> 'city'`.execute(t.db);
  });

  it('gives each ward of a batched read what it gets alone', async () => {
    const period = { from: '2026-03-01', to: '2026-03-31' };
    const many = wards.slice(0, 8);
    const feedback = await feedbackFiguresOf(db(), many, period);
    const tables = await processingTables(db(), many, '2026-Q1', 'unit');
    for (const id of many) {
      expect(feedback.get(id)).toEqual(await feedbackFigures(t.db, id, period));
      expect(tables.get(id)).toEqual(await processingTable(t.db, id, '2026-Q1', 'unit'));
    }
    // The feedback read kept the wards apart: only the first six have any.
    expect(many.map((id) => (feedback.get(id)?.total.received ?? 0) > 0)).toEqual([
      ...Array(6).fill(true),
      false,
      false,
    ]);
  });
});
