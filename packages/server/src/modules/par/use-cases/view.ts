import type { IndexKind } from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { Lang } from '../../../i18n/messages.js';
import { presentAssessment, presentEvidence } from '../presenter.js';
import { parRepository } from '../repository.js';
import { loadContext } from './context.js';
import { standings } from './standings.js';

/** What the viewer may do on the page; the server refuses the same. */
export interface ViewRights {
  edit: boolean;
  submit: boolean;
  answer: boolean;
  appraise: boolean;
}

/** A ward's assessment as its page (and the city's appraisal page) shows it, with its rank among the block's wards. */
export async function assessmentView(
  db: Db,
  ward: { id: string; code: string; name: string },
  kind: IndexKind,
  year: number,
  now: Date,
  lang: Lang,
  rights: ViewRights,
) {
  const ctx = await loadContext(db, ward.id, kind, year, now, lang);
  const evidence = ctx.assessment
    ? presentEvidence(await parRepository(db).evidence(ward.id, ctx.assessment.id), year)
    : [];
  const draft = presentAssessment(ctx, evidence, ward, null, 0, rights);
  const table = await standings(db, ctx.cityId, kind, year, { tenantId: ward.id, projected: draft.projected.score });
  const own = table.find((r) => r.code === ward.code) ?? null;
  const of = own ? table.filter((r) => r.block === own.block && r.projected !== null).length : 0;
  const can = {
    edit: rights.edit && ctx.status === 'draft',
    submit: rights.submit && ctx.status === 'draft',
    answer: rights.answer && ctx.status === 'appraised' && !ctx.assessment?.answer,
    appraise: rights.appraise && (ctx.status === 'submitted' || ctx.status === 'appraised'),
  };
  return { view: presentAssessment(ctx, evidence, ward, own, of, can), ctx };
}
