import {
  type DossierRecord,
  type EnteredValue,
  type FeedbackFigures,
  type IndicatorCode,
  type IndicatorInput,
  isEnteredIndicator,
  type Period,
  type ProcedureRecord,
  periodOf,
  vietnamDayEnd,
  vietnamDayStart,
} from '@cchc/domain';
import type { Db } from '../../db/database.js';
import type { Lang } from '../../i18n/messages.js';
import { loadWorkingCalendar } from '../calendar/index.js';
import { dossierRecordOf } from '../dossiers/index.js';
import { feedbackFigures } from '../feedback/index.js';
import { type ProcedureRow, procedureRecordOf, proceduresRepository } from '../procedures/index.js';
import { indicatorMessage } from './messages.js';
import { type EntryRow, indicatorsRepository, type PeriodRow } from './repository.js';

/**
 * A period's name (`2026-03`, `2026-Q1`, `2026`) as a period, or 400 on `period` with the accepted forms, in
 * Vietnamese unless the caller passes the reader's language.
 */
export function periodNamed(name: string, lang: Lang = 'vi'): Period {
  try {
    return periodOf(name);
  } catch {
    throw indicatorMessage.error('validation_failed', 'period_invalid', lang, { period: name }, 'period');
  }
}

/** The instants a period of Vietnam calendar days covers: its first moment and the first moment after it. */
export const periodBounds = (period: Period) => ({
  from: vietnamDayStart(period.from),
  toExclusive: vietnamDayEnd(period.to),
});

/** A period row (see `indicatorsRepository.periodDossiers`) as the domain reads it. */
export function periodRecordOf(row: PeriodRow): DossierRecord {
  return dossierRecordOf(row, row.procedure_code, {
    apology:
      row.apology_issued_at && row.apology_new_due_at
        ? { issuedAt: row.apology_issued_at, newDueAt: row.apology_new_due_at, reason: row.apology_reason ?? '' }
        : null,
    disliked: row.rating_satisfied === false,
  });
}

/** A unit applies the procedures assigned to it and those its dossiers use; the ward applies its active ones. */
export function appliedProcedures(
  rows: readonly ProcedureRow[],
  used: ReadonlySet<string>,
  unitId: string | undefined,
): ProcedureRecord[] {
  const applies = (p: ProcedureRow) =>
    unitId === undefined ? p.active || used.has(p.code) : p.unit_id === unitId || used.has(p.code);
  return rows.filter(applies).map(procedureRecordOf);
}

/** The dossiers and procedures of a tenant (or one unit) that a period touches, as the domain reads them. */
export async function loadPeriodRecords(db: Db, tenantId: string, period: Period, unitId?: string) {
  const { from, toExclusive } = periodBounds(period);
  const [rows, procedureRows] = await Promise.all([
    indicatorsRepository(db).periodDossiers(tenantId, from, toExclusive, unitId),
    proceduresRepository(db).list(tenantId),
  ]);
  const dossiers = rows.map(periodRecordOf);
  const procedures = appliedProcedures(procedureRows, new Set(dossiers.map((d) => d.procedureCode)), unitId);
  return { dossiers, procedures };
}

/** The months of a quarter or a year, whose entries add up when the period itself has none. */
function monthsOf(name: string, period: Period): string[] {
  if (/^\d{4}-\d{2}$/.test(name)) return [];
  const months: string[] = [];
  for (let m = Number(period.from.slice(5, 7)); m <= Number(period.to.slice(5, 7)); m++) {
    months.push(`${period.from.slice(0, 4)}-${String(m).padStart(2, '0')}`);
  }
  return months;
}

/** Entered figures for the period: its own entries, else the sum of its months' entries per indicator. */
export async function enteredValues(db: Db, tenantId: string, name: string, period: Period): Promise<EnteredValue[]> {
  return (await enteredValuesOf(db, [tenantId], name, period)).get(tenantId) ?? [];
}

/** The entered figures of many tenants (see {@link enteredValues}), read in one query. */
export async function enteredValuesOf(
  db: Db,
  tenantIds: readonly string[],
  name: string,
  period: Period,
): Promise<Map<string, EnteredValue[]>> {
  const rows =
    tenantIds.length === 0
      ? []
      : await indicatorsRepository(db).entriesOf(tenantIds, [name, ...monthsOf(name, period)]);
  const byTenant = new Map<string, EntryRow[]>(tenantIds.map((id) => [id, []]));
  for (const row of rows) byTenant.get(row.tenant_id)?.push(row);
  return new Map([...byTenant].map(([id, list]) => [id, enteredOf(list, name)]));
}

/** A tenant's entries as the period's figures: its own, else the sum of its months' per indicator. */
function enteredOf(rows: readonly EntryRow[], name: string): EnteredValue[] {
  const own = rows.filter((r) => r.period === name);
  const byCode = new Map<string, EntryRow[]>();
  for (const row of rows.filter((r) => r.period !== name)) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  const values: EnteredValue[] = own.map((r) => ({
    code: r.code as IndicatorCode,
    numerator: Number(r.numerator),
    denominator: Number(r.denominator),
    evidence: r.evidence,
  }));
  for (const [code, list] of byCode) {
    if (own.some((r) => r.code === code) || !isEnteredIndicator(code as IndicatorCode)) continue;
    values.push({
      code: code as IndicatorCode,
      numerator: list.reduce((sum, r) => sum + Number(r.numerator), 0),
      denominator: list.reduce((sum, r) => sum + Number(r.denominator), 0),
      evidence: list.map((r) => `${r.period}: ${r.evidence}`).join('; '),
    });
  }
  return values;
}

/** The feedback module's figures for the ward or one unit (5.2, 5.3 and the feedback part of 5.4). */
export async function feedbackOf(
  db: Db,
  tenantId: string,
  period: Period,
  unitId?: string,
): Promise<FeedbackFigures | null> {
  const figures = await feedbackFigures(db, tenantId, period);
  return unitId === undefined ? figures.total : (figures.byUnit.get(unitId) ?? null);
}

/** Everything `computeIndicators` reads for a tenant (or one of its units) and a named period. */
export async function loadIndicatorInput(
  db: Db,
  tenantId: string,
  name: string,
  unitId?: string,
): Promise<IndicatorInput> {
  const period = periodNamed(name);
  const [calendar, records, entered, feedback] = await Promise.all([
    loadWorkingCalendar(db, tenantId),
    loadPeriodRecords(db, tenantId, period, unitId),
    unitId === undefined ? enteredValues(db, tenantId, name, period) : Promise.resolve([]),
    feedbackOf(db, tenantId, period, unitId),
  ]);
  return { period, calendar, ...records, entered, feedback };
}
