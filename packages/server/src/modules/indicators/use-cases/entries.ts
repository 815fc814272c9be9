import { ENTERED_INDICATOR_CODES } from '@cchc/domain';
import { z } from 'zod';
import type { Db } from '../../../db/database.js';
import type { AuthContext } from '../../../http/policy.js';
import { recordAudit } from '../../audit/index.js';
import { periodNamed } from '../load-input.js';
import { indicatorsRepository } from '../repository.js';

/** A figure the ward enters for an indicator cchc cannot compute, with the document that proves it. */
export const entryIn = z
  .object({
    period: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/),
    code: z.enum(ENTERED_INDICATOR_CODES),
    numerator: z.number().min(0),
    denominator: z.number().min(0),
    evidence: z.string().trim().min(3).max(1000),
  })
  .refine((e) => e.numerator <= e.denominator, { message: 'Tử số không được lớn hơn mẫu số', path: ['numerator'] });
export type EntryIn = z.infer<typeof entryIn>;

/** Saves (or replaces) an entered figure and records who entered it. */
export async function saveEntry(db: Db, auth: AuthContext, now: Date, input: EntryIn): Promise<void> {
  periodNamed(input.period);
  await db.transaction().execute(async (trx) => {
    await indicatorsRepository(trx).saveEntry({
      tenant_id: auth.tenantId,
      period: input.period,
      code: input.code,
      numerator: input.numerator,
      denominator: input.denominator,
      evidence: input.evidence,
      entered_by: auth.userId,
      entered_at: now,
    });
    await recordAudit(trx, {
      tenantId: auth.tenantId,
      actorUserId: auth.userId,
      action: 'indicator.enter',
      entity: 'indicator_entry',
      entityId: `${input.period}/${input.code}`,
      after: input,
      at: now,
    });
  });
}

/** The figures entered for a period, as stored. */
export async function listEntries(db: Db, tenantId: string, period: string) {
  const rows = await indicatorsRepository(db).entries(tenantId, [period]);
  return rows.map((r) => ({
    period: r.period,
    code: r.code,
    numerator: Number(r.numerator),
    denominator: Number(r.denominator),
    evidence: r.evidence,
    enteredAt: r.entered_at.toISOString(),
  }));
}
