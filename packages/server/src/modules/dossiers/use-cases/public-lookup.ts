import { timingSafeEqual } from 'node:crypto';
import { DOSSIER_STATUS } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { Lang } from '../../../i18n/messages.js';
import { dossierForLookup, type LookedUpDossier } from '../lookup-repository.js';
import { LOOKUP_FAILURES_PER_CODE_AND_ADDRESS, lookupAttemptAllowed } from '../lookup-throttle.js';
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
}

function digitsMatch(phone: string | null, last4: string): boolean {
  const digits = (phone ?? '').replace(/\D/g, '').slice(-4).padStart(4, '#');
  return timingSafeEqual(Buffer.from(digits), Buffer.from(last4.padStart(4, '#').slice(-4)));
}

/**
 * The dossier a proof opens, or the uniform "not found". Failures are counted per (code, address) and per
 * address (lookup-throttle.ts): four digits are quick to guess otherwise, but a stranger's guesses from elsewhere
 * never lock the applicant out. The one lookup query (lookup-query.ts), then the count in one statement, which
 * decides under the address's lock; nothing is answered before the attempt was counted. Unknown and known codes
 * run the same queries.
 */
export async function verifiedDossier(db: Db, proof: LookupProof): Promise<LookedUpDossier> {
  const code = proof.code.trim();
  const found = await dossierForLookup(db, code);
  const matches = digitsMatch(found?.row.applicant_phone ?? null, proof.phoneLast4) && found !== undefined;
  const allowed = await lookupAttemptAllowed(db, { code, ip: proof.ip, now: proof.now, matches });
  if (!found || !matches || !allowed) throw lookupNotFound(proof.lang);
  return found;
}

/**
 * What the public page shows of a dossier: the procedure, the status timeline and the due date. No name, phone,
 * address or identity number ever leaves here.
 */
export async function lookUpDossier(db: Db, proof: LookupProof) {
  const { row, procedureName, rated } = await verifiedDossier(db, proof);
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
  db: Db,
  proof: LookupProof,
  rating: { satisfied: boolean; criteria: string[]; comment?: string },
): Promise<void> {
  const { tenantId, row } = await verifiedDossier(db, proof);
  if (row.status !== DOSSIER_STATUS.returned) throw dossierMessage.error('conflict', 'rate_after_return', proof.lang);
  const added = await dossierSideRepository(db).addRating({
    tenant_id: tenantId,
    dossier_id: row.id,
    satisfied: rating.satisfied,
    criteria: rating.criteria,
    comment: rating.comment ?? null,
    rated_at: proof.now,
  });
  if (!added) throw dossierMessage.error('conflict', 'already_rated', proof.lang);
}
