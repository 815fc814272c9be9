import { rolesFor } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { langFrom } from '../../i18n/messages.js';
import { cityTaskCreated, cityTasksOut } from './schemas.js';
import { cityTaskIn, createCityTask, listCityTasks } from './use-cases/city-tasks.js';

const TAGS = ['city'];

/** Tasks the city assigns to one ward, a block or all wards (target b), and their progress ward by ward. */
export function cityTaskRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/city/tasks',
      {
        config: { policy: { roles: rolesFor('city.view'), tenant: 'city' } },
        schema: { tags: TAGS, response: { 200: cityTasksOut } },
      },
      async (request) => listCityTasks(deps.db, authOf(request).tenantId),
    );

    app.post(
      '/city/tasks',
      {
        config: { policy: { roles: rolesFor('city.manage'), tenant: 'city' } },
        schema: { tags: TAGS, body: cityTaskIn, response: { 201: cityTaskCreated } },
      },
      async (request, reply) => {
        const result = await createCityTask(
          deps.db,
          authOf(request),
          request.body,
          deps.clock.now(),
          langFrom(request.headers['accept-language']),
        );
        return reply.status(201).send(result);
      },
    );
  };
}
