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

/** Decides a compared lookup: whether it may answer, counting it as `dossier_lookup_attempt` does. */
export type LookupThrottle = (attempt: { code: string; ip: string; now: Date; matches: boolean }) => boolean;

/**
 * The same limits kept in this server's memory (RATE_LIMIT_STORE=memory, one server as `npm start` runs it), so
 * a lookup is one indexed query and no write. Called once the digits were compared, with no await between the
 * count and the decision: parallel guesses take turns at the counter as under the database's lock. An address
 * holds at most `perAddress` failures (refused attempts are not counted); expired ones are swept as others come.
 */
export function memoryLookupThrottle(limits = LOOKUP_LIMITS): LookupThrottle {
  const windowMs = limits.windowSeconds * 1000;
  const failures = new Map<string, { code: string; at: number }[]>();
  let sweepAt = 0;
  const sweep = (now: number) => {
    sweepAt = now + windowMs;
    for (const [ip, list] of failures) if (list.every((f) => f.at < now - windowMs)) failures.delete(ip);
  };
  return ({ code, ip, now, matches }) => {
    const at = now.getTime();
    if (at >= sweepAt) sweep(at);
    const recent = (failures.get(ip) ?? []).filter((f) => f.at >= at - windowMs);
    const byPair = recent.filter((f) => f.code === code).length;
    if (byPair >= limits.perPair || recent.length >= limits.perAddress) return false;
    if (matches) {
      const others = recent.filter((f) => f.code !== code);
      if (others.length > 0) failures.set(ip, others);
      else failures.delete(ip);
      return true;
    }
    failures.set(ip, [...recent, { code, at }]);
    return false;
  };
}
