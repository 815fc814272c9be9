// The SQL of the fast path: Decision 766 and form II.06a summed over the stored dossier facts (migration 0024), the
// dossiers those facts do not cover yet, and the facts written back. The date rules below mirror the domain's
// `classifyProcessing` and `contributionOf`; test/indicators-fast-path.test.ts proves both give the same figures.
import type { ProcessingCounts, SettledFacts } from '@cchc/domain';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { PERIOD_COLUMNS } from './repository.js';

/** A ward and the version of its working calendar, which its stored facts must carry. */
export interface FactsWard {
  tenantId: string;
  calendarVersion: string;
}

/** Which dossiers and which day: a period's rows of some wards (or one unit of one), judged at the end of `asOf`. */
export interface FactsScope {
  wards: readonly FactsWard[];
  unitId?: string;
  /** The period's Vietnam days and its instants. */
  from: string;
  to: string;
  fromAt: Date;
  toExclusive: Date;
  asOf: string;
  /** The first instant after `asOf`: stored facts hold for dossiers whose last event is before it. */
  asOfEnd: Date;
}

/**
 * Facts under the calendar version of their ward (alias `f`): the wards grouped by version (usually one, or a few
 * with their own office hours), each group a plain `tenant_id = ANY(…) AND calendar_version = …`. The planner
 * estimates these from the columns' statistics; an expression picking each row's version out of an array (as
 * before) was estimated at a two-hundredth of the rows and cost a linear array search per row (~1 s at 100 k).
 */
function underWardCalendar(scope: FactsScope, alias: string): RawBuilder<boolean> {
  return byCalendar(scope, (ids, version) => {
    const f = (column: string) => sql.ref(`${alias}.${column}`);
    return sql`(${f('tenant_id')} = ANY(${ids}::uuid[]) AND ${f('calendar_version')} = ${version})`;
  });
}

/** The wards' groups by calendar version, each as `term`, joined by OR (false for no ward). */
function byCalendar(scope: FactsScope, term: (ids: string[], version: string) => RawBuilder<unknown>) {
  const byVersion = new Map<string, string[]>();
  for (const w of scope.wards)
    byVersion.set(w.calendarVersion, [...(byVersion.get(w.calendarVersion) ?? []), w.tenantId]);
  if (byVersion.size === 0) return sql<boolean>`false`;
  return sql<boolean>`(${sql.join(
    [...byVersion].map(([version, ids]) => term(ids, version)),
    sql` OR `,
  )})`;
}

/** Stored facts `f` of the wards that do not answer for the judging day: the negation of {@link holds}. */
const notHolding = (scope: FactsScope) =>
  // Each a range of the (calendar_version, last_event_at) index (migration 0037): an older or newer calendar, or an
  // event after the day.
  byCalendar(
    scope,
    (ids, v) => sql`(f.tenant_id = ANY(${ids}::uuid[]) AND (f.calendar_version < ${v} OR f.calendar_version > ${v}
      OR (f.calendar_version = ${v} AND f.last_event_at >= ${scope.asOfEnd})))`,
  );

/** Stored facts `f` of the wards under another calendar version than their ward's (computed again when read). */
const underOtherCalendar = (scope: FactsScope) =>
  byCalendar(
    scope,
    (ids, v) => sql`(f.tenant_id = ANY(${ids}::uuid[]) AND (f.calendar_version < ${v} OR f.calendar_version > ${v}))`,
  );

/** The rules the dates are judged by (the 766 rules, or the plain ones of form II.06a). */
export interface JudgingRules {
  /** More supplement requests than this make a dossier late; null: no limit. */
  maxSupplementRequests: number | null;
  apologyMovesDue: boolean;
}

/**
 * The stored facts `f` of the period's rows, of the wards that {@link holds} or {@link notHolding} names (triggers
 * drop them on any change). The wards are not named here again: a second `tenant_id = ANY(…)` made PostgreSQL
 * estimate a third of the rows, and sort them on disk instead of hashing the groups.
 */
function periodFacts(scope: FactsScope) {
  const unit = scope.unitId === undefined ? sql`` : sql`AND f.unit_id = ${scope.unitId}`;
  return sql`f.row_received_at < ${scope.toExclusive}
         AND (f.row_ended_at IS NULL OR f.row_ended_at >= ${scope.fromAt}) ${unit}`;
}

