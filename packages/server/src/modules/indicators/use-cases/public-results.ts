import { createHash } from 'node:crypto';
import { type IndicatorReport, judgingDay, periodOf, vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import { unknownWardError } from '../../../http/unknown-ward.js';
import { type PublicationRow, publicationsRepository } from '../publications-repository.js';
import { indicatorsRepository } from '../repository.js';
import { indicatorReport } from './compute-report.js';

type Tenant = { id: string; code: string; name: string };

const rowsOf = (report: IndicatorReport) =>
  report.indicators.map((row) => ({
    code: row.code,
    name: row.name,
    numerator: row.numerator,
    denominator: row.denominator,
    rate: row.rate,
    points: row.points,
    maxPoints: row.maxPoints,
    source: row.source,
    formula: row.formula,
    clause: row.clause,
  }));

/** The figures of a ward's month as the public page shows them: the ward, each indicator's calculation, its units. */
async function monthFigures(db: Db, tenant: Tenant, month: string, now: Date) {
  const report = await indicatorReport(db, tenant.id, month, undefined, now);
  const units = [];
  for (const unit of await indicatorsRepository(db).units(tenant.id)) {
    const own = await indicatorReport(db, tenant.id, month, unit.id, now);
    if (own.total === null) continue;
    const { total, band, bandName, insufficientData } = own;
    units.push({ name: unit.name, total, band, bandName, insufficientData });
  }
  units.sort((a, b) => b.total - a.total);
  return {
    tenant: { code: tenant.code, name: tenant.name },
    month,
    provisional: report.provisional,
    judgedOn: report.judgedOn,
    total: report.total,
    band: report.band,
    bandName: report.bandName,
    dossierCount: report.dossierCount,
    insufficientData: report.insufficientData,
    indicators: rowsOf(report),
    units: units.map((unit, index) => ({ rank: index + 1, ...unit })),
  };
}

type MonthFigures = Awaited<ReturnType<typeof monthFigures>>;
const digestOf = (figures: MonthFigures) => createHash('sha256').update(JSON.stringify(figures)).digest('hex');

/**
 * Publishes a closed month: a new dated revision when its figures differ from the latest one (or none exists yet),
 * nothing otherwise. Returns whether a revision was added. Revisions are never changed (the table refuses it).
 */
export async function publishMonth(
  db: Db,
  tenant: Tenant,
  month: string,
  context: { now: Date; reason: PublicationRow['reason']; userId?: string | null },
): Promise<boolean> {
  const repo = publicationsRepository(db);
  const figures = await monthFigures(db, tenant, month, context.now);
  if (figures.provisional) return false;
  const digest = digestOf(figures);
  const [latest] = await repo.revisions(tenant.id, month);
  if (latest?.digest === digest) return false;
  return repo.insert({
    tenant_id: tenant.id,
    month,
    revision: (latest?.revision ?? 0) + 1,
    published_at: context.now,
    reason: latest === undefined ? 'published' : context.reason,
    report: figures,
    digest,
    published_by: context.userId ?? null,
  });
}

/**
 * After an import or a correction: every published month of the ward is recomputed, and those whose figures
 * changed get a new dated revision. What was published stays readable as its own revision.
 */
export async function republishChangedMonths(db: Db, tenantId: string, now: Date): Promise<string[]> {
  const tenant = await indicatorsRepository(db).tenantById(tenantId);
  if (!tenant) return [];
  const changed: string[] = [];
  for (const month of await publicationsRepository(db).publishedMonths(tenantId, '0000-01')) {
    if (await publishMonth(db, tenant, month, { now, reason: 'import' })) changed.push(month);
  }
  return changed;
}

const revisionOf = (row: PublicationRow) => ({
  revision: row.revision,
  publishedAt: row.published_at.toISOString(),
  reason: row.reason,
});
const revisionsOf = (rows: readonly PublicationRow[]) => rows.map(revisionOf);

/**
 * The monthly public results of a ward (published monthly, per unit, and ranked). The running month is computed
 * live and marked provisional. A closed month is frozen: its first view publishes revision 1, and what is shown is
 * the latest revision with its date and the list of all revisions (`revision` picks an earlier one). A month not
 * yet begun answers 404.
 */
export async function monthlyResults(db: Db, tenantCode: string, month: string, now: Date, revision?: number) {
  const tenant = await indicatorsRepository(db).tenant(tenantCode);
  if (!tenant || tenant.kind === 'city') throw unknownWardError();
  if (`${month}-01` > vietnamDateOf(now)) throw new AppError('not_found');
  if (judgingDay(periodOf(month), now).provisional) {
    return { ...(await monthFigures(db, tenant, month, now)), revision: null, publishedAt: null, revisions: [] };
  }
  const repo = publicationsRepository(db);
  let rows = await repo.revisions(tenant.id, month);
  if (rows.length === 0) {
    await publishMonth(db, tenant, month, { now, reason: 'published' });
    rows = await repo.revisions(tenant.id, month);
  }
  const shown = revision === undefined ? rows[0] : rows.find((row) => row.revision === revision);
  if (!shown) throw new AppError('not_found');
  return {
    ...(shown.report as MonthFigures),
    revision: shown.revision,
    publishedAt: shown.published_at.toISOString(),
    revisions: revisionsOf(rows),
  };
}

/** Every revision of a ward's month with its figures, for the staff pages. */
export async function monthRevisions(db: Db, tenantId: string, month: string) {
  const rows = await publicationsRepository(db).revisions(tenantId, month);
  return rows.map((row) => ({ ...revisionOf(row), figures: row.report }));
}
