/**
 * Guessing the 4 phone digits of a dossier code is slowed per (code, address) and per address, never per code
 * alone: a stranger's wrong guesses must not lock the applicant out of their own dossier.
 */
export const LOOKUP_FAILURES_PER_CODE_AND_ADDRESS = 5;
export const LOOKUP_FAILURES_PER_ADDRESS = 30;
const WINDOW_MS = 15 * 60_000;

/**
 * The limits `dossier_lookup_attempt` (migration 0028) applies to a lookup whose digits were compared: under the
 * address's advisory lock, so parallel guesses take turns at the counter. A refused attempt is not counted; a wrong
 * one is; a right one clears the pair's failures. The lookup statement (lookup-repository.ts) runs it.
 */
export const LOOKUP_LIMITS = {
  perPair: LOOKUP_FAILURES_PER_CODE_AND_ADDRESS,
  perAddress: LOOKUP_FAILURES_PER_ADDRESS,
  windowSeconds: WINDOW_MS / 1000,
} as const;
