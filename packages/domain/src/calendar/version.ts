/**
 * Bump when the rules that compute a year without official data change (holiday list, nghỉ bù, lunar
 * algorithm), so every calendar version changes with them and stored deadlines get recomputed.
 */
export const CALENDAR_RULES_REVISION = 1;

/**
 * A short, stable hash of a string (cyrb53: two 32-bit multiply-xorshift lanes giving 53 bits), as 14 hex digits.
 * Not cryptographic: it names a calendar's content so a changed holiday list can be noticed, nothing more.
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2_654_435_761);
    h2 = Math.imul(h2 ^ code, 1_597_334_677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2_246_822_507) ^ Math.imul(h2 ^ (h2 >>> 13), 3_266_489_909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2_246_822_507) ^ Math.imul(h1 ^ (h1 >>> 13), 3_266_489_909);
  const value = 4_294_967_296 * (2_097_151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}
