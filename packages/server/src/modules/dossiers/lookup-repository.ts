import { parseDossierCode } from '@cchc/domain';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DossierRow } from './records.js';

/** A dossier as the public lookup reads it: its row, its procedure's name, whether it was rated. */
export interface LookedUpDossier {
  tenantId: string;
  row: DossierRow;
  procedureName: string;
  rated: boolean;
}

/**
 * The public lookup in one indexed query: the city-wide code index (dossier_codes' primary key), the dossier by
 * (tenant_id, code), its procedure and rating by primary key. A code held by a ward under another ward's agency
 * prefix never answers: the prefix's owner, when there is one, must be the holder.
 */
export async function dossierForLookup(db: Db, code: string): Promise<LookedUpDossier | undefined> {
  const agency = parseDossierCode(code)?.agencyId ?? null;
  const { rows } = await sql<DossierRow & { procedure_name: string | null; rated: boolean }>`
    SELECT d.*, p.name AS procedure_name, (r.dossier_id IS NOT NULL) AS rated
      FROM dossier_codes c
      JOIN dossiers d ON d.tenant_id = c.tenant_id AND d.code = c.code
      LEFT JOIN procedures p ON p.tenant_id = d.tenant_id AND p.id = d.procedure_id
      LEFT JOIN dossier_ratings r ON r.tenant_id = d.tenant_id AND r.dossier_id = d.id
     WHERE c.code = ${code}
       AND NOT EXISTS (SELECT 1 FROM tenants o WHERE o.agency_code = ${agency}::text AND o.id <> c.tenant_id)`.execute(
    db,
  );
  const found = rows[0];
  if (!found) return undefined;
  const { procedure_name, rated, ...row } = found;
  return { tenantId: row.tenant_id, row: row as DossierRow, procedureName: procedure_name ?? '', rated };
}
