import { DEFAULT_766_CONFIG, INDICATOR_CODES, type Indicator766Config, type IndicatorCode } from '@cchc/domain';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { indicatorsRepository } from './repository.js';

const setting = z.object({ maxPoints: z.number().min(0).max(100), target: z.number().min(0).max(1).nullable() });

/** What the city (or a ward) changes of the index: points and targets per indicator, band thresholds, 2.1 rules. */
export const configIn = z.object({
  indicators: z.partialRecord(z.enum(INDICATOR_CODES), setting).default({}),
  bands: z
    .array(
      z.object({
        code: z.enum(['excellent', 'good', 'fair', 'average', 'weak']),
        name: z.string(),
        minTotal: z.number(),
      }),
    )
    .min(1)
    .optional(),
  processing: z
    .object({ maxSupplementRequests: z.number().int().min(0).max(100), apologyMovesDue: z.boolean() })
    .partial()
    .optional(),
  /** Below this many dossiers a unit gets no band ("chưa đủ dữ liệu"); default 10. */
  minDossiersForBand: z.number().int().min(0).max(100_000).optional(),
});
export type ConfigIn = z.infer<typeof configIn>;

/** The configuration in force as the API answers it ({@link presentConfig}), with where it comes from. */
export const configOut = z.object({
  source: z.enum(['tenant', 'city', 'default']),
  indicators: z.record(z.enum(INDICATOR_CODES), setting),
  bands: z.array(
    z.object({
      code: z.enum(['excellent', 'good', 'fair', 'average', 'weak']),
      name: z.string(),
      minTotal: z.number(),
    }),
  ),
  processing: z.object({ maxSupplementRequests: z.number().int(), apologyMovesDue: z.boolean() }),
  minDossiersForBand: z.number().int(),
});

/** The stored changes laid over the defaults of docs/DOMAIN.md §4. The lowest band takes every total below the others. */
export function mergeConfig(stored: ConfigIn | null): Indicator766Config {
  if (!stored) return DEFAULT_766_CONFIG;
  const indicators = { ...DEFAULT_766_CONFIG.indicators } as Record<
    IndicatorCode,
    Indicator766Config['indicators'][IndicatorCode]
  >;
  for (const [code, value] of Object.entries(stored.indicators)) {
    if (value) indicators[code as IndicatorCode] = value;
  }
  const bands = stored.bands
    ? [...stored.bands]
        .sort((a, b) => b.minTotal - a.minTotal)
        .map((band, index, all) => (index === all.length - 1 ? { ...band, minTotal: Number.NEGATIVE_INFINITY } : band))
    : DEFAULT_766_CONFIG.bands;
  return {
    indicators,
    bands,
    processing: { ...DEFAULT_766_CONFIG.processing, ...stored.processing },
    minDossiersForBand: stored.minDossiersForBand ?? DEFAULT_766_CONFIG.minDossiersForBand,
  };
}

const parsedConfig = (raw: unknown): ConfigIn | null => {
  if (raw === undefined || raw === null) return null;
  const parsed = configIn.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

/** Where a tenant's configuration in force comes from. */
type ConfigSource = 'tenant' | 'city' | 'default';

/** The configuration in force for a tenant: its own, else its city's, else the defaults. */
export async function loadIndicatorConfig(
  db: Db,
  tenantId: string,
): Promise<{ config: Indicator766Config; source: ConfigSource }> {
  return (
    (await loadIndicatorConfigs(db, [tenantId])).get(tenantId) ?? { config: DEFAULT_766_CONFIG, source: 'default' }
  );
}

/** The configuration in force for each of many tenants (see {@link loadIndicatorConfig}), read in one query. */
export async function loadIndicatorConfigs(
  db: Db,
  tenantIds: readonly string[],
): Promise<Map<string, { config: Indicator766Config; source: ConfigSource }>> {
  const rows = tenantIds.length === 0 ? [] : await indicatorsRepository(db).configsOf(tenantIds);
  const stored = new Map(rows.map((row) => [row.id, row]));
  const inForce = (id: string): { config: Indicator766Config; source: ConfigSource } => {
    const own = parsedConfig(stored.get(id)?.own);
    if (own) return { config: mergeConfig(own), source: 'tenant' };
    const city = parsedConfig(stored.get(id)?.city);
    return city ? { config: mergeConfig(city), source: 'city' } : { config: DEFAULT_766_CONFIG, source: 'default' };
  };
  return new Map(tenantIds.map((id) => [id, inForce(id)]));
}

/** The configuration as JSON (the lowest band's threshold written as 0). */
export const presentConfig = (config: Indicator766Config) => ({
  indicators: config.indicators,
  bands: config.bands.map((band) => ({ ...band, minTotal: Number.isFinite(band.minTotal) ? band.minTotal : 0 })),
  processing: {
    maxSupplementRequests: Number.isFinite(config.processing.maxSupplementRequests)
      ? config.processing.maxSupplementRequests
      : 100,
    apologyMovesDue: config.processing.apologyMovesDue,
  },
  minDossiersForBand: config.minDossiersForBand,
});