/** Facts that answer for the judging day: under the ward's calendar, and no event after that day. */
const holds = (scope: FactsScope) =>
  sql`${underWardCalendar(scope, 'f')} AND (f.last_event_at IS NULL OR f.last_event_at < ${scope.asOfEnd})`;

/**
 * The period's dossiers with valid facts that hold at `asOf`, each placed: counted (accepted, not finished before
 * the period), received in it, processed with a result in it, and `ord` (-1 early or within, 0 on the due date, 1
 * late or overdue) with the reason. By procedure id: the statements sum per procedure first and join the
 * procedures (code, field) to the sums, since a join of every row on the two-column key was estimated at a few
 * hundred rows of 100 k, which made PostgreSQL sort the rows on disk instead of hashing the groups.
 */
function placed(scope: FactsScope, rules: JudgingRules): RawBuilder<unknown> {
  const due = rules.apologyMovesDue ? sql`f.due_on_with_letter` : sql`f.due_on`;
  const tooMany =
    rules.maxSupplementRequests === null ? sql`false` : sql`f.supplement_requests > ${rules.maxSupplementRequests}`;
  return sql`
    judged AS (
      SELECT f.tenant_id, f.dossier_id, f.code, f.procedure_id, coalesce(f.unit_id::text, '') AS unit_id,
             coalesce(r.satisfied = false, false) AS disliked,
             f.received_on, f.finished, f.ended_on, f.end_status, f.supplement_requests, f.office_minutes, f.online,
             f.counts_as_online, f.sync_known, f.synced, f.fee_synced, f.paid_online, f.owes_fee, f.paper_result,
             f.result_file, f.digitised,
             ${due} AS due, coalesce(f.judged_on, ${scope.asOf}::date) AS judged_day, ${tooMany} AS too_many
        FROM dossier_facts f
        LEFT JOIN dossier_ratings r ON r.tenant_id = f.tenant_id AND r.dossier_id = f.dossier_id
       WHERE ${periodFacts(scope)} AND ${holds(scope)}),
    placed AS (
      SELECT j.*,
             j.received_on IS NOT NULL AND NOT (j.finished AND j.ended_on < ${scope.from}::date) AS counted,
             j.received_on BETWEEN ${scope.from}::date AND ${scope.to}::date AS received_in,
             j.finished AND j.end_status IN (9, 10) AND j.ended_on BETWEEN ${scope.from}::date AND ${scope.to}::date
               AS with_result,
             NOT j.too_many AND j.due IS NULL AS no_due,
             CASE WHEN j.too_many OR j.due IS NULL OR j.judged_day > j.due THEN 1
                  WHEN j.judged_day = j.due THEN 0 ELSE -1 END AS ord
        FROM judged j)`;
}

/**
 * Memory for the sums' hash of groups, for the rest of the caller's transaction: at the default 4 MB PostgreSQL
 * planned a city-year (100 k rows) as a sort spilled to disk, then grouped.
 */
export async function giveSumsMemory(db: Db): Promise<void> {
  await sql`SELECT set_config('work_mem', '64MB', true)`.execute(db);
}

/** A procedure's sums as SQL returns them (bigint counts as text). */
export interface TallyRow {
  tenant_id: string;
  procedure_code: string;
  missing_codes: string[] | null;
  [sum: string]: string | number | string[] | null;
}

/**
 * The 766 sums per ward and procedure, in the domain's names (ProcedureTally), with the codes missing a due date.
 * `named`: the dossier codes the feedback of each ward names (5.4), as `tenant_id:code`.
 */
export async function tallyRows(db: Db, scope: FactsScope, rules: JudgingRules, named: readonly string[]) {
  return (await tallyQuery(scope, rules, named).execute(db)).rows;
}

/** Whether a row's dossier is one the wards' feedback names (none named: no text built per row). */
const namedIn = (named: readonly string[]) =>
  named.length === 0 ? sql`false` : sql`(tenant_id::text || ':' || code) = ANY(${[...named]}::text[])`;

/**
 * The bits of a counted dossier's place in the 766 sums: each condition evaluated once per row, then the rows grouped
 * by procedure and bits (2.5 groups per procedure in the bench's city) before the sums filter the groups. The traits of receipt
 * count only for the dossiers received in the period, those of the result only for the ones processed with one, so
 * they are left out of the other rows' bits (fewer groups).
 */
