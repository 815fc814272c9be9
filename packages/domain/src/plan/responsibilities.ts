// Section IV.2: one lettered entry per unit ("a) Phòng Văn hoá – Xã hội:") with its duties as bullets or
// paragraphs. The reform areas a unit leads come from its "Chủ trì … về <area>" duties, matched against the
// titles of section II as the document writes them.
import { type ParseContext, warnUnknownUnits } from './context.js';
import type { DutyText } from './extra-tasks.js';
import { htmlToText } from './html.js';
import { fullText, itemsOf, type OutlineNode } from './outline.js';
import type { PlanArea, PlanResponsibility, UnitRef } from './types.js';
import { normaliseUnitName, resolveUnitNames, unitsMentioned } from './units.js';

/** A responsibility with its duties kept with their lines, for the extra-task scan. */
export interface ResponsibilityRead {
  responsibility: PlanResponsibility;
  duties: DutyText[];
}

/** "Cải cách thể chế" is named "thể chế" in a duty; the generic opening words carry no meaning. */
function areaKey(title: string): string {
  return normaliseUnitName(title.replace(/^(công tác|cải cách|xây dựng và phát triển|xây dựng)\s+/iu, ''));
}

function areasLed(duties: DutyText[], areas: PlanArea[]): string[] {
  const leading = duties.filter((d) => /^chủ trì/iu.test(d.text)).map((d) => ` ${normaliseUnitName(d.text)} `);
  return areas
    .filter((area) => {
      const key = areaKey(area.title);
      return key !== '' && leading.some((text) => text.includes(key));
    })
    .map((area) => area.code);
}

interface UnitAndDuties {
  unit: UnitRef;
  duties: { text: string; line: number }[];
}

/**
 * "Unit: duty" splits at the colon; a heading followed by paragraphs names the unit; a lone sentence with no
 * colon ("Đề nghị Mặt trận Tổ quốc … tham gia") is the duty itself, its unit only the known units it mentions.
 */
function splitEntry(item: OutlineNode, ctx: ParseContext, code: string): UnitAndDuties {
  const heading = htmlToText(item.text);
  const children = item.children.map((child) => ({ text: htmlToText(fullText(child)), line: child.line }));
  const colon = heading.indexOf(':');
  if (colon < 0 && children.length === 0) {
    return { unit: unitsMentioned(heading, ctx.units), duties: [{ text: heading, line: item.line }] };
  }
  const unit = resolveUnitNames(colon < 0 ? heading : heading.slice(0, colon), ctx.units);
  warnUnknownUnits(ctx, item.line, 'unit_unknown_responsibility', { code }, unit.unknown);
  const rest = colon < 0 ? '' : heading.slice(colon + 1).trim();
  return { unit, duties: rest === '' ? children : [{ text: rest, line: item.line }, ...children] };
}

/** Reads the lettered entries of IV.2; `prefix` is the subsection's code, e.g. `IV.2`. */
export function readResponsibilities(
  parent: OutlineNode,
  prefix: string,
  areas: PlanArea[],
  ctx: ParseContext,
): ResponsibilityRead[] {
  return itemsOf(parent).map((item) => {
    const code = `${prefix}.${item.label}`;
    const { unit, duties } = splitEntry(item, ctx, code);
    const withSource = duties.map((duty) => ({ ...duty, source: code, lead: unit }));
    return {
      responsibility: {
        code,
        letter: item.label,
        unit,
        items: duties.map((duty) => ({ letter: null, text: duty.text })),
        areas: areasLed(withSource, areas),
      },
      duties: withSource,
    };
  });
}
