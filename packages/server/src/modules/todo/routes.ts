import { vietnamDateOf } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { langFrom } from '../../i18n/messages.js';
import { collectTodo } from './collect.js';
import { todoOut } from './schemas.js';

/** "Việc cần làm": everyone signed in has a list; each reads only their own. */
export function todoRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/todo',
      {
        config: { policy: { roles: 'any' } },
        schema: {
          tags: ['todo'],
          summary: 'What the signed-in person must do now, with deadlines and links',
          response: { 200: todoOut },
        },
      },
      async (request) => {
        const now = deps.clock.now();
        const lang = langFrom(request.headers['accept-language']);
        return { today: vietnamDateOf(now), items: await collectTodo(deps.db, authOf(request), now, lang) };
      },
    );
  };
}
