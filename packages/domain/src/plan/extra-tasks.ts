// Deadlines written in the prose ("trình … phê duyệt kinh phí … trong Quý I/2026", IV.2.d) are tasks too
// (docs/DOMAIN.md §1): they are taken out with the unit the paragraph assigns and the place they come from.
import { type ParseContext, warn, warnUnknownUnits } from './context.js';
import { parseTimeframe } from './timeframe.js';
import type { ExtraTask, UnitRef } from './types.js';
import { resolveUnitNames } from './units.js';

/** A dated phrase: "trong Quý I/2026", "trước ngày 30/6/2026", "chậm nhất tháng 9/2026". */
const DEADLINE_PHRASE = new RegExp(
  String.raw`(?:hoàn thành\s+)?(?:trong|trước|chậm nhất)\s+` +
    String.raw`(?:ngày\s+\d{1,2}/\d{1,2}/\d{4}|quý\s+[IVX\d]+(?:\s*[,-]\s*[IVX\d]+)*\s*(?:/|năm)\s*\d{4}|` +
    String.raw`tháng\s+\d{1,2}\s*(?:/|năm)\s*\d{4})`,
  'iu',
);
/** "phối hợp với X trình …": X runs until the verb of the sentence. */
const PARTNERS =
  /phối hợp với\s+(.{1,200}?)(?=\s(?:trình|tham mưu|tổ chức|thực hiện|triển khai|xây dựng|để|nhằm|đề xuất)\s|[.;:]|$)/iu;

/** A paragraph to scan, the unit it is assigned to (if any) and where it sits. */
export interface DutyText {
  text: string;
  line: number;
  source: string;
  lead: UnitRef;
}

/** An empty unit reference, for prose that names no unit. */
export function noUnit(): UnitRef {
  return { text: '', units: [], unitCodes: [], unknown: [] };
}

/** The extra task a paragraph holds, or null when it names no dated deadline. */
export function extraTaskIn(duty: DutyText, ctx: ParseContext): ExtraTask | null {
  const phrase = DEADLINE_PHRASE.exec(duty.text);
  if (!phrase) return null;
  const parsed = parseTimeframe(phrase[0], ctx.year);
  if (parsed.warning) warn(ctx, duty.line, 'duty_timeframe', { source: duty.source, ...parsed.warning });
  const partners = PARTNERS.exec(duty.text)?.[1];
  const coordinators = partners === undefined ? noUnit() : resolveUnitNames(partners, ctx.units);
  warnUnknownUnits(ctx, duty.line, 'unit_unknown_duty', { source: duty.source }, coordinators.unknown);
  return {
    content: duty.text,
    lead: duty.lead,
    coordinators,
    timeframe: parsed.timeframe,
    product: '',
    source: duty.source,
  };
}
