import {
  DOSSIER_STATUS_LABELS_VI,
  type DossierRecord,
  type IndicatorCode,
  indicatorMembers,
  isDossierStatus,
} from '@cchc/domain';
import type { Db } from '../../../db/database.js';
import type { Lang } from '../../../i18n/messages.js';
import { loadIndicatorConfig } from '../config.js';
import { loadIndicatorInput } from '../load-input.js';
import { indicatorMessage } from '../messages.js';

/** Which list is asked for: the numerator, the denominator, or those counted below the line but not above it. */
export type MemberPart = 'numerator' | 'denominator' | 'excluded';

function dossierItem(record: DossierRecord | undefined, code: string, inNumerator: boolean) {
  const status = record?.status;
  return {
    code,
    procedureCode: record?.procedureCode ?? null,
    status: status ?? null,
    statusName: status !== undefined && isDossierStatus(status) ? DOSSIER_STATUS_LABELS_VI[status] : null,
    receivedAt: record?.receivedAt?.toISOString() ?? null,
    dueAt: record?.dueAt?.toISOString() ?? null,
    inNumerator,
  };
}

/**
 * The dossiers (or procedures) behind one indicator of a period, counted exactly as the figure counts them: "which 8
 * were late?" is `part=excluded` of 2.1. 400 for an indicator that is entered or comes from the feedback module.
 */
export async function indicatorDossiers(
  db: Db,
  tenantId: string,
  query: { period: string; code: IndicatorCode; part: MemberPart; unitId?: string; now: Date; lang: Lang },
) {
  const [input, { config }] = await Promise.all([
    loadIndicatorInput(db, tenantId, query.period, query.unitId),
    loadIndicatorConfig(db, tenantId),
  ]);
  const members = indicatorMembers({ ...input, now: query.now }, query.code, config);
  if (members === null) {
    throw indicatorMessage.error('validation_failed', 'not_from_dossiers', query.lang, { code: query.code }, 'code');
  }
  const above = new Set(members.numerator);
  const codes =
    query.part === 'numerator'
      ? members.numerator
      : query.part === 'denominator'
        ? members.denominator
        : members.denominator.filter((code) => !above.has(code));
  const records = new Map(input.dossiers.map((record) => [record.code, record]));
  const items =
    members.kind === 'dossier'
      ? codes.map((code) => dossierItem(records.get(code), code, above.has(code)))
      : codes.map((code) => ({ code, inNumerator: above.has(code) }));
  return {
    period: query.period,
    code: query.code,
    kind: members.kind,
    part: query.part,
    numerator: members.numerator.length,
    denominator: members.denominator.length,
    count: items.length,
    items,
    ...(members.late ? { late: members.late, complained: members.complained ?? [] } : {}),
  };
}
