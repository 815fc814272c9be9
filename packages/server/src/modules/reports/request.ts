import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { langFrom } from '../../i18n/messages.js';
import type { ReportChange } from './use-cases/change-unit-report.js';

/** Who acts, when and in which language: what a route hands its use case. */
export const reportChangeOf = (deps: AppDeps, request: FastifyRequest): ReportChange => ({
  auth: authOf(request),
  now: deps.clock.now(),
  lang: langFrom(request.headers['accept-language']),
});
