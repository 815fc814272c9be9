import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { rolesFor } from '@cchc/domain';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { AppDeps } from '../../http/deps.js';
import { authOf } from '../../http/policy.js';
import { langFrom } from '../../i18n/messages.js';
import { importFilePath } from './import/import-payload.js';
import type { ImportRow } from './import/repository.js';
import { importRepository } from './import/repository.js';
import { startImport } from './import/start-import.js';
import { dossierMessage } from './messages.js';
import { idParams } from './schemas.js';

const TAGS = ['dossiers'];
const IMPORT = { policy: { roles: rolesFor('dossiers.import') } };
/** A city-wide year of a ward's dossiers in .xlsx stays well below this. */
export const IMPORT_MAX_BYTES = 100 * 1024 * 1024;

const importOut = z.object({
  id: z.string(),
  fileName: z.string(),
  status: z.enum(['pending', 'running', 'done', 'failed']),
  totalRows: z.number(),
  processedRows: z.number(),
  created: z.number(),
  updated: z.number(),
  rejectedCount: z.number(),
  rejected: z.array(z.object({ row: z.number(), code: z.string().nullable(), reason: z.string() })),
  newProcedures: z.array(z.string()),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

/** The JSON of an import, with its progress and its report. */
export const presentImport = (row: ImportRow): z.infer<typeof importOut> => ({
  id: row.id,
  fileName: row.file_name,
  status: row.status,
  totalRows: row.total_rows,
  processedRows: row.processed_rows,
  created: row.created_count,
  updated: row.updated_count,
  rejectedCount: Math.max(0, row.processed_rows - row.created_count - row.updated_count),
  rejected: row.rejected,
  newProcedures: row.new_procedures,
  error: row.error,
  createdAt: row.created_at.toISOString(),
  finishedAt: row.finished_at?.toISOString() ?? null,
});

/** Imports from the city's one-stop system: upload, progress, report. */
export function dossierImportRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    if (!app.hasContentTypeParser('multipart/form-data')) {
      await app.register(multipart, { limits: { files: 1, fileSize: IMPORT_MAX_BYTES, fields: 2, parts: 3 } });
    }

    app.post(
      '/dossiers/imports',
      {
        config: IMPORT,
        schema: { tags: TAGS, consumes: ['multipart/form-data'], response: { 202: z.object({ id: z.string() }) } },
      },
      async (request, reply) => {
        const auth = authOf(request);
        const lang = langFrom(request.headers['accept-language']);
        const part = request.isMultipart() ? await request.file({ limits: { fileSize: IMPORT_MAX_BYTES } }) : undefined;
        if (!part) throw dossierMessage.error('validation_failed', 'no_import_file', lang, {}, 'file');
        const fileName = part.filename;
        if (!/\.(csv|xlsx)$/i.test(fileName))
          throw dossierMessage.error('validation_failed', 'import_file_type', lang, {}, 'file');
        const id = randomUUID();
        // Streamed to the data folder, never held whole in memory: the job reads it from there, after a restart too.
        const file = importFilePath(deps.config.dataDir, auth.tenantId, id, fileName);
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        await pipeline(part.file, fs.createWriteStream(file));
        if (part.file.truncated) {
          await fs.promises.rm(file, { force: true });
          throw new AppError('payload_too_large');
        }
        const importRequest = {
          db: deps.db,
          tenantId: auth.tenantId,
          userId: auth.userId,
          fileName,
          now: deps.clock.now(),
        };
        await startImport(deps, importRequest, id, file);
        return reply.status(202).send({ id });
      },
    );

    app.get(
      '/dossiers/imports',
      { config: IMPORT, schema: { tags: TAGS, response: { 200: z.array(importOut) } } },
      async (request) => (await importRepository(deps.db).list(authOf(request).tenantId)).map(presentImport),
    );

    app.get(
      '/dossiers/imports/:id',
      { config: IMPORT, schema: { tags: TAGS, params: idParams, response: { 200: importOut } } },
      async (request) => {
        const row = await importRepository(deps.db).find(authOf(request).tenantId, request.params.id);
        if (!row) throw new AppError('not_found');
        return presentImport(row);
      },
    );
  };
}