const TALLY_BITS = {
  onTime: 1 << 1,
  complained: 1 << 2,
  missingDue: 1 << 3,
  received: 1 << 4,
  syncKnown: 1 << 5,
  synced: 1 << 6,
  online: 1 << 7,
  countsAsOnline: 1 << 8,
  feeSynced: 1 << 9,
  paidOnline: 1 << 10,
  owesFee: 1 << 11,
  processed: 1 << 12,
  paper: 1 << 13,
  resultFile: 1 << 14,
  digitised: 1 << 15,
} as const;
type TallyBit = keyof typeof TALLY_BITS;

/** The sum of `value` over the groups whose bits include all of `bits` (counted always included). */
function summed(value: RawBuilder<unknown>, bits: readonly TallyBit[], name: string) {
  const mask = bits.reduce((all, bit) => all | TALLY_BITS[bit], 1);
  return sql`coalesce(sum(${value}) FILTER (WHERE bits & ${sql.lit(mask)} = ${sql.lit(mask)}), 0) AS ${sql.ref(name)}`;
}

/** The sums of a {@link TallyRow}: its name and the bits its dossiers have. */
const TALLY_SUMS: readonly [string, readonly TallyBit[]][] = [
  ['counted', []],
  ['onTime', ['onTime']],
  ['complained', ['complained']],
  ['missingDue', ['missingDue']],
  ['received', ['received']],
  ['receivedSyncKnown', ['received', 'syncKnown']],
  ['receivedSynced', ['received', 'synced']],
  ['receivedOnline', ['received', 'online']],
  ['receivedCountsAsOnline', ['received', 'countsAsOnline']],
  ['receivedFeeSynced', ['received', 'feeSynced']],
  ['receivedPaidOnline', ['received', 'paidOnline']],
  ['receivedOwing', ['received', 'owesFee']],
  ['receivedOwingPaidOnline', ['received', 'owesFee', 'paidOnline']],
  ['processed', ['processed']],
  ['processedPaper', ['processed', 'paper']],
  ['processedPaperWithFile', ['processed', 'paper', 'resultFile']],
  ['processedDigitised', ['processed', 'digitised']],
];

/** A bit set when `condition` holds (null: not set). */
const bit = (name: TallyBit, condition: RawBuilder<unknown>) =>
  sql`CASE WHEN ${condition} THEN ${sql.lit(TALLY_BITS[name])} ELSE 0 END`;

/** The bits of a placed row (0 when not counted: it adds to no sum). */
function bitsOf(named: readonly string[]) {
  const received = sql.join(
    [
      bit('syncKnown', sql`sync_known`),
      bit('synced', sql`synced`),
      bit('online', sql`online`),
      bit('countsAsOnline', sql`counts_as_online`),
      bit('feeSynced', sql`fee_synced`),
      bit('paidOnline', sql`paid_online`),
      bit('owesFee', sql`owes_fee`),
    ],
    sql` | `,
  );
  const result = sql.join(
    [bit('paper', sql`paper_result`), bit('resultFile', sql`result_file`), bit('digitised', sql`digitised`)],
    sql` | `,
  );
  return sql`CASE WHEN NOT counted THEN 0 ELSE 1 | ${bit('onTime', sql`ord <= 0`)}
      | ${bit('complained', sql`disliked OR ${namedIn(named)}`)} | ${bit('missingDue', sql`no_due`)}
      | CASE WHEN received_in THEN ${sql.lit(TALLY_BITS.received)} | ${received} ELSE 0 END
      | CASE WHEN with_result THEN ${sql.lit(TALLY_BITS.processed)} | ${result} ELSE 0 END END`;
}

/** The statement of {@link tallyRows}. */
export function tallyQuery(scope: FactsScope, rules: JudgingRules, named: readonly string[]) {
  const sums = TALLY_SUMS.map(([name, bits]) => summed(sql`n`, bits, name));
  return sql<TallyRow>`
    WITH ${placed(scope, rules)},
    grouped AS (
      SELECT tenant_id, procedure_id, ${bitsOf(named)} AS bits,
             -- Each dossier missing its due date is a group of its own, which names it.
             CASE WHEN counted AND no_due THEN dossier_id END AS missing_id, min(code) AS code,
             count(*) AS n, sum(office_minutes) AS minutes
        FROM placed GROUP BY 1, 2, 3, 4),
    sums AS (
      SELECT tenant_id, procedure_id, ${sql.join(sums)},
             ${summed(sql`minutes`, ['processed'], 'officeMinutes')},
             array_agg(code) FILTER (WHERE missing_id IS NOT NULL) AS missing_codes
        FROM grouped GROUP BY tenant_id, procedure_id)
    SELECT s.*, p.code AS procedure_code
      FROM sums s JOIN procedures p ON p.tenant_id = s.tenant_id AND p.id = s.procedure_id`;
}

