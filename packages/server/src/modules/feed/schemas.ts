import { z } from 'zod';

/** The feed's contract version; docs/FEED-CHANGELOG.md records every change. */
export const FEED_VERSION = '1.2';

export const monthQuery = z.object({
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Kỳ phải có dạng YYYY-MM, ví dụ 2026-03'),
});

export const keyCreate = z.object({
  name: z.string().trim().min(2).max(120),
  // `all`, or the codes of the wards the consumer may read.
  wards: z.union([z.literal('all'), z.array(z.string().trim().min(1).max(60)).min(1).max(200)]).default('all'),
});

export const keyRefParams = z.object({ ref: z.string().trim().min(4).max(60) });

export const keyOut = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  wards: z.union([z.literal('all'), z.array(z.string())]),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

const wardHead = {
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  block: z.string().nullable(),
  adminUnitCode: z.string().nullable(),
  active: z.boolean(),
};

const envelope = <T extends z.ZodTypeAny>(ward: T) =>
  z.object({ version: z.string(), generatedAt: z.string(), wards: z.array(ward) });

const share = z.object({
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  rate: z.number().nullable(),
  percent: z.number().nullable(),
});

export const indicatorsFeedOut = envelope(
  z.object({
    ...wardHead,
    period: z.string(),
    indicators: z.array(
      share.extend({
        code: z.string(),
        group: z.union([z.string(), z.number()]),
        name: z.string(),
        points: z.number().nullable(),
        maxPoints: z.number().nullable(),
        target: z.number().nullable(),
        source: z.string(),
      }),
    ),
    total: z.number().nullable(),
    band: z.string().nullable(),
    bandName: z.string().nullable(),
  }),
).extend({ period: z.string() });

export const planFeedOut = envelope(
  z.object({
    ...wardHead,
    plan: z.object({ year: z.number(), status: z.string(), version: z.number() }).nullable(),
    areas: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
  }),
);

export const targetsFeedOut = envelope(
  z.object({
    ...wardHead,
    plan: z.object({ year: z.number() }).nullable(),
    targets: z.array(
      z.object({
        code: z.string(),
        text: z.string(),
        status: z.string(),
        measures: z.array(
          z.object({
            metric: z.string(),
            comparator: z.string(),
            target: z.number().nullable(),
            unit: z.string(),
            actual: z.number().nullable(),
            asOf: z.string().nullable(),
            origin: z.string(),
            status: z.string(),
          }),
        ),
      }),
    ),
  }),
);

export const feedbackFeedOut = envelope(
  z.object({
    ...wardHead,
    period: z.string(),
    received: z.number(),
    byCategory: z.record(z.string(), z.number()),
    byChannel: z.record(z.string(), z.number()),
    inCompetence: z.number(),
    published: z.number(),
    late: z.number(),
    onTime: share,
    satisfaction: share,
  }),
).extend({ period: z.string() });

export const parIndexQuery = z.object({
  index: z.enum(['par', 'dti']).default('par'),
  year: z.coerce.number().int().min(2000).max(2199),
});

/** The PAR Index (or DTI) of each ward once the city closed its appraisal: score of 100 and rank in its block. */
export const parIndexFeedOut = envelope(
  z.object({
    ...wardHead,
    status: z.enum(['draft', 'submitted', 'appraised', 'final']).nullable(),
    score: z.number().nullable(),
    rank: z.number().nullable(),
    rankOf: z.number(),
  }),
).extend({ index: z.enum(['par', 'dti']), year: z.number() });
