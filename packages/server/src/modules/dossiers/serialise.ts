import type { Updateable } from 'kysely';
import type { DB } from '../../db/generated.js';
import type { DossierRow } from './records.js';

/** The jsonb columns: node-postgres would write a JS array as a PostgreSQL array, so they go in as JSON text. */
const JSON_COLUMNS = ['components', 'history', 'supplements', 'fee_lines', 'payments'] as const;

/** A patch in the shape rows are read in, made writable: jsonb columns as JSON text. */
export function serialisePatch(patch: Partial<DossierRow>): Updateable<DB['dossiers']> {
  const { components, history, supplements, fee_lines, payments, ...plain } = patch;
  const json = { components, history, supplements, fee_lines, payments };
  const out: Updateable<DB['dossiers']> = { ...plain };
  for (const column of JSON_COLUMNS) {
    const value = json[column];
    if (value !== undefined) out[column] = JSON.stringify(value);
  }
  return out;
}
