import { heldFields, type PersonFields } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { recordAudit } from '../audit/repository.js';

/**
 * Logs a staff read of a citizen's unmasked data (Decree 13): who read, which record (`dossier:<id>`,
 * `feedback:<id>`, `citizen` for an export) and which fields it held, never the values. The log is the audit
 * chain, so a read cannot be erased unseen.
 */
export async function logPersonalDataRead(
  db: Db,
  auth: { tenantId: string; userId: string | null },
  record: string,
  person: PersonFields,
  now: Date,
): Promise<void> {
  const fields = heldFields(person);
  if (fields.length === 0) return;
  await recordAudit(db, {
    tenantId: auth.tenantId,
    actorUserId: auth.userId,
    action: 'personal_data.read',
    entity: 'personal_data',
    entityId: record,
    after: { fields },
    at: now,
  });
}
