import { buildSelfAssessmentReport, maximaOf, nameInSentence, vietnamDateOf } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import { renderDocx } from '../../../documents/index.js';
import { reportsRepository } from '../../reports/repository.js';
import type { AssessmentView } from '../presenter.js';

/** How each leaf's points came, for the table's last column. */
function noteOf(c: AssessmentView['criteria'][number]): string {
  if (!c.leaf || c.survey) return '';
  const parts = [
    c.self?.overrideReason ? `Điều chỉnh: ${c.self.overrideReason}` : c.self ? '' : (c.pre?.calculation ?? ''),
    c.self?.note ?? '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** The ward's self-assessment report (.docx, Decree 30) with its evidence list, from the page's view. */
export async function assessmentDocx(db: Db, tenantId: string, view: AssessmentView, now: Date) {
  const tenant = await reportsRepository(db).tenantInfo(tenantId);
  const ownMax = maximaOf({ criteria: view.criteria.map((c) => ({ ...c, row: 0, thresholds: [], parent: c.parent })) });
  const byCode = new Map(view.criteria.map((c) => [c.code, c]));
  const document = buildSelfAssessmentReport({
    kind: view.kind,
    year: view.year,
    issuer: { parent: 'ỦY BAN NHÂN DÂN', name: tenant.name.toLocaleUpperCase('vi') },
    committee: `Ủy ban nhân dân ${nameInSentence(tenant.name)}`,
    place: tenant.short_name,
    date: view.submittedAt ? vietnamDateOf(new Date(view.submittedAt)) : vietnamDateOf(now),
    setTitle: view.set.title,
    criteria: view.criteria.map((c) => ({
      label: c.label,
      title: c.title,
      level: c.level,
      maxPoints: c.maxPoints,
      points: c.survey ? null : c.leaf ? (c.self?.points ?? c.pre?.points ?? null) : c.points,
      survey: c.survey,
      note: noteOf(c),
    })),
    own: { points: view.totals.self, max: ownMax.own },
    surveyMax: ownMax.survey,
    lost: view.lost,
    evidence: view.criteria.flatMap((c) =>
      c.evidence.map((e) => ({
        criterion: byCode.get(e.code)?.label ?? e.code,
        title: e.title,
        kindName: e.kindName,
        reference: e.reference,
        unitName: e.unitName,
      })),
    ),
    recipients: [
      `UBND ${tenant.parent_name ?? 'thành phố'} (Sở Nội vụ)`,
      'Thường trực Đảng ủy, HĐND phường',
      'Chủ tịch, các Phó Chủ tịch UBND phường',
    ],
    archive: 'VT, VHXH',
    chairman: tenant.chairman,
  });
  return { name: `tu-danh-gia-${view.kind}-${view.year}.docx`, buffer: await renderDocx(document) };
}
