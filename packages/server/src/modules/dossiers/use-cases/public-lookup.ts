import { DOSSIER_STATUS } from '@cchc/domain';
import type { AppDeps } from '../../../http/deps.js';
import type { Lang } from '../../../i18n/messages.js';
import type { LookupCache } from '../lookup-cache.js';
import { dossierForLookup, type LookedUpDossier } from '../lookup-repository.js';
import { LOOKUP_FAILURES_PER_CODE_AND_ADDRESS, LOOKUP_LIMITS, type LookupThrottle } from '../lookup-throttle.js';
import { dossierMessage } from '../messages.js';
import { dossierSideRepository } from '../side-repository.js';

/** What a rating may name, satisfied or not: on time, the officer's attitude, guidance, the procedure, fees, premises. */
export const RATING_CRITERIA = ['on_time', 'attitude', 'guidance', 'procedure', 'fees', 'facilities'] as const;

/** Failed lookups of one code from one address after which it answers "not found" there for a while. */
export const LOOKUP_FAILURES_PER_CODE = LOOKUP_FAILURES_PER_CODE_AND_ADDRESS;

/** The one answer for an unknown code, wrong digits, or a code locked after too many tries, in the caller's language. */
export const lookupNotFound = (lang: Lang) => dossierMessage.error('not_found', 'lookup_not_found', lang);

/** A citizen's proof: the dossier code and the last 4 digits of the applicant's phone. */
export interface LookupProof {
  code: string;
  phoneLast4: string;
  ip: string;
  now: Date;
  lang: Lang;
  /** A signed-in client, who must see its own writes at once (http/read-your-writes.ts). */
  readsOwnWrites?: boolean;
}

/**
 * What a lookup needs: the pool, and the throttle when it is kept in this server's memory (else the database's)
 * with the answers this server keeps (lookup-cache.ts).
 */
export type LookupDeps = Pick<AppDeps, 'pool'> & {
  lookupThrottle?: LookupThrottle | undefined;
  lookupCache?: LookupCache<LookedUpDossier> | undefined;
};

/**
 * The dossier a proof opens, or the uniform "not found". Failures are counted per (code, address) and per
 * address (lookup-throttle.ts): four digits are quick to guess otherwise, but a stranger's guesses from elsewhere
 * never lock the applicant out. The lookup and the count are one statement (lookup-repository.ts), which decides
 * under the address's lock (or the lookup, then the count in memory: `lookupThrottle`); nothing is answered before
 * the attempt was counted. Unknown and known codes run the same statement.
 */
export async function verifiedDossier(deps: LookupDeps, proof: LookupProof): Promise<LookedUpDossier> {
  const { found } = await dossierForLookup(
    deps.pool,
    {
      code: proof.code.trim(),
      phoneLast4: proof.phoneLast4,
      ip: proof.ip,
      now: proof.now,
      limits: LOOKUP_LIMITS,
      readsOwnWrites: proof.readsOwnWrites === true,
    },
    deps.lookupThrottle,
    deps.lookupCache,
  );
  if (!found) throw lookupNotFound(proof.lang);
  return found;
}

/**
 * What the public page shows of a dossier (found by `verifiedDossier`): the procedure, the status timeline and the
 * due date. No name, phone, address or identity number ever leaves here.
 */
export function presentLookup({ row, procedureName, rated }: LookedUpDossier) {
  return {
    code: row.code,
    procedureName,
    status: row.status,
    receivedAt: row.received_at?.toISOString() ?? null,
    dueAt: (row.current_due_at ?? row.due_at)?.toISOString() ?? null,
    timeline: row.history.map((change) => ({ status: change.status, at: change.at })),
    rated,
    canRate: row.status === DOSSIER_STATUS.returned && !rated,
    ratingCriteria: [...RATING_CRITERIA],
  };
}

/** The applicant's rating after the result is returned, once per dossier. */
export async function rateDossier(
  deps: LookupDeps & Pick<AppDeps, 'db'>,
  proof: LookupProof,
  rating: { satisfied: boolean; criteria: string[]; comment?: string },
): Promise<void> {
  const { tenantId, row } = await verifiedDossier(deps, proof);
  if (row.status !== DOSSIER_STATUS.returned) throw dossierMessage.error('conflict', 'rate_after_return', proof.lang);
  const added = await dossierSideRepository(deps.db).addRating({
    tenant_id: tenantId,
    dossier_id: row.id,
    satisfied: rating.satisfied,
    criteria: rating.criteria,
    comment: rating.comment ?? null,
    rated_at: proof.now,
  });
  if (!added) throw dossierMessage.error('conflict', 'already_rated', proof.lang);
}
