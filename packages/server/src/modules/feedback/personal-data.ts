import { maskPerson } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import type { AuthContext } from '../../http/policy.js';
import { logPersonalDataRead } from '../personal-data/read-log.js';
import { needsSubmitter } from './policy.js';
import type { FeedbackOut } from './schemas.js';

type Submitter = FeedbackOut['submitter'];
type Scoped = Parameters<typeof needsSubmitter>[1];

/**
 * The submitter in a list (Decree 13): contacts are always masked (a list never needs them), the name shown to
 * those who need it ({@link needsSubmitter}) and masked for everyone else. Nothing unmasked, so nothing logged.
 */
export const submitterInList = (auth: AuthContext, row: Scoped, submitter: Submitter): Submitter =>
  maskPerson(submitter, { keepName: needsSubmitter(auth, row) });

/** The submitter on the feedback's own page: in full for those who need it, the read logged; else masked. */
export async function submitterInDetail(
  db: Db,
  auth: AuthContext,
  row: Scoped & { id: string },
  submitter: Submitter,
  now: Date,
): Promise<Submitter> {
  if (!needsSubmitter(auth, row)) return maskPerson(submitter);
  await logPersonalDataRead(db, auth, `feedback:${row.id}`, submitter, now);
  return submitter;
}
