import { maskPerson, rolesFor } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { hasRole } from '../../http/policy.js';
import type { RequestContext } from '../../http/request-context.js';
import { logPersonalDataRead } from '../personal-data/index.js';

/** The applicant as the dossier page shows it. */
export interface ApplicantOut {
  name: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  idNumber: string | null;
}

/**
 * The applicant for this reader (Decree 13): whoever takes in or processes dossiers sees the contacts, and the read
 * is logged in the audit chain; other readers (the chairman's overview, the Fatherland Front) see them masked.
 */
export async function applicantFor(db: Db, request: RequestContext, dossierId: string, applicant: ApplicantOut) {
  if (!hasRole(request.auth, ...rolesFor('dossiers.view_contacts'))) return maskPerson(applicant, { keepName: true });
  await logPersonalDataRead(db, request.auth, `dossier:${dossierId}`, applicant, request.now);
  return applicant;
}
