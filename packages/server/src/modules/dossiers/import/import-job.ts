import fs from 'node:fs/promises';
import { dbErrorCode } from '../../../http/db-errors.js';
import { defineJob } from '../../../jobs/job.js';
import { DOSSIER_IMPORT_FAILED, DOSSIER_IMPORT_JOB, importFilePath, payload } from './import-payload.js';
import { importRepository } from './repository.js';
import { executeImport } from './start-import.js';

/**
 * Runs an uploaded import. Imports are idempotent on MaHoSo, so a job whose process died (expired by pg-boss) is
 * simply run again from the stored file. A bad file fails the row at once; only a database that went away makes
 * pg-boss retry. Once the retries are spent the dead-letter job below fails the row: never `running` forever.
 */
export const dossierImportJob = defineJob({
  name: DOSSIER_IMPORT_JOB,
  payload,
  retryLimit: 2,
  expireInSeconds: 20 * 60,
  deadLetter: DOSSIER_IMPORT_FAILED,
  handler: async (p, deps) => {
    const file = importFilePath(deps.config.dataDir, p.tenantId, p.importId, p.fileName);
    const request = { db: deps.db, tenantId: p.tenantId, userId: p.userId, fileName: p.fileName, now: new Date(p.now) };
    try {
      await executeImport({ ...request, bytes: await fs.readFile(file) }, p.importId);
    } catch (e) {
      if (dbErrorCode(e) === 'unavailable') throw e;
      deps.log.warn({ err: e, importId: p.importId }, 'nhập hồ sơ thất bại (dossier import failed)');
    }
    await fs.rm(file, { force: true });
  },
});

/** Records the failure of an import whose job ran out of retries (its process kept dying, or the database). */
export const dossierImportFailedJob = defineJob({
  name: DOSSIER_IMPORT_FAILED,
  payload,
  handler: async (p, deps) => {
    await importRepository(deps.db).update(p.tenantId, p.importId, {
      status: 'failed',
      error: 'Việc nhập bị gián đoạn nhiều lần (máy chủ hoặc cơ sở dữ liệu dừng): hãy tải tệp lên lại.',
      finished_at: new Date(),
    });
    await fs.rm(importFilePath(deps.config.dataDir, p.tenantId, p.importId, p.fileName), { force: true });
  },
});
