// The dashboard reads each dossier metric (tracked, paid online, and target f: 5.4 of the plan's whole year, a
// full 766 report over all the ward's dossiers) for today and for the previous period's end, on every request.
// A reading depends only on the ward's 766 inputs, which migration 0018's triggers stamp on any write, and on
// the day and window asked: it is computed once per stamp and kept in memory, checked against the stamp each time
// (so several servers never serve a stale figure).
import type { MetricReading } from '@cchc/domain';
import type { MetricContext, MetricSource } from '../../registries/metric-source.js';
import { indicatorsRepository } from './repository.js';

/** Readings kept per server: a few metrics and days (today, the previous period's end) of each of 114 wards. */
const MAX_ENTRIES = 5000;
const kept = new Map<string, { stamp: string; reading: Promise<MetricReading> }>();

async function keptReading(source: MetricSource, context: MetricContext): Promise<MetricReading> {
  // Inside a transaction (a report being sent) the rows may hold writes not committed yet: read, never kept.
  if (context.db.isTransaction) return source.read(context);
  // The stamp is read first: a write landing while the reading is computed makes the next request compute again.
  const stamp = await indicatorsRepository(context.db).inputStamp(context.tenantId);
  const { window } = context;
  const key = [source.metric, context.tenantId, context.plan.year, context.asOf, window?.start, window?.end].join('|');
  const hit = kept.get(key);
  if (hit?.stamp === stamp) return hit.reading;
  // Shared by the requests arriving while it is computed; a failure is dropped, not kept.
  const reading = source.read(context);
  kept.delete(key);
  kept.set(key, { stamp, reading });
  reading.catch(() => kept.get(key)?.reading === reading && kept.delete(key));
  if (kept.size > MAX_ENTRIES) kept.delete(kept.keys().next().value ?? '');
  return reading;
}

/** A dossier metric's source whose readings are computed once per ward input stamp, day and window. */
export const keptPerStamp = (source: MetricSource): MetricSource => ({
  ...source,
  read: (context) => keptReading(source, context),
});
