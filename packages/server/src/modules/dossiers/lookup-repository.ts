import { parseDossierCode } from '@cchc/domain';
import type pg from 'pg';
import type { LookupThrottle } from './lookup-throttle.js';
import type { DossierRow } from './records.js';

/** What the public page and the rating need of a dossier's row: fewer columns to send and parse per lookup. */
type LookupColumns = Pick<
  DossierRow,
  'id' | 'tenant_id' | 'code' | 'status' | 'received_at' | 'due_at' | 'current_due_at' | 'history'
>;

/** A dossier as the public lookup reads it: its row, its procedure's name, whether it was rated. */
export interface LookedUpDossier {
  tenantId: string;
  row: LookupColumns;
  procedureName: string;
  rated: boolean;
}

/** A citizen's proof as the lookup statement checks it, with the throttle's limits (lookup-throttle.ts). */
export interface LookupAttempt {
  code: string;
  phoneLast4: string;
  ip: string;
  now: Date;
  limits: { perPair: number; perAddress: number; windowSeconds: number };
}

/**
 * The public lookup and its throttle in one statement (one round trip): the city-wide code index (dossier_codes'
 * primary key), the dossier by (tenant_id, code), its procedure and rating by primary key; then the attempt counted
 * by `dossier_lookup_attempt` (migration 0028) with whether the phone's last 4 digits matched. A code held by a ward
 * under another ward's agency prefix never answers: the prefix's owner, when there is one, must be the holder.
 * The dossier comes back only when the digits matched and the throttle allowed the answer.
 */
export async function dossierForLookup(
  pool: pg.Pool,
  attempt: LookupAttempt,
  throttle?: LookupThrottle,
): Promise<{ allowed: boolean; found: LookedUpDossier | undefined }> {
  const { code, phoneLast4, ip, now, limits } = attempt;
  const agency = parseDossierCode(code)?.agencyId ?? null;
  let first: LookupRow | undefined;
  if (throttle) {
    // The throttle in this server's memory: the lookup alone, then the count, with no await between them.
    const { rows } = await pool.query<LookupRow>({ ...LOOKUP_ALONE, values: [code, phoneLast4, agency] });
    const row = rows[0];
    const allowed = throttle({ code, ip, now, matches: row?.matches === true });
    first =
      allowed && row?.matches ? { ...row, allowed } : { allowed, rated: false, matches: false, procedure_name: null };
  } else {
    const values = [code, phoneLast4, ip, now, agency, limits.perPair, limits.perAddress, limits.windowSeconds];
    first = (await pool.query<LookupRow>({ ...LOOKUP, values })).rows[0];
  }
  if (!first?.allowed || !first.id) return { allowed: first?.allowed === true, found: undefined };
  const { procedure_name, rated, allowed, matches: _matches, ...row } = first;
  const dossier = row as LookupColumns;
  return { allowed, found: { tenantId: dossier.tenant_id, row: dossier, procedureName: procedure_name ?? '', rated } };
}

type LookupRow = Partial<LookupColumns> & {
  procedure_name: string | null;
  rated: boolean;
  matches: boolean;
  allowed: boolean;
};

/** The dossier a code names, with whether the last 4 digits ($2) match; $1 code, $3 agency prefix. */
const FOUND = `SELECT d.id, d.tenant_id, d.code, d.status, d.received_at, d.due_at, d.current_due_at, d.history,
             p.name AS procedure_name, (r.dossier_id IS NOT NULL) AS rated,
             right(regexp_replace(coalesce(d.applicant_phone, ''), '\\D', '', 'g'), 4) = $2 AS matches
        FROM dossier_codes c
        JOIN dossiers d ON d.tenant_id = c.tenant_id AND d.code = c.code
        LEFT JOIN procedures p ON p.tenant_id = d.tenant_id AND p.id = d.procedure_id
        LEFT JOIN dossier_ratings r ON r.tenant_id = d.tenant_id AND r.dossier_id = d.id
       WHERE c.code = $1
         AND NOT EXISTS (SELECT 1 FROM tenants o WHERE o.agency_code = $AGENCY::text AND o.id <> c.tenant_id)`;

/**
 * Named, so each connection plans it once (a planned join costs more than running it): it runs on every lookup.
 * $1 code, $2 last 4 digits, $3 address, $4 now, $5 agency prefix, $6–$8 the throttle's limits.
 */
const LOOKUP = {
  name: 'public-dossier-lookup',
  text: `WITH found AS (${FOUND.replace('$AGENCY', '$5')}), verdict AS (
      SELECT dossier_lookup_attempt($1, $3, $4, coalesce((SELECT matches FROM found), false),
               $6, $7, make_interval(secs => $8)) AS allowed
    )
    SELECT f.*, v.allowed FROM verdict v LEFT JOIN found f ON f.matches AND v.allowed`,
};

/** The lookup alone, for a throttle kept in memory: $1 code, $2 last 4 digits, $3 agency prefix. */
const LOOKUP_ALONE = { name: 'public-dossier-lookup-alone', text: FOUND.replace('$AGENCY', '$3') };
