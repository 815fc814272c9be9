import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.js';
import { postgresRateLimitStore } from './pg-store.js';

/**
 * Registers @fastify/rate-limit for one module's routes (`global: false`: only routes that name a `rateLimit`
 * are limited), counting in the database when several app servers share it (config `rateLimitStore`).
 */
export async function registerRateLimit(app: FastifyInstance, deps: Pick<AppDeps, 'db' | 'config'>) {
  const store = deps.config.rateLimitStore === 'database' ? postgresRateLimitStore(deps.db) : undefined;
  await app.register(rateLimit, { global: false, ...(store ? { store } : {}) });
}
