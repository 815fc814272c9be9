import type { PublicInputsListener } from '../../db/public-inputs-listener.js';

/** Codes kept per server: the dossiers citizens are checking this week, not the city's millions. */
const MAX_ENTRIES = 20_000;

/** What a lookup answers from, with the last 4 digits of the applicant's phone the proof is compared with. */
export interface CachedLookup<Row> {
  tenantId: string;
  phoneLast4: string;
  row: Row;
}

/**
 * Lookups answered from this server's memory while it listens to the public inputs (db/public-inputs-listener.ts):
 * every input of the answer (the dossier and its code, its rating, its procedure's name, the ward's agency code)
 * stamps the holding ward (migrations 0018, 0031), so an entry is valid until a notification for that ward is
 * heard. Not listening (starting, reconnecting), nothing is served from here. The throttle still counts every
 * attempt, answered from here or not (lookup-repository.ts).
 */
export function lookupCache<Row>(listener: PublicInputsListener | undefined, max = MAX_ENTRIES) {
  const entries = new Map<string, CachedLookup<Row> & { heardAt: number }>();
  return {
    /** The position to store a read under, taken before the read (a change meanwhile makes it stale at once). */
    position: async (readsOwnWrites: boolean) => (readsOwnWrites ? listener?.caughtUp() : listener?.heard()),
    get(code: string, position: number | undefined): CachedLookup<Row> | undefined {
      if (!listener || position === undefined) return undefined;
      const entry = entries.get(code);
      if (!entry) return undefined;
      if (!listener.changedSince(entry.tenantId, entry.heardAt)) return entry;
      entries.delete(code);
      return undefined;
    },
    set(code: string, heardAt: number | undefined, entry: CachedLookup<Row>): void {
      if (!listener || heardAt === undefined) return;
      entries.delete(code);
      entries.set(code, { ...entry, heardAt });
      if (entries.size > max) entries.delete(entries.keys().next().value ?? '');
    },
  };
}

export type LookupCache<Row> = ReturnType<typeof lookupCache<Row>>;
