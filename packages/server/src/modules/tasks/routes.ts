import { rolesFor } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendCachedBody } from '../../http/cached-body.js';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { presentedJson } from '../../http/presented-json.js';
import { requestContextOf } from '../../http/request-context.js';
import { amendmentRoutes } from './amendments/routes.js';
import { executionRoutes } from './execution-routes.js';
import { taskListCache } from './list-cache.js';
import { registerTaskRecomputer } from './recompute.js';
import { tasksRepository } from './repository.js';
import {
  assignedTaskIn,
  auditOut,
  auditQuery,
  idParams,
  settingsIn,
  settingsOut,
  taskDetailOut,
  taskListOut,
  taskListQuery,
  unitsOut,
} from './schemas.js';
import { loadTaskSettings } from './task-view.js';
import { createAssignedTask } from './use-cases/create-assigned-task.js';
import { exportTasksXlsx } from './use-cases/export-tasks.js';
import { listTasks, readTask } from './use-cases/read-tasks.js';
import { readTaskAudit, updateTaskSettings } from './use-cases/task-settings.js';

const TAGS = ['tasks'];
const VIEW = { policy: { roles: rolesFor('tasks.view') } };

/** Task follow-up: lists, a task's page, assigned tasks, settings, audit trail, export; writes in execution-routes. */
export function taskRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  registerTaskRecomputer();
  return async (app) => {
    await app.register(executionRoutes(deps));
    await app.register(amendmentRoutes(deps));

    const taskList = taskListCache(deps);
    app.get(
      '/tasks',
      {
        config: VIEW,
        schema: { tags: TAGS, querystring: taskListQuery, response: { 200: taskListOut } },
        ...presentedJson,
      },
      async (request, reply) => {
        const auth = authOf(request);
        const now = deps.clock.now();
        const body = await taskList(auth, now, request.query, request.readsOwnWrites);
        // Built by a presenter typed on taskListOut (http/presented-json.ts): sent as is.
        return body ? sendCachedBody(request, reply, body) : listTasks(deps.db, auth, now, request.query);
      },
    );

    app.get(
      '/tasks/:id',
      { config: VIEW, schema: { tags: TAGS, params: idParams, response: { 200: taskDetailOut } } },
      async (request) => readTask(deps.db, authOf(request), deps.clock.now(), request.params.id),
    );

    app.post(
      '/tasks',
      {
        config: { policy: { roles: rolesFor('tasks.assign') } },
        schema: { tags: TAGS, body: assignedTaskIn, response: { 201: taskDetailOut } },
      },
      async (request, reply) => {
        const change = requestContextOf(deps, request);
        const id = await createAssignedTask(deps.db, change, request.body);
        return reply.status(201).send(await readTask(deps.db, change.auth, change.now, id));
      },
    );

    app.get('/tasks/units', { config: VIEW, schema: { tags: TAGS, response: { 200: unitsOut } } }, async (request) =>
      (await tasksRepository(deps.db).units(authOf(request).tenantId)).map((u) => ({
        id: u.id,
        code: u.code,
        name: u.name,
        shortName: u.short_name,
      })),
    );

    app.get(
      '/tasks/settings',
      { config: VIEW, schema: { tags: TAGS, response: { 200: settingsOut } } },
      async (request) => loadTaskSettings(deps.db, authOf(request).tenantId),
    );

    app.put(
      '/tasks/settings',
      {
        config: { policy: { roles: rolesFor('tasks.settings') } },
        schema: { tags: TAGS, body: settingsIn, response: { 200: settingsOut } },
      },
      async (request) => updateTaskSettings(deps.db, requestContextOf(deps, request), request.body),
    );

    app.get(
      '/tasks/audit',
      {
        config: { policy: { roles: rolesFor('audit.read') } },
        schema: { tags: TAGS, querystring: auditQuery, response: { 200: auditOut } },
      },
      async (request) => readTaskAudit(deps.db, authOf(request).tenantId, request.query.taskId, request.query.limit),
    );

    app.get(
      '/tasks/export.xlsx',
      {
        config: { policy: { roles: rolesFor('tasks.export') } },
        schema: { tags: TAGS, querystring: taskListQuery },
      },
      async (request, reply) => {
        const base = `${request.protocol}://${request.host}`;
        const file = await exportTasksXlsx(deps.db, authOf(request), deps.clock.now(), request.query, base);
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${file.name}"`)
          .send(file.buffer);
      },
    );
  };
}
