import { BLOCKS } from '@cchc/domain';
import { z } from 'zod';
import { publicPageOut } from '../feedback/index.js';
import { publicResultsOut } from '../indicators/index.js';
import { ONLINE_LEVELS } from '../procedures/index.js';
import { planProgressOut } from './schemas.js';

// The output schemas of the public pages (no login): what the OpenAPI document, and so the web's generated types,
// say of a ward's portal and of the city's list of wards.

export const wardPortalOut = z.object({
  ward: z.object({ code: z.string(), name: z.string() }),
  today: z.string(),
  plan: planProgressOut,
  scorecard: publicResultsOut,
  feedback: publicPageOut,
  procedures: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      field: z.string(),
      limitDays: z.number().nullable(),
      limitHours: z.number().nullable(),
      fee: z.number().nullable(),
      onlineLevel: z.enum(ONLINE_LEVELS),
    }),
  ),
  links: z.object({
    lookup: z.string(),
    rating: z.string(),
    feedback: z.string(),
    results: z.string(),
    openDataJson: z.string(),
    openDataCsv: z.string(),
  }),
  licence: z.string(),
});

export const cityPublicPageOut = z.object({
  month: z.string(),
  provisional: z.boolean(),
  wards: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      block: z.enum(BLOCKS),
      blockName: z.string(),
      total: z.number().nullable(),
      band: z.string().nullable(),
      bandName: z.string().nullable(),
      portal: z.string(),
    }),
  ),
  licence: z.string(),
});
