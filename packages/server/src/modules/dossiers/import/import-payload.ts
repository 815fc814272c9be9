// The import job's name, payload and file place: what the upload route and the job share, apart from the job's
// handler so that starting an import never imports the code that runs it.
import path from 'node:path';
import { z } from 'zod';

export const DOSSIER_IMPORT_JOB = 'dossier-import';
export const DOSSIER_IMPORT_FAILED = 'dossier-import-failed';

export const payload = z.object({
  tenantId: z.uuid(),
  importId: z.uuid(),
  userId: z.uuid().nullable(),
  fileName: z.string(),
  now: z.iso.datetime(),
});
export type DossierImportPayload = z.infer<typeof payload>;

/** Where an uploaded import waits for its job: in the data folder, so a restarted server still finds it. */
export function importFilePath(dataDir: string, tenantId: string, importId: string, fileName: string): string {
  const extension = path.extname(fileName).toLowerCase() === '.xlsx' ? '.xlsx' : '.csv';
  return path.join(dataDir, 'imports', tenantId, `${importId}${extension}`);
}
