import { parFocalUnitId } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { orgRepository } from './repository.js';

/** The ward's PAR focal unit by the domain's one rule (`parFocalUnitId`); null when the ward has none. */
export async function loadParFocalUnitId(db: Db, tenantId: string): Promise<string | null> {
  return parFocalUnitId(await orgRepository(db).focalUnitFacts(tenantId));
}
