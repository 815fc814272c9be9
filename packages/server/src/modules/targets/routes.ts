import { rolesFor, vietnamDateOf } from '@cchc/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.js';
import type { AppDeps } from '../../http/deps.js';
import { authOf, hasRole } from '../../http/policy.js';
import { requestContextOf } from '../../http/request-context.js';
import { loadTaskScope } from '../tasks/index.js';
import { presentTarget } from './presenter.js';
import { codeParams, dashboardOut, entryIn, targetsOut } from './schemas.js';
import { enterTargetValue } from './use-cases/enter-target-value.js';
import { evaluateTargets } from './use-cases/evaluate-targets.js';
import { readDashboard } from './use-cases/read-dashboard.js';

const TAGS = ['targets'];
const VIEW = { policy: { roles: rolesFor('dashboard.view') } };

/** Targets (chỉ tiêu) with their values and statuses, entered values, and the leadership dashboard. */
export function targetRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/targets', { config: VIEW, schema: { tags: TAGS, response: { 200: targetsOut } } }, async (request) => {
      const auth = authOf(request);
      const now = deps.clock.now();
      const scope = await loadTaskScope(deps.db, auth.tenantId, now);
      const canEnter = hasRole(auth, ...rolesFor('targets.enter'));
      if (!scope) return { plan: null, today: vietnamDateOf(now), previousPeriod: null, canEnter, targets: [] };
      const result = await evaluateTargets(deps.db, scope);
      return {
        plan: { id: scope.plan.id, year: scope.plan.year },
        today: scope.today,
        previousPeriod: result.previousPeriod,
        canEnter,
        targets: result.targets.map(presentTarget),
      };
    });

    app.post(
      '/targets/:code/entries',
      {
        config: { policy: { roles: rolesFor('targets.enter') } },
        schema: { tags: TAGS, params: codeParams, body: entryIn, response: { 201: targetsOut.shape.targets.element } },
      },
      async (request, reply) => {
        const change = requestContextOf(deps, request);
        await enterTargetValue(deps.db, change, request.params.code, request.body);
        const scope = await loadTaskScope(deps.db, change.auth.tenantId, change.now);
        const target =
          scope && (await evaluateTargets(deps.db, scope)).targets.find((t) => t.code === request.params.code);
        if (!target) throw new AppError('not_found'); // unreachable: the entry was just written for this target
        return reply.status(201).send(presentTarget(target));
      },
    );

    app.get(
      '/dashboard',
      { config: VIEW, schema: { tags: TAGS, response: { 200: dashboardOut } } },
      async (request) => {
        return readDashboard(deps.db, authOf(request), deps.clock.now());
      },
    );
  };
}
