import { DEFAULT_UNITS, type TenantKind } from '@cchc/domain';
import type { UnitIn } from '../schemas.js';

// The usual UBND structure names the ward in some units ("Công an phường"); a commune's say "xã".
const LEVEL_WORD: Record<string, string> = { ward: 'phường', commune: 'xã', special_zone: 'đặc khu' };

const forLevel = (text: string, word: string) => text.replace(/\bphường\b/gu, word);

/**
 * The units a new ward starts with: the given list, or the usual UBND structure (DEFAULT_UNITS) with the
 * level word of its kind.
 */
export function wardUnits(kind: TenantKind, units: 'default' | UnitIn[]): Required<UnitIn>[] {
  if (units !== 'default') return units.map((u) => ({ ...u, shortName: u.shortName ?? u.name }));
  const word = LEVEL_WORD[kind] ?? 'phường';
  return DEFAULT_UNITS.map((u) => ({
    code: u.code,
    name: forLevel(u.name, word),
    shortName: forLevel(u.shortName, word),
    aliases: [...new Set(u.aliases.map((a) => forLevel(a, word)))],
  }));
}

/** Codes given twice in a unit list, which the (tenant_id, code) key would refuse. */
export function duplicateUnitCodes(units: readonly { code: string }[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const u of units) (seen.has(u.code) ? twice : seen).add(u.code);
  return [...twice];
}
