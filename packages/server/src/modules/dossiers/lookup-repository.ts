import { parseDossierCode } from '@cchc/domain';
import type pg from 'pg';
import type { CachedLookup, LookupCache } from './lookup-cache.js';
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
  /** A signed-in client, who must see its own writes (http/read-your-writes.ts): the cache catches up first. */
  readsOwnWrites?: boolean;
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
  cache?: LookupCache<LookedUpDossier>,
): Promise<{ allowed: boolean; found: LookedUpDossier | undefined }> {
  const { code, phoneLast4, ip, now, limits } = attempt;
  const agency = parseDossierCode(code)?.agencyId ?? null;
  if (throttle) {
    // The throttle in this server's memory: the lookup alone (or its cached answer), then the count, with no
    // await between them.
    const heardAt = await cache?.position(attempt.readsOwnWrites === true);
    const known = cache?.get(code, heardAt) ?? (await readAlone(pool, code, agency, heardAt, cache));
    const matches = known?.phoneLast4 === phoneLast4;
    const allowed = throttle({ code, ip, now, matches });
    return { allowed, found: allowed && matches ? known?.row : undefined };
  }
  const values = [code, phoneLast4, ip, now, agency, limits.perPair, limits.perAddress, limits.windowSeconds];
  const first = (await pool.query<LookupRow>({ ...LOOKUP, values })).rows[0];
  if (!first?.allowed || !first.id) return { allowed: first?.allowed === true, found: undefined };
  return { allowed: first.allowed, found: lookedUp(first) };
}

/** The dossier a code names, read alone; kept in `cache` when every input of the answer stamps its ward. */
async function readAlone(
  pool: pg.Pool,
  code: string,
  agency: string | null,
  heardAt: number | undefined,
  cache: LookupCache<LookedUpDossier> | undefined,
): Promise<CachedLookup<LookedUpDossier> | undefined> {
  const row = (await pool.query<LookupRow>({ ...LOOKUP_ALONE, values: [code, agency] })).rows[0];
  if (!row?.id || !row.tenant_id) return undefined;
  const known = { tenantId: row.tenant_id, phoneLast4: row.phone_last4 ?? '', row: lookedUp(row) };
  // Another ward taking an unowned agency prefix stamps only itself: such a code is read every time.
  if (agency === null || row.holder_agency === agency) cache?.set(code, heardAt, known);
  return known;
}

function lookedUp(first: LookupRow): LookedUpDossier {
  const { procedure_name, rated, allowed: _allowed, matches: _matches, phone_last4, holder_agency, ...row } = first;
  const dossier = row as LookupColumns;
  return { tenantId: dossier.tenant_id, row: dossier, procedureName: procedure_name ?? '', rated };
}

type LookupRow = Partial<LookupColumns> & {
  procedure_name: string | null;
  rated: boolean;
  matches: boolean;
  allowed: boolean;
  phone_last4: string | null;
  holder_agency: string | null;
};

/**
 * The dossier a code names, with whether the last 4 digits ($DIGITS) match; $1 code, $AGENCY its agency prefix.
 * The digits themselves and the holder's agency code are for the cache (lookup-cache.ts).
 */
const FOUND = `SELECT d.id, d.tenant_id, d.code, d.status, d.received_at, d.due_at, d.current_due_at, d.history,
             p.name AS procedure_name, (r.dossier_id IS NOT NULL) AS rated, l.phone_last4, l.phone_last4 = $DIGITS AS matches,
             (SELECT h.agency_code FROM tenants h WHERE h.id = c.tenant_id) AS holder_agency
        FROM dossier_codes c
        JOIN dossiers d ON d.tenant_id = c.tenant_id AND d.code = c.code
        LEFT JOIN procedures p ON p.tenant_id = d.tenant_id AND p.id = d.procedure_id
        LEFT JOIN dossier_ratings r ON r.tenant_id = d.tenant_id AND r.dossier_id = d.id
        CROSS JOIN LATERAL (SELECT right(regexp_replace(coalesce(d.applicant_phone, ''), '\\D', '', 'g'), 4) AS phone_last4) l
       WHERE c.code = $1
         AND NOT EXISTS (SELECT 1 FROM tenants o WHERE o.agency_code = $AGENCY::text AND o.id <> c.tenant_id)`;

/**
 * Named, so each connection plans it once (a planned join costs more than running it): it runs on every lookup.
 * $1 code, $2 last 4 digits, $3 address, $4 now, $5 agency prefix, $6–$8 the throttle's limits.
 */
const LOOKUP = {
  name: 'public-dossier-lookup',
  text: `WITH found AS (${FOUND.replace('$DIGITS', '$2').replace('$AGENCY', '$5')}), verdict AS (
      SELECT dossier_lookup_attempt($1, $3, $4, coalesce((SELECT matches FROM found), false),
               $6, $7, make_interval(secs => $8)) AS allowed
    )
    SELECT f.*, v.allowed FROM verdict v LEFT JOIN found f ON f.matches AND v.allowed`,
};

/** The lookup alone, for a throttle kept in memory (the digits compared there): $1 code, $2 agency prefix. */
const LOOKUP_ALONE = {
  name: 'public-dossier-lookup-alone',
  text: FOUND.replace('$DIGITS', 'NULL::text').replace('$AGENCY', '$2'),
};
