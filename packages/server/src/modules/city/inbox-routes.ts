import { rolesFor } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { langFrom } from '../../i18n/messages.js';
import { cityInbox, inboxDocument, remindLateWards, returnReport } from './use-cases/inbox.js';

const TAGS = ['city'];
const VIEW = { policy: { roles: rolesFor('city.view'), tenant: 'city' as const } };
const MANAGE = { policy: { roles: rolesFor('city.manage'), tenant: 'city' as const } };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const REPORT_PERIOD = /^\d{4}(-(Q1|Q2|H1|Q3|q1|q2|h1|q3))?$/;
const periodField = z
  .string()
  .trim()
  .regex(REPORT_PERIOD, { message: 'Kỳ báo cáo phải là 2026-Q1, 2026-Q2, 2026-H1, 2026-Q3 hoặc 2026' });
const wardPeriod = z.object({ code: z.string().trim().min(1).max(60), period: periodField });

const inboxRowOut = z.object({
  code: z.string(),
  name: z.string(),
  block: z.string(),
  status: z.enum(['on_time', 'sent_late', 'returned', 'late', 'pending', 'not_in_plan']),
  dueDate: z.string().nullable(),
  sentOn: z.string().nullable(),
  number: z.string().nullable(),
  version: z.number().nullable(),
  returned: z.object({ comment: z.string(), at: z.string(), by: z.string() }).nullable(),
});

/** The city's inbox of the wards' consolidated periodic reports (IV.1.c): who sent by the due date, returns, reminders. */
export function cityInboxRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const lang = (h: string | string[] | undefined) => langFrom(typeof h === 'string' ? h : undefined);
    app.get(
      '/city/inbox',
      {
        config: VIEW,
        schema: {
          tags: TAGS,
          querystring: z.object({ period: periodField }),
          response: { 200: z.object({ period: z.string(), rows: z.array(inboxRowOut) }) },
        },
      },
      async (request) =>
        cityInbox(deps.db, request.query.period, deps.clock.now(), lang(request.headers['accept-language'])),
    );

    app.get(
      '/city/inbox/:code/:period/document.docx',
      { config: VIEW, schema: { tags: TAGS, params: wardPeriod } },
      async (request, reply) => {
        const { code, period } = request.params;
        const file = await inboxDocument(
          deps.db,
          code,
          period,
          deps.clock.now(),
          lang(request.headers['accept-language']),
        );
        return reply.type(DOCX).header('content-disposition', `attachment; filename="${file.name}"`).send(file.buffer);
      },
    );

    app.post(
      '/city/inbox/:code/:period/return',
      {
        config: MANAGE,
        schema: {
          tags: TAGS,
          params: wardPeriod,
          body: z.object({ comment: z.string().trim().min(1).max(4000) }),
          response: { 200: inboxRowOut },
        },
      },
      async (request) =>
        returnReport(
          deps.db,
          authOf(request),
          { wardCode: request.params.code, code: request.params.period, comment: request.body.comment },
          deps.clock.now(),
          lang(request.headers['accept-language']),
        ),
    );

    app.post(
      '/city/inbox/reminders',
      {
        config: MANAGE,
        schema: {
          tags: TAGS,
          body: z.object({ period: periodField }),
          response: { 200: z.object({ period: z.string(), reminded: z.array(z.string()) }) },
        },
      },
      async (request) =>
        remindLateWards(deps.db, request.body.period, deps.clock.now(), lang(request.headers['accept-language'])),
    );
  };
}