/** An II.06a row as SQL returns it: the unit ('' for the ward as a whole), the field and the eleven counts. */
export type ProcessingRow = {
  tenant_id: string;
  unit_id: string;
  field: string;
  missing_codes: string[] | null;
} & Record<keyof ProcessingCounts, string>;

/**
 * Form II.06a's counts per unit and procedure (with its field) under the given rules, with the codes missing a due
 * date. Several procedures share a field: the caller's table adds up the rows of one unit and field.
 */
export async function processingRows(db: Db, scope: FactsScope, rules: JudgingRules, unknownField: string) {
  const result = await sql<ProcessingRow>`
    WITH ${placed(scope, rules)},
    sums AS (
      SELECT tenant_id, unit_id, procedure_id,
           count(*) AS "received",
           count(*) FILTER (WHERE received_in AND online) AS "online",
           count(*) FILTER (WHERE received_in AND NOT online) AS "inPersonOrPost",
           count(*) FILTER (WHERE NOT received_in) AS "carriedOver",
           count(*) FILTER (WHERE finished) AS "processed",
           count(*) FILTER (WHERE finished AND ord = -1) AS "early",
           count(*) FILTER (WHERE finished AND ord = 0) AS "onTime",
           count(*) FILTER (WHERE finished AND ord = 1) AS "late",
           count(*) FILTER (WHERE NOT finished) AS "processing",
           count(*) FILTER (WHERE NOT finished AND ord <= 0) AS "withinDeadline",
           count(*) FILTER (WHERE NOT finished AND ord = 1) AS "overdue",
           array_agg(code) FILTER (WHERE no_due) AS missing_codes
        FROM placed WHERE counted GROUP BY tenant_id, unit_id, procedure_id)
    SELECT s.*, coalesce(p.field, ${unknownField}) AS field
      FROM sums s JOIN procedures p ON p.tenant_id = s.tenant_id AND p.id = s.procedure_id`.execute(db);
  return result.rows;
}

/** A dossier by its key. */
export interface DossierKey {
  tenant_id: string;
  dossier_id: string;
}

/**
 * The keys of the period's dossiers the stored facts do not answer for `asOf`: listed as pending (new or changed
 * since), with facts under another calendar, or with an event after that day (a past period judged before its
 * dossiers' later events; their facts stay valid).
 */
export async function uncoveredKeys(db: Db, scope: FactsScope) {
  const ids = scope.wards.map((w) => w.tenantId);
  // The keys first (an index range of migration 0037 and the pending list), then their rows by primary key: in one
  // statement PostgreSQL scanned every dossier of the wards to join the few wanted.
  const wanted = await sql<DossierKey>`
      SELECT q.tenant_id, q.dossier_id FROM dossier_facts_pending q WHERE q.tenant_id = ANY(${ids}::uuid[])
      UNION
      SELECT f.tenant_id, f.dossier_id FROM dossier_facts f WHERE ${periodFacts(scope)} AND ${notHolding(scope)}`.execute(
    db,
  );
  return wanted.rows;
}

/**
 * The keys of the period's dossiers without valid facts (pending, or under another calendar): those a read would
 * compute and store. The pending ones of other periods are left out, which no read of this period stores.
 */
export async function factlessKeys(db: Db, scope: FactsScope) {
  const ids = scope.wards.map((w) => w.tenantId);
  const unit = scope.unitId === undefined ? sql`` : sql`AND d.unit_id = ${scope.unitId}`;
  const wanted = await sql<DossierKey>`
      SELECT q.tenant_id, q.dossier_id FROM dossier_facts_pending q
        JOIN dossiers d ON d.tenant_id = q.tenant_id AND d.id = q.dossier_id
       WHERE q.tenant_id = ANY(${ids}::uuid[]) AND d.received_at < ${scope.toExclusive}
         AND (d.ended_at IS NULL OR d.ended_at >= ${scope.fromAt}) ${unit}
      UNION
      SELECT f.tenant_id, f.dossier_id FROM dossier_facts f WHERE ${periodFacts(scope)} AND ${underOtherCalendar(scope)}`.execute(
    db,
  );
  return wanted.rows;
}

