// Crockford's base 32: no I, L, O or U, so a code read aloud over the phone or copied by hand survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 3;
const GROUP_LENGTH = 4;

/** Random bytes a tracking code needs: one per character (5 bits of each are used, 60 bits in all). */
export const TRACKING_CODE_BYTES = GROUPS * GROUP_LENGTH;

/**
 * A feedback's tracking code (mã tra cứu) from random bytes, e.g. `PA-7K3M-9QXD-2B4F`: the citizen's only key to
 * the feedback, shown once at submission, so it must be unguessable (60 random bits, plus per-address limits).
 */
export function formatTrackingCode(random: Uint8Array): string {
  if (random.length < TRACKING_CODE_BYTES) throw new RangeError(`need ${TRACKING_CODE_BYTES} random bytes`);
  const chars = Array.from(random.subarray(0, TRACKING_CODE_BYTES), (b) => ALPHABET[b & 31]);
  const groups = Array.from({ length: GROUPS }, (_, g) =>
    chars.slice(g * GROUP_LENGTH, (g + 1) * GROUP_LENGTH).join(''),
  );
  return `PA-${groups.join('-')}`;
}

/**
 * A code as typed, in its stored form, or null when it cannot be one: case and spaces ignored, O read as 0 and
 * I or L as 1 (Crockford's rule), the `PA` prefix and dashes optional.
 */
export function normaliseTrackingCode(input: string): string | null {
  const size = GROUPS * GROUP_LENGTH;
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  // The prefix is stripped only when present: a bare code may itself start with P and A.
  const bare = (compact.length === size + 2 && compact.startsWith('PA') ? compact.slice(2) : compact)
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (bare.length !== size || [...bare].some((c) => !ALPHABET.includes(c))) return null;
  const groups = Array.from({ length: GROUPS }, (_, g) => bare.slice(g * GROUP_LENGTH, (g + 1) * GROUP_LENGTH));
  return `PA-${groups.join('-')}`;
}
