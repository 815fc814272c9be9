import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DB } from '../../db/generated.js';
import { type PeriodKey, reportsRepository } from './repository.js';

export interface CityReturn {
  comment: string;
  at: Date;
  by: string;
}

/** The city's latest return of a period's report, or null. The city module writes it; the ward only reads it. */
export async function latestCityReturn(db: Db, key: PeriodKey): Promise<CityReturn | null> {
  const row = await reportsRepository(db).latestCityReturn(key);
  return row ? { comment: row.comment, at: row.returned_at, by: row.returned_by_name } : null;
}

/**
 * Whether a sent report is back with the ward: the city returned it after its latest sending, so it takes new
 * versions and a new sending again. Not sent yet is not "returned" (it is simply open).
 */
export const isReturned = (dispatch: Selectable<DB['report_dispatches']> | null, back: CityReturn | null): boolean =>
  dispatch !== null && back !== null && back.at > dispatch.sent_at;
