/**
 * The ward a city user works in (the header's ward picker), remembered on this browser and sent with every API
 * call as `x-cchc-tenant`; the server refuses it to anyone but the city's users. The same code goes into the
 * `cchc_ward` cookie, which the server reads on downloads (links cannot carry a header).
 */
const STORAGE_KEY = 'cchc.ward';
const COOKIE = 'cchc_ward';

export const pickedWard = (): string | null => localStorage.getItem(STORAGE_KEY);

export function setPickedWard(code: string | null): void {
  if (code) localStorage.setItem(STORAGE_KEY, code);
  else localStorage.removeItem(STORAGE_KEY);
  const value = code ? encodeURIComponent(code) : '';
  const expiry = code ? '' : '; max-age=0';
  // biome-ignore lint/suspicious/noDocumentCookie: one plain cookie; the Cookie Store API is not in every browser
  document.cookie = `${COOKIE}=${value}; path=/api; SameSite=Strict${expiry}`;
}
