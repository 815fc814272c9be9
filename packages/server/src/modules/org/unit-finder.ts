import type { Db } from '../../db/database.js';
import { headerKey } from '../../uploads/table-file.js';
import { orgRepository } from './repository.js';

/** Finds a unit id by a name in a file: null for no name, undefined for a name that matches no unit. */
export type UnitFinder = (name: string | null) => string | null | undefined;

/** Finds a unit by its code, name, short name or one of its aliases; undefined when the name matches none. */
export async function unitFinder(db: Db, tenantId: string): Promise<UnitFinder> {
  const byKey = new Map<string, string>();
  for (const unit of await orgRepository(db).listUnits(tenantId)) {
    for (const name of [unit.code, unit.name, unit.short_name, ...unit.aliases]) byKey.set(headerKey(name), unit.id);
  }
  return (name) => (name === null ? null : byKey.get(headerKey(name)));
}
