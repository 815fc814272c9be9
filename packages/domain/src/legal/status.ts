import type { IsoDate } from '../clock.js';

/** A legal document's status as stored: set at registration or by a hand change (another document acting on it). */
export type StoredLegalStatus = 'in_force' | 'amended' | 'expired' | 'replaced' | 'repealed';

/** The status shown: the stored one, or what the document's own dates say on the day. */
export type LegalStatus = StoredLegalStatus | 'not_yet_effective';

export const LEGAL_STATUSES: readonly LegalStatus[] = [
  'not_yet_effective',
  'in_force',
  'amended',
  'expired',
  'replaced',
  'repealed',
];

/** The dates and stored status a document's shown status is computed from. */
export interface LegalDates {
  status: StoredLegalStatus;
  effectiveOn: IsoDate;
  expiresOn: IsoDate | null;
  endedOn: IsoDate | null;
}

/**
 * A document's status on a day, from its dates: no hand edit is needed when a term runs out. The expiry date is
 * "ngày hết hiệu lực" as the national legal database uses it: the first day the document is no longer in force,
 * so on that day and after it shows expired, ended on that day. Before its effective date it is not yet in force.
 * A document ended by hand (replaced, repealed, expired early) keeps that status and day.
 */
export function legalStatusOn(doc: LegalDates, today: IsoDate): { status: LegalStatus; endedOn: IsoDate | null } {
  if (doc.status !== 'in_force' && doc.status !== 'amended') return { status: doc.status, endedOn: doc.endedOn };
  if (doc.expiresOn && today >= doc.expiresOn) return { status: 'expired', endedOn: doc.expiresOn };
  if (today < doc.effectiveOn) return { status: 'not_yet_effective', endedOn: null };
  return { status: doc.status, endedOn: null };
}

/** Statuses a document can still be amended, replaced, repealed or expired from by hand. */
export const LEGAL_OPEN_STATUSES: readonly LegalStatus[] = ['not_yet_effective', 'in_force', 'amended'];

/** Whether the document counts as in force (possibly amended in part) on the day. */
export const isInForce = (status: LegalStatus) => status === 'in_force' || status === 'amended';
