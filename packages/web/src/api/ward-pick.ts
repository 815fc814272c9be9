/**
 * The ward a city user works in (the header's ward picker), remembered on this browser and sent with every API
 * call as `x-cchc-tenant`; the server refuses it to anyone but the city's users.
 */
const STORAGE_KEY = 'cchc.ward';

export const pickedWard = (): string | null => localStorage.getItem(STORAGE_KEY);

export function setPickedWard(code: string | null): void {
  if (code) localStorage.setItem(STORAGE_KEY, code);
  else localStorage.removeItem(STORAGE_KEY);
}
