import type { z } from 'zod';
import type { Db } from '../../../db/database.js';
import { AppError } from '../../../errors.js';
import type { AuthContext } from '../../../http/policy.js';
import { recordAudit } from '../../audit/index.js';
import { presentUnit } from '../presenter.js';
import { orgRepository } from '../repository.js';
import type { unitPatch } from '../schemas.js';

/** Renames a unit or edits its aliases (the plan importer resolves names through them). */
export async function updateUnit(
  db: Db,
  auth: AuthContext,
  unitId: string,
  patch: z.infer<typeof unitPatch>,
  now: Date,
) {
  return db.transaction().execute(async (trx) => {
    const repo = orgRepository(trx);
    const before = await repo.findUnit(auth.tenantId, unitId, { forUpdate: true });
    if (!before) throw new AppError('not_found');
    const after = await repo.updateUnit(auth.tenantId, unitId, {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.shortName !== undefined && { short_name: patch.shortName }),
      ...(patch.aliases !== undefined && { aliases: [...new Set(patch.aliases)] }),
      ...(patch.active !== undefined && { active: patch.active }),
    });
    await recordAudit(trx, {
      tenantId: auth.tenantId,
      actorUserId: auth.userId,
      action: 'update',
      entity: 'unit',
      entityId: unitId,
      before: presentUnit(before),
      after: presentUnit(after),
      at: now,
    });
    return presentUnit(after);
  });
}
