import { vietnamDateOf } from '@cchc/domain';
import dayjs, { type Dayjs } from 'dayjs';

// Offset of the server's clock from this browser's, learnt from the `x-server-time` header of every API answer.
// The server's clock is the product's one clock (CCHC_NOW in development, a fixed day in tests), so "today" in
// the UI must be its today, not the browser's.
let offsetMs = 0;

/** Called by the API client with each answer's `x-server-time`. */
export function learnServerTime(iso: string | null): void {
  const at = iso ? Date.parse(iso) : Number.NaN;
  if (!Number.isNaN(at)) offsetMs = at - Date.now();
}

/** Now, on the server's clock. */
export const serverNow = (): Date => new Date(Date.now() + offsetMs);

/** Now as a dayjs value on the server's clock. */
export const serverDayjs = (): Dayjs => dayjs(serverNow());

/** Today's date in Vietnam, `YYYY-MM-DD`, on the server's clock. */
export const serverToday = (): string => vietnamDateOf(serverNow());

/** The current month in Vietnam as `YYYY-MM`, on the server's clock. */
export const thisMonth = (): string => serverToday().slice(0, 7);
