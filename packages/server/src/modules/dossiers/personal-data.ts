import { maskAddress, maskEmail, maskIdNumber, maskPhone, rolesFor } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { hasRole } from '../../http/policy.js';
import { recordAudit } from '../audit/index.js';
import type { DossierRequest } from './use-cases/change-dossier.js';

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
export async function applicantFor(db: Db, request: DossierRequest, dossierId: string, applicant: ApplicantOut) {
  if (!hasRole(request.auth, ...rolesFor('dossiers.view_contacts'))) {
    return {
      ...applicant,
      phone: maskPhone(applicant.phone),
      email: maskEmail(applicant.email),
      address: maskAddress(applicant.address),
      idNumber: maskIdNumber(applicant.idNumber),
    };
  }
  await recordAudit(db, {
    tenantId: request.auth.tenantId,
    actorUserId: request.auth.userId,
    action: 'personal_data.read',
    entity: 'personal_data',
    entityId: `dossier:${dossierId}`,
    after: {
      fields: ['name', 'phone', 'email', 'address', 'idNumber'].filter((f) => applicant[f as keyof ApplicantOut]),
    },
    at: request.now,
  });
  return applicant;
}
