import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database.js';
import type { Logger } from '../../../logger.js';
import { recordAudit } from '../../audit/repository.js';
import { republishChangedMonths } from '../../indicators/use-cases/public-results.js';
import { importRepository } from './repository.js';
import { type ImportProgress, runDossierImport } from './run-import.js';
import { readTableFile } from './table-file.js';

/** Who imports what, and when. */
export interface ImportRequest {
  db: Db;
  tenantId: string;
  userId: string | null;
  fileName: string;
  bytes: Buffer;
  now: Date;
}

const progressColumns = (p: ImportProgress) => ({
  total_rows: p.total,
  processed_rows: p.processed,
  created_count: p.created,
  updated_count: p.updated,
  rejected: JSON.stringify(p.rejected),
  new_procedures: p.newProcedures,
});

/**
 * Reads the file and runs the import, moving its row from pending to running to done (or failed with the reason),
 * with the progress stored after each batch so the page can show it.
 */
export async function executeImport(
  request: ImportRequest,
  importId: string,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportProgress> {
  const repo = importRepository(request.db);
  const { tenantId } = request;
  try {
    await repo.update(tenantId, importId, { status: 'running' });
    const [sheet] = await readTableFile(request.fileName, request.bytes);
    const progress = await runDossierImport(
      {
        db: request.db,
        tenantId,
        importId,
        now: request.now,
        onProgress: async (p) => {
          onProgress?.(p);
          await repo.update(tenantId, importId, progressColumns(p));
        },
      },
      sheet?.rows ?? [],
    );
    await repo.update(tenantId, importId, { ...progressColumns(progress), status: 'done', finished_at: new Date() });
    await recordAudit(request.db, {
      tenantId,
      actorUserId: request.userId,
      action: 'dossier.import',
      entity: 'dossier_import',
      entityId: importId,
      after: { file: request.fileName, created: progress.created, updated: progress.updated },
      at: request.now,
    });
    // A published month is frozen: figures the import changed become a new dated revision (DOMAIN §4).
    await republishChangedMonths(request.db, tenantId, request.now);
    return progress;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await repo.update(tenantId, importId, { status: 'failed', error: message, finished_at: new Date() });
    throw e;
  }
}

/** Creates the import's row (pending) and returns its id. */
export async function createImport(request: ImportRequest): Promise<string> {
  const id = randomUUID();
  await importRepository(request.db).create({
    tenant_id: request.tenantId,
    id,
    file_name: request.fileName,
    status: 'pending',
    rejected: '[]',
    created_by: request.userId,
    created_at: request.now,
  });
  return id;
}

/**
 * Starts an import in the background and returns its id at once: a year of a ward's dossiers takes a while, and the
 * page polls the row for progress. A failure is kept on the row, never thrown at the caller.
 */
export async function startImport(request: ImportRequest, log: Pick<Logger, 'error'>): Promise<string> {
  const id = await createImport(request);
  setImmediate(() => {
    executeImport(request, id).catch((err: unknown) => log.error({ err, importId: id }, 'nhập hồ sơ thất bại'));
  });
  return id;
}
