import { rolesFor, vietnamDateOf } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../http/deps.js';
import { authOf, hasRole } from '../../../http/policy.js';
import { requestContextOf } from '../../../http/request-context.js';
import { loadTaskScope } from '../task-view.js';
import { decideTaskAmendment } from './decide-amendment.js';
import { presentAmendment } from './presenter.js';
import { proposeAmendment } from './propose-amendment.js';
import { amendmentsRepository } from './repository.js';
import { amendmentIn, amendmentListOut, amendmentParams, decisionIn } from './schemas.js';

const TAGS = ['tasks'];
const DECIDE = { policy: { roles: rolesFor('plan.approve_amendment') } };

/** Single-task amendments (add, change, drop one task): proposed by a unit head or the coordinator, decided by the chairman. */
export function amendmentRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/task-amendments',
      {
        config: { policy: { roles: rolesFor('tasks.view') } },
        schema: { tags: TAGS, response: { 200: amendmentListOut } },
      },
      async (request) => {
        const auth = authOf(request);
        const scope = await loadTaskScope(deps.db, auth.tenantId, deps.clock.now());
        const rows = scope ? await amendmentsRepository(deps.db).list(auth.tenantId, scope.plan.id) : [];
        return {
          canPropose: hasRole(auth, ...rolesFor('tasks.propose_amendment')),
          canDecide: hasRole(auth, ...rolesFor('plan.approve_amendment')),
          items: rows.map(presentAmendment),
        };
      },
    );

    app.post(
      '/task-amendments',
      {
        config: { policy: { roles: rolesFor('tasks.propose_amendment') } },
        schema: { tags: TAGS, body: amendmentIn, response: { 201: z.object({ id: z.uuid(), today: z.string() }) } },
      },
      async (request, reply) => {
        const change = requestContextOf(deps, request);
        const id = await proposeAmendment(deps.db, change, request.body);
        return reply.status(201).send({ id, today: vietnamDateOf(change.now) });
      },
    );

    for (const [path, approve] of [
      ['approve', true],
      ['reject', false],
    ] as const) {
      app.post(
        `/task-amendments/:id/${path}`,
        {
          config: DECIDE,
          schema: { tags: TAGS, params: amendmentParams, body: decisionIn, response: { 204: z.null() } },
        },
        async (request, reply) => {
          await decideTaskAmendment(deps.db, requestContextOf(deps, request), request.params.id, {
            approve,
            note: request.body.note,
            decisionNumber: request.body.decisionNumber,
          });
          return reply.status(204).send(null);
        },
      );
    }
  };
}
