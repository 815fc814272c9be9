import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCitizenPath } from '@cchc/domain';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Logger } from '../logger.js';

/** The built web UI: `packages/web/dist`, two levels above `src/http` and `dist/http` of the server. */
export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/** Serves the single-page app's files at `/`; returns false when the UI has not been built. */
export async function serveWeb(app: FastifyInstance, log: Logger): Promise<boolean> {
  if (!['index.html', 'citizen.html'].every((page) => fs.existsSync(path.join(WEB_DIST, page)))) {
    log.warn({ WEB_DIST }, 'giao diện web chưa được build (web UI not built): chạy npm run build');
    return false;
  }
  await app.register(fastifyStatic, {
    root: WEB_DIST,
    wildcard: false,
    // The build writes .br and .gz beside each asset (vite.config.ts); sent as they are to browsers that accept them.
    preCompressed: true,
    cacheControl: false, // ours below, per file
    setHeaders: (res, file) => {
      // Files under assets/ carry a content hash in their name: a new build gives new names, so they never change.
      const hashed = file.startsWith(path.join(WEB_DIST, 'assets') + path.sep);
      res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}

/**
 * The HTML a page of the single-page apps starts from: the citizens' pages are their own small app (no Ant Design,
 * no officers' code), every other path the officers' app.
 */
export const pageFor = (url: string): string => (isCitizenPath(url) ? 'citizen.html' : 'index.html');
