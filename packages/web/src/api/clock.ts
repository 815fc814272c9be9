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

/** Today's date in Vietnam (UTC+7, no daylight saving), `YYYY-MM-DD`, on the server's clock. */
export const serverToday = (): string => new Date(serverNow().getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/** The current month as `YYYY-MM`, on the server's clock. */
export const thisMonth = (): string => {
  const now = serverNow();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
};
