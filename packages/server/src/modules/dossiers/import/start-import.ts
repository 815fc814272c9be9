import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import type { Db } from '../../../db/database.js';
import type { AppDeps } from '../../../http/deps.js';
import { readTableFile } from '../../../uploads/table-file.js';
import { recordAudit } from '../../audit/index.js';
import { republishChangedMonths } from '../../indicators/index.js';
import { DOSSIER_IMPORT_JOB, type DossierImportPayload } from './import-payload.js';
import { importRepository } from './repository.js';
import { type ImportProgress, runDossierImport } from './run-import.js';

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
    // A published month is frozen: figures the import changed become a new dated revision (docs/DOMAIN.md §4).
    await republishChangedMonths(request.db, tenantId, request.now);
    return progress;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await repo.update(tenantId, importId, { status: 'failed', error: message, finished_at: new Date() });
    throw e;
  }
}

/** Creates the import's row (pending) and returns its id. */
export async function createImport(request: Omit<ImportRequest, 'bytes'>, id: string = randomUUID()): Promise<string> {
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
 * page polls the row for progress. With a job queue the stored file is imported by a pg-boss job (surviving a
 * restart); without one (tests, a server started with jobs off) in this process. A failure is kept on the row.
 */
export async function startImport(
  deps: Pick<AppDeps, 'jobs' | 'log'>,
  request: Omit<ImportRequest, 'bytes'>,
  id: string,
  file: string,
): Promise<void> {
  await createImport(request, id);
  const job: DossierImportPayload = {
    tenantId: request.tenantId,
    importId: id,
    userId: request.userId,
    fileName: request.fileName,
    now: request.now.toISOString(),
  };
  if (deps.jobs) {
    await deps.jobs.send(DOSSIER_IMPORT_JOB, job);
    return;
  }
  setImmediate(() => {
    fs.readFile(file)
      .then((bytes) => executeImport({ ...request, bytes }, id))
      .catch((err: unknown) => deps.log.error({ err, importId: id }, 'nhập hồ sơ thất bại'))
      .finally(() => fs.rm(file, { force: true }));
  });
}
