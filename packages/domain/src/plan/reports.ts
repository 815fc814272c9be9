// The reporting regime of section IV.1.c: "báo cáo Quý, báo cáo 6 tháng gửi trước ngày 09 tháng cuối của quý,
// báo cáo năm gửi trước ngày 09/12". "Before the 9th" makes the 8th the last allowed day (docs/DOMAIN.md §1).

import { isoOfCivil } from '../calendar/dates.js';
import type { IsoDate } from '../clock.js';
import { type ParseContext, warnUnknownUnits } from './context.js';
import { addDaysIso, isRealDate } from './dates.js';
import type { ReportDue, ReportPeriod, UnitRef } from './types.js';
import { resolveUnitNames } from './units.js';

/** A paragraph of the general responsibilities, with its code (`IV.1.c`) and line. */
export interface CodedText {
  code: string;
  text: string;
  line: number;
}

const QUARTER_RULE = /trước ngày\s+(\d{1,2})\s+(?:của\s+)?(?:tháng cuối|tháng thứ ba)\s+(?:của\s+)?(?:mỗi\s+)?quý/iu;
// "báo cáo năm gửi trước ngày 09/12", or in a list of periods: "…, năm (trước ngày 15/11)".
const ANNUAL_RULE = /(?:báo cáo\s+)?năm\b[^;()\d]{0,60}?[(:,]?\s*(?:gửi\s+)?trước ngày\s+(\d{1,2})\/(\d{1,2})/iu;
const RECIPIENT = /\)?\s*về\s+(.{1,200}?)\s+để\s+tổng hợp/iu;

function dayBefore(year: number, month: number, day: number): IsoDate | null {
  return isRealDate(year, month, day) ? addDaysIso(isoOfCivil(year, month, day), -1) : null;
}

/** Quarterly rule: which periods it names ("báo cáo Quý", "báo cáo 6 tháng") and their last months. */
function quarterPeriods(clause: string): [ReportPeriod, number][] {
  const quarterly = /quý/iu.test(clause);
  const halfYear = /6\s+tháng/u.test(clause);
  if (quarterly) return [['Q1', 3], halfYear ? ['H1', 6] : ['Q2', 6], ['Q3', 9]];
  return halfYear ? [['H1', 6]] : [];
}

function reportsIn(item: CodedText, year: number): ReportDue[] {
  const reports: ReportDue[] = [];
  const quarter = QUARTER_RULE.exec(item.text);
  if (quarter) {
    // The periods named just before the rule: "báo cáo Quý, báo cáo 6 tháng gửi" or "định kỳ: quý, 6 tháng (".
    const pieces = item.text.slice(0, quarter.index).split(/[(;.]/);
    const clause = pieces.filter((piece) => piece.trim() !== '').pop() ?? '';
    for (const [period, month] of quarterPeriods(clause)) {
      const due = dayBefore(year, month, Number(quarter[1]));
      if (due) reports.push({ period, due, source: item.code });
    }
  }
  const annual = ANNUAL_RULE.exec(item.text);
  const yearDue = annual ? dayBefore(year, Number(annual[2]), Number(annual[1])) : null;
  if (yearDue) reports.push({ period: 'Y', due: yearDue, source: item.code });
  return reports;
}

/** The report due dates and the unit that consolidates the reports, from the first paragraph that sets them. */
export function readReports(
  items: CodedText[],
  ctx: ParseContext,
): { reports: ReportDue[]; reportRecipient: UnitRef | null } {
  for (const item of items) {
    const reports = reportsIn(item, ctx.year);
    if (reports.length === 0) continue;
    const named = RECIPIENT.exec(item.text)?.[1];
    const reportRecipient = named === undefined ? null : resolveUnitNames(named, ctx.units);
    if (reportRecipient)
      warnUnknownUnits(ctx, item.line, 'unit_unknown_report_recipient', { code: item.code }, reportRecipient.unknown);
    return { reports, reportRecipient };
  }
  return { reports: [], reportRecipient: null };
}
