import pg from 'pg';
import type { Logger } from '../logger.js';

/** The channel migration 0031 notifies with a stamped ward's id, or 'city'. */
const CHANNEL = 'public_inputs';
const CITY = 'city';
/** Waits before reconnecting after a lost connection: quick at first, then every few seconds. */
const RETRY_MS = [200, 1_000, 5_000];

/**
 * One connection per app server that LISTENs to the public inputs' stamps (migration 0031). While it listens, a
 * cached public page stays valid until a notification for its ward (or the city) arrives; while it does not (not
 * yet connected, lost, reconnecting), callers fall back to reading the stamps.
 */
export interface PublicInputsListener {
  /**
   * Resolves once every notification committed before the call has been heard, with the position reached (a
   * page computed after it is current as of that position); undefined while not listening. Concurrent callers
   * share one round trip.
   */
  caughtUp(): Promise<number | undefined>;
  /** The position heard so far (pages computed after it are current as of it); undefined while not listening. */
  heard(): number | undefined;
  /** Whether `tenantId`'s inputs (or the city's) changed after `position`, or listening stopped since. */
  changedSince(tenantId: string, position: number): boolean;
  /** Whether any notification arrived, or listening stopped, after `position`. */
  anyChangeSince(position: number): boolean;
  close(): Promise<void>;
}

export function listenToPublicInputs(connection: pg.ClientConfig, log: Logger): PublicInputsListener {
  let position = 0; // counts notifications and connection changes, in the order heard
  let validFrom = Number.POSITIVE_INFINITY; // no position is valid until listening
  let cityChangedAt = 0;
  const changedAt = new Map<string, number>();
  let client: pg.Client | undefined;
  let closed = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;
  // Round trips that prove the listener caught up: one running, one collecting the callers arriving meanwhile.
  let last: Promise<unknown> = Promise.resolve();
  let waiting: Promise<number | undefined> | undefined;

  const heard = (payload: string | undefined) => {
    position++;
    if (payload === CITY) cityChangedAt = position;
    else if (payload) changedAt.set(payload, position);
  };

  // Whatever was cached may have missed notifications while the connection was down: nothing stays valid.
  const stopListening = (connected: pg.Client) => {
    if (client !== connected) return;
    client = undefined;
    position++;
    validFrom = Number.POSITIVE_INFINITY;
    connected.end().catch(() => {});
    if (!closed) retry = setTimeout(connect, RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]);
  };

  async function connect() {
    retry = undefined;
    const next = new pg.Client({ ...connection, application_name: 'cchc-public-inputs' });
    next.on('error', (error) => {
      log.warn({ err: error }, 'public pages: listener connection lost; reading stamps until it is back');
      stopListening(next);
    });
    next.on('end', () => stopListening(next));
    next.on('notification', (message) => heard(message.payload));
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      if (client !== next || closed) return void next.end().catch(() => {});
      failures = 0;
      validFrom = ++position; // pages computed from here on are checked by notifications
    } catch (error) {
      log.warn({ err: error }, 'public pages: cannot listen for input changes; reading stamps meanwhile');
      stopListening(next);
    }
  }
  void connect();

  const listening = () => validFrom !== Number.POSITIVE_INFINITY;

  return {
    caughtUp() {
      if (!listening()) return Promise.resolve(undefined);
      if (waiting) return waiting;
      // A round trip on the listening connection started after the caller arrived: PostgreSQL signals listeners
      // before a writer's commit returns, and sends the notifications a backend was signalled for before it
      // answers its next query, so by the answer every notification committed before the call has been heard.
      const start = async () => {
        waiting = undefined;
        const connected = client;
        if (!connected || !listening()) return undefined;
        const from = validFrom;
        try {
          await connected.query(';');
        } catch {
          stopListening(connected); // the connection is gone even if its 'end' is not heard yet
          return undefined;
        }
        return listening() && validFrom === from ? position : undefined;
      };
      const next = last.then(start, start);
      waiting = next;
      last = next;
      return next;
    },
    heard() {
      return listening() ? position : undefined;
    },
    changedSince(tenantId, at) {
      return at < validFrom || cityChangedAt > at || (changedAt.get(tenantId) ?? 0) > at;
    },
    anyChangeSince(at) {
      return at < validFrom || position > at;
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const connected = client;
      client = undefined;
      validFrom = Number.POSITIVE_INFINITY;
      await connected?.end().catch(() => {});
    },
  };
}
