import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Logger } from '../logger.js';

/** The built web UI: `packages/web/dist`, two levels above `src/http` and `dist/http` of the server. */
export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/** Serves the single-page app's files at `/`; returns false when the UI has not been built. */
export async function serveWeb(app: FastifyInstance, log: Logger): Promise<boolean> {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    log.warn({ WEB_DIST }, 'giao diện web chưa được build (web UI not built): chạy npm run build');
    return false;
  }
  await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false });
  return true;
}
