import { rolesFor } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { requestContextOf } from '../../http/request-context.js';
import { linkIn, recordParams, recordTasksOut, taskParams, taskRegistersOut } from './schemas.js';
import { linkRecord } from './use-cases/link-record.js';
import { readRecordTasks, readTaskRegisters } from './use-cases/read-registers.js';

const TAGS = ['tasks'];
const VIEW = { policy: { roles: rolesFor('tasks.view') } };
const EXECUTE = { policy: { roles: rolesFor('tasks.execute') } };

/** Register records (legal reviews and documents, self-inspections) as evidence of the plan tasks they serve. */
export function registerLinkRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/tasks/:id/registers',
      { config: VIEW, schema: { tags: TAGS, params: taskParams, response: { 200: taskRegistersOut } } },
      async (request) => readTaskRegisters(deps.db, authOf(request), deps.clock.now(), request.params.id),
    );

    app.post(
      '/tasks/:id/registers',
      {
        config: EXECUTE,
        schema: { tags: TAGS, params: taskParams, body: linkIn, response: { 201: taskRegistersOut } },
      },
      async (request, reply) => {
        const change = requestContextOf(deps, request);
        await linkRecord(deps.db, change, request.params.id, request.body);
        return reply.status(201).send(await readTaskRegisters(deps.db, change.auth, change.now, request.params.id));
      },
    );

    app.get(
      '/registers/:kind/:id/tasks',
      { config: VIEW, schema: { tags: TAGS, params: recordParams, response: { 200: recordTasksOut } } },
      async (request) =>
        readRecordTasks(deps.db, authOf(request), deps.clock.now(), request.params.kind, request.params.id),
    );
  };
}
