import { FEEDBACK_DEADLINE_KINDS, type FeedbackIndicatorValues, rolesFor, vietnamDateOf } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../http/deps.js';
import { authOf, hasRole } from '../../http/policy.js';
import { orgRepository } from '../org/index.js';
import { feedbackFigures } from './indicators.js';
import { feedbackRepository } from './repository.js';

const isoDate = z.iso.date();
const periodQuery = z
  .object({ from: isoDate, to: isoDate })
  .refine((p) => p.from <= p.to, { message: 'Ngày cuối kỳ không được trước ngày đầu kỳ.', path: ['to'] });

const share = z.object({ numerator: z.number(), denominator: z.number(), rate: z.number().nullable() });
const valuesOut = z.object({
  received: z.number(),
  byCategory: z.record(z.string(), z.number()),
  byChannel: z.record(z.string(), z.number()),
  inCompetence: z.number(),
  published: z.number(),
  onTime: share,
  late: z.number(),
  satisfaction: share,
  dossierCodesWithFeedback: z.array(z.string()),
});
const indicatorsOut = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  total: valuesOut,
  units: z.array(z.object({ unitId: z.uuid().nullable(), unitName: z.string().nullable(), values: valuesOut })),
});

const remindersOut = z.array(
  z.object({
    feedbackId: z.uuid(),
    trackingCode: z.string(),
    title: z.string(),
    kind: z.enum(FEEDBACK_DEADLINE_KINDS),
    due: z.string(),
    unitId: z.uuid().nullable(),
  }),
);

/** Feedback figures for the periodic reports, the dashboard and indicators 5.1–5.3; today's reminders. */
export function feedbackReportRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['feedback'];
    app.get(
      '/feedback/indicators',
      {
        config: { policy: { roles: rolesFor('feedback.view_published') } },
        schema: { tags, querystring: periodQuery, response: { 200: indicatorsOut } },
      },
      async (request) => {
        const { tenantId } = authOf(request);
        const period = request.query;
        const [figures, units] = await Promise.all([
          feedbackFigures(deps.db, tenantId, period),
          orgRepository(deps.db).listUnits(tenantId),
        ]);
        const names = new Map(units.map((u) => [u.id, u.name]));
        const byUnit = [...figures.byUnit].map(([unitId, values]: [string | null, FeedbackIndicatorValues]) => ({
          unitId,
          unitName: unitId ? (names.get(unitId) ?? null) : null,
          values,
        }));
        return { period, total: figures.total, units: byUnit };
      },
    );

    app.get(
      '/feedback/reminders',
      { config: { policy: { roles: rolesFor('feedback.view') } }, schema: { tags, response: { 200: remindersOut } } },
      async (request) => {
        const auth = authOf(request);
        const all = hasRole(auth, ...rolesFor('feedback.view_all'));
        if (!all && !auth.unitId) return [];
        const today = vietnamDateOf(deps.clock.now());
        const rows = await feedbackRepository(deps.db).remindersOn(auth.tenantId, today, all ? undefined : auth.unitId);
        return rows.map((r) => ({
          feedbackId: r.feedback_id,
          trackingCode: r.tracking_code,
          title: r.title,
          kind: r.kind,
          due: r.due_at.toISOString(),
          unitId: r.unit_id,
        }));
      },
    );
  };
}
