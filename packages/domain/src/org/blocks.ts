/** Kinds of tenant on one instance: the city and its wards, communes and special zones (đặc khu). */
export const TENANT_KINDS = ['city', 'ward', 'commune', 'special_zone'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

/**
 * The PAR Index ranks a ward inside its block (I.2.a): khối phường for wards; khối xã for communes and the
 * special zones. The city itself is in no block.
 */
export const BLOCKS = ['ward', 'commune'] as const;
export type Block = (typeof BLOCKS)[number];

export function blockOf(kind: TenantKind): Block | null {
  if (kind === 'ward') return 'ward';
  if (kind === 'commune' || kind === 'special_zone') return 'commune';
  return null;
}

/** Vietnamese names of the blocks, as the city's ranking tables print them. */
export const BLOCK_NAMES: Record<Block, string> = { ward: 'Khối phường', commune: 'Khối xã, đặc khu' };
