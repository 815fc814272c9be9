import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { langFrom } from '../../i18n/messages.js';
import { collapseIdentical } from './collapse.js';
import { notificationsRepository } from './repository.js';
import { listQuery, mailSettingsIn, mailSettingsOut, notificationsOut, readIn, unreadOut } from './schemas.js';
import { readMailSettings, saveMailSettings } from './use-cases/mail-settings.js';

const TAGS = ['notifications'];
// Everyone logged in has a bell; each user only ever reads and marks their own notifications.
const ANY = { policy: { roles: 'any' as const } };

/** The bell: a user's notifications, the unread count, marking them read. */
export function notificationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const repo = notificationsRepository(deps.db);
  return async (app) => {
    app.get(
      '/notifications/settings',
      { config: ANY, schema: { tags: TAGS, response: { 200: mailSettingsOut } } },
      async (request) => readMailSettings(deps.db, authOf(request)),
    );

    app.put(
      '/notifications/settings',
      { config: ANY, schema: { tags: TAGS, body: mailSettingsIn, response: { 200: mailSettingsOut } } },
      async (request) =>
        saveMailSettings(deps.db, authOf(request), request.body, {
          now: deps.clock.now(),
          lang: langFrom(request.headers['accept-language']),
        }),
    );

    app.get(
      '/notifications',
      { config: ANY, schema: { tags: TAGS, querystring: listQuery, response: { 200: notificationsOut } } },
      async (request) => {
        const { tenantId, userId } = authOf(request);
        const [rows, unread] = await Promise.all([
          // Enough rows for `limit` items once identical ones are folded together.
          repo.list(tenantId, userId, request.query.limit * 5),
          repo.unreadCount(tenantId, userId),
        ]);
        const { items, unreadable } = collapseIdentical(rows);
        if (unreadable.length > 0)
          request.log.warn({ notifications: unreadable }, 'notifications whose data does not fit their kind left out');
        return { unread, items: items.slice(0, request.query.limit) };
      },
    );

    app.get(
      '/notifications/unread',
      { config: ANY, schema: { tags: TAGS, response: { 200: unreadOut } } },
      async (request) => {
        const { tenantId, userId } = authOf(request);
        return { unread: await repo.unreadCount(tenantId, userId) };
      },
    );

    app.post(
      '/notifications/read',
      { config: ANY, schema: { tags: TAGS, body: readIn, response: { 200: unreadOut } } },
      async (request) => {
        const { tenantId, userId } = authOf(request);
        const ids = 'all' in request.body ? 'all' : request.body.ids;
        await repo.markRead(tenantId, userId, ids, deps.clock.now());
        return { unread: await repo.unreadCount(tenantId, userId) };
      },
    );
  };
}
