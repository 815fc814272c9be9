import { vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import { indicatorsRepository } from '../repository.js';
import { indicatorReport } from './compute-report.js';

/**
 * The monthly public results of a ward (Decision 766 results are published monthly, per unit, and ranked): the
 * ward's total and band, each indicator's share and points, and its units ranked by total. A month not yet begun
 * answers 404; the running month is marked provisional.
 */
export async function monthlyResults(db: Db, tenantCode: string, month: string, now: Date) {
  const repo = indicatorsRepository(db);
  const tenant = await repo.tenant(tenantCode);
  if (!tenant || tenant.kind === 'city') throw new AppError('not_found');
  const today = vietnamDateOf(now);
  if (`${month}-01` > today) throw new AppError('not_found');
  const report = await indicatorReport(db, tenant.id, month);
  const units = [];
  for (const unit of await repo.units(tenant.id)) {
    const own = await indicatorReport(db, tenant.id, month, unit.id);
    if (own.total !== null) units.push({ name: unit.name, total: own.total, band: own.band, bandName: own.bandName });
  }
  units.sort((a, b) => b.total - a.total);
  return {
    tenant: { code: tenant.code, name: tenant.name },
    month,
    provisional: month === today.slice(0, 7),
    total: report.total,
    band: report.band,
    bandName: report.bandName,
    indicators: report.indicators.map((row) => ({
      code: row.code,
      name: row.name,
      rate: row.rate,
      points: row.points,
      maxPoints: row.maxPoints,
      source: row.source,
    })),
    units: units.map((unit, index) => ({ rank: index + 1, ...unit })),
  };
}