/** The period's dossiers the stored facts do not answer for `asOf` (see {@link uncoveredKeys}), read for the domain. */
export async function uncoveredDossiers(db: Db, scope: FactsScope) {
  return uncoveredRows(db, scope, await uncoveredKeys(db, scope));
}

/**
 * The period rows of some dossiers, with the row versions their facts would be computed from. `has_facts` marks the
 * dossiers whose stored facts are valid (only not for this day).
 */
export async function uncoveredRows(db: Db, scope: FactsScope, wanted: readonly DossierKey[]) {
  const keys = sql<DossierKey>`(SELECT * FROM unnest(
      ${wanted.map((w) => w.tenant_id)}::uuid[], ${wanted.map((w) => w.dossier_id)}::uuid[])
      AS k(tenant_id, dossier_id))`;
  return db
    .selectFrom(keys.as('w'))
    .innerJoin('dossiers as d', (j) => j.onRef('d.tenant_id', '=', 'w.tenant_id').onRef('d.id', '=', 'w.dossier_id'))
    .innerJoin('procedures as p', (j) =>
      j.onRef('p.tenant_id', '=', 'd.tenant_id').onRef('p.id', '=', 'd.procedure_id'),
    )
    .leftJoin('dossier_apologies as a', (j) =>
      j.onRef('a.tenant_id', '=', 'd.tenant_id').onRef('a.dossier_id', '=', 'd.id'),
    )
    .leftJoin('dossier_ratings as r', (j) =>
      j.onRef('r.tenant_id', '=', 'd.tenant_id').onRef('r.dossier_id', '=', 'd.id'),
    )
    .leftJoin('dossier_facts as f', (j) =>
      j.onRef('f.tenant_id', '=', 'd.tenant_id').onRef('f.dossier_id', '=', 'd.id'),
    )
    .select(PERIOD_COLUMNS)
    .select([
      'd.tenant_id',
      'd.id',
      sql<string>`d.xmin::text`.as('dossier_xmin'),
      sql<string>`p.xmin::text`.as('procedure_xmin'),
      // Facts under the ward's calendar (valid, only not for this day): kept, not stored again.
      sql<boolean>`coalesce(${underWardCalendar(scope, 'f')}, false)`.as('has_facts'),
    ])
    .where('d.received_at', '<', scope.toExclusive)
    .where((e) => e.or([e('d.ended_at', 'is', null), e('d.ended_at', '>=', scope.fromAt)]))
    .$if(scope.unitId !== undefined, (q) => q.where('d.unit_id', '=', scope.unitId ?? ''))
    .orderBy('d.code')
    .execute();
}

/** A dossier's facts to store, with the row versions they were computed from. */
export interface FactsToSave {
  tenantId: string;
  calendarVersion: string;
  dossierId: string;
  dossierXmin: string;
  procedureXmin: string;
  facts: SettledFacts;
}

/**
 * Writes facts in one statement (arrays unnested), replacing older ones, and takes their dossiers off the pending
 * list. Only for rows still as they were read: the dossier and procedure rows are locked and their xmin compared, so
 * a change committed meanwhile keeps its dossier pending instead of getting facts of the older row.
 */
