import { BLOCKS, TASK_STATUSES } from '@cchc/domain';
import { z } from 'zod';
import { completionFiguresOut } from '../../http/figure-schemas.js';
import { publicPageOut } from '../feedback/index.js';
import { publicResultsOut } from '../indicators/index.js';
import { ONLINE_LEVELS } from '../procedures/index.js';

// The output schemas of the public pages (no login): what the OpenAPI document, and so the web's generated types,
// say of a ward's portal and of the city's list of wards.

const portalTask = z.object({
  no: z.number().nullable(),
  content: z.string(),
  status: z.enum(TASK_STATUSES),
  dueDate: z.string().nullable(),
  source: z.string(),
  evidence: z.array(z.string()),
});

export const wardPortalOut = z.object({
  ward: z.object({ code: z.string(), name: z.string() }),
  today: z.string(),
  plan: z
    .object({
      plan: z.object({ year: z.number(), title: z.string() }),
      completion: completionFiguresOut,
      areas: z.array(
        z.object({ code: z.string(), title: z.string(), figures: completionFiguresOut, tasks: z.array(portalTask) }),
      ),
    })
    .nullable(),
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
