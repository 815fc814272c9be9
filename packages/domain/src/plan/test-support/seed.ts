// Test access to the seed plan and the default units. Tests may read files; the domain code may not.
import { readFileSync } from 'node:fs';
import { DEFAULT_UNITS } from '../../org/default-units.js';
import { parsePlanText } from '../parse-plan.js';
import type { PlanParseResult } from '../types.js';

export const SEED_TEXT = readFileSync(
  new URL('../../../../../seed/ke-hoach-cchc-2026-phuong-hai-duong.txt', import.meta.url),
  'utf8',
);

/** Parses a plan text with the seed ward's units. */
export function parseWithDefaultUnits(text: string): PlanParseResult {
  return parsePlanText(text, { units: DEFAULT_UNITS });
}

/** Every string anywhere in a value, for checks over the whole result. */
export function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}