export async function saveFacts(db: Db, rows: readonly FactsToSave[]) {
  if (rows.length === 0) return;
  const col = <T>(pick: (row: FactsToSave) => T) => rows.map(pick);
  const t = (row: FactsToSave) => row.facts.traits;
  await sql`
    WITH u AS (
      SELECT * FROM unnest(
        ${col((r) => r.tenantId)}::uuid[], ${col((r) => r.dossierId)}::uuid[], ${col((r) => r.dossierXmin)}::xid[],
        ${col((r) => r.procedureXmin)}::xid[], ${col((r) => r.calendarVersion)}::text[],
        ${col((r) => r.facts.lastEventAt)}::timestamptz[], ${col((r) => r.facts.receivedOn)}::date[],
        ${col((r) => r.facts.finished)}::boolean[], ${col((r) => r.facts.endedOn)}::date[],
        ${col((r) => r.facts.endStatus)}::smallint[], ${col((r) => r.facts.judgedOn)}::date[],
        ${col((r) => r.facts.dueOn)}::date[], ${col((r) => r.facts.dueOnWithLetter)}::date[],
        ${col((r) => r.facts.supplementRequests)}::integer[], ${col((r) => r.facts.officeMinutes)}::float8[],
        ${col((r) => t(r).online)}::boolean[], ${col((r) => t(r).countsAsOnline)}::boolean[],
        ${col((r) => t(r).syncKnown)}::boolean[], ${col((r) => t(r).synced)}::boolean[],
        ${col((r) => t(r).feeSynced)}::boolean[], ${col((r) => t(r).paidOnline)}::boolean[],
        ${col((r) => t(r).owesFee)}::boolean[], ${col((r) => t(r).paperResult)}::boolean[],
        ${col((r) => t(r).resultFile)}::boolean[], ${col((r) => t(r).digitised)}::boolean[])
        AS u(tenant_id, dossier_id, dossier_xmin, procedure_xmin, calendar_version, last_event_at, received_on,
             finished, ended_on, end_status, judged_on, due_on, due_on_with_letter, supplement_requests,
             office_minutes, online, counts_as_online, sync_known, synced, fee_synced, paid_online, owes_fee,
             paper_result, result_file, digitised)),
    current AS (
      SELECT u.*, d.code, d.procedure_id, d.unit_id, d.received_at AS row_received_at, d.ended_at AS row_ended_at
        FROM u
        JOIN dossiers d ON d.tenant_id = u.tenant_id AND d.id = u.dossier_id AND d.xmin = u.dossier_xmin
        JOIN procedures p ON p.tenant_id = d.tenant_id AND p.id = d.procedure_id AND p.xmin = u.procedure_xmin
         FOR SHARE OF d, p),
    saved AS (
      INSERT INTO dossier_facts (tenant_id, dossier_id, calendar_version, code, procedure_id, unit_id, row_received_at,
        row_ended_at, last_event_at, received_on, finished, ended_on, end_status, judged_on, due_on, due_on_with_letter,
        supplement_requests, office_minutes, online, counts_as_online, sync_known, synced, fee_synced, paid_online,
        owes_fee, paper_result, result_file, digitised)
      SELECT tenant_id, dossier_id, calendar_version, code, procedure_id, unit_id, row_received_at, row_ended_at,
             last_event_at, received_on, finished, ended_on, end_status, judged_on, due_on, due_on_with_letter,
             supplement_requests, office_minutes, online, counts_as_online, sync_known, synced, fee_synced,
             paid_online, owes_fee, paper_result, result_file, digitised
        FROM current
      ON CONFLICT (tenant_id, dossier_id) DO UPDATE SET
        calendar_version = EXCLUDED.calendar_version, code = EXCLUDED.code, procedure_id = EXCLUDED.procedure_id,
        unit_id = EXCLUDED.unit_id, row_received_at = EXCLUDED.row_received_at, row_ended_at = EXCLUDED.row_ended_at,
        last_event_at = EXCLUDED.last_event_at, received_on = EXCLUDED.received_on, finished = EXCLUDED.finished,
        ended_on = EXCLUDED.ended_on, end_status = EXCLUDED.end_status, judged_on = EXCLUDED.judged_on,
        due_on = EXCLUDED.due_on, due_on_with_letter = EXCLUDED.due_on_with_letter,
        supplement_requests = EXCLUDED.supplement_requests, office_minutes = EXCLUDED.office_minutes,
        online = EXCLUDED.online, counts_as_online = EXCLUDED.counts_as_online, sync_known = EXCLUDED.sync_known,
        synced = EXCLUDED.synced, fee_synced = EXCLUDED.fee_synced, paid_online = EXCLUDED.paid_online,
        owes_fee = EXCLUDED.owes_fee, paper_result = EXCLUDED.paper_result, result_file = EXCLUDED.result_file,
        digitised = EXCLUDED.digitised
      RETURNING tenant_id, dossier_id)
    DELETE FROM dossier_facts_pending q USING saved s
     WHERE q.tenant_id = s.tenant_id AND q.dossier_id = s.dossier_id`.execute(db);
}
