import { buildConclusionNotice, type OfficialDocument, vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../db/database.js';
import { AppError } from '../../errors.js';
import type { AuthContext } from '../../http/policy.js';
import type { Lang } from '../../i18n/messages.js';
import { orgRepository } from '../org/index.js';
import { inspectionMessage } from './messages.js';
import { inspectionDetail } from './use-cases/read-inspections.js';

/**
 * The committee's header lines, place name and name in sentences, from the tenant: `ỦY BAN NHÂN DÂN` /
 * `PHƯỜNG HẢI DƯƠNG`, `Hải Dương`, `phường Hải Dương`.
 */
export async function committeeOf(db: Db, tenantId: string) {
  const [tenant] = await orgRepository(db).listTenants({ all: false, tenantId });
  if (!tenant) throw new AppError('not_found');
  return {
    issuer: { parent: 'ỦY BAN NHÂN DÂN', name: tenant.name.toUpperCase() },
    place: tenant.short_name,
    wardName: `${tenant.name.charAt(0).toLowerCase()}${tenant.name.slice(1)}`,
  };
}

/**
 * The conclusion notice (thông báo kết luận kiểm tra) of a concluded inspection as a Decree 30 document, signed
 * for the committee by the signer recorded at the conclusion.
 */
export async function conclusionNotice(
  db: Db,
  auth: AuthContext,
  id: string,
  now: Date,
  lang: Lang,
): Promise<OfficialDocument> {
  const detail = await inspectionDetail(db, auth, id, now);
  if (detail.status !== 'concluded' || !detail.conclusion) {
    throw inspectionMessage.error('conflict', 'not_concluded', lang);
  }
  const { issuer, place } = await committeeOf(db, auth.tenantId);
  return buildConclusionNotice({
    issuer,
    place,
    numbering: { number: detail.noticeNumber, typeCode: 'TB', issuerCode: 'UBND' },
    issuedOn: detail.noticeDate ?? vietnamDateOf(now),
    plan: { title: detail.plan.title, reference: detail.plan.reference, year: detail.plan.year },
    unitName: detail.unit.name,
    inspectedFrom: detail.plannedFrom,
    inspectedTo: detail.plannedTo,
    scope: detail.plan.scope,
    team: detail.plan.team,
    selfAssessment: detail.selfAssessment,
    conclusion: detail.conclusion,
    findings: detail.findings,
    followUps: detail.followUps.map((f) => ({
      action: f.action,
      owner: f.ownerName ?? f.owner.name,
      dueDate: f.dueOn,
    })),
    signature: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: detail.signerName },
  });
}
