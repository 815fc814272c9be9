// The prose sections of the plan, found by their titles rather than their numbers so that a plan that orders or
// numbers them differently still reads: purposes and targets (I), reform areas (II), budget (III), organisation
// (IV: general duties, the reporting regime, duties per unit).
import { type ParseContext, warn } from './context.js';
import { type DutyText, extraTaskIn, noUnit } from './extra-tasks.js';
import { htmlToText } from './html.js';
import { findTitled, fullText, itemsOf, type Outline, type OutlineNode } from './outline.js';
import { type CodedText, readReports } from './reports.js';
import { readResponsibilities } from './responsibilities.js';
import { recogniseMeasures } from './targets.js';
import { stripTrailingPunctuation } from './text.js';
import type { ExtraTask, LetteredItem, PlanArea, PlanParseResult, PlanTarget } from './types.js';

/** The parts of the result that come from the prose. */
export type ProseRead = Pick<
  PlanParseResult,
  | 'purposes'
  | 'targets'
  | 'areas'
  | 'budget'
  | 'generalResponsibilities'
  | 'responsibilities'
  | 'reports'
  | 'reportRecipient'
  | 'extraTasks'
>;

interface Located {
  section: OutlineNode;
  sub: OutlineNode;
}

function subsections(sections: OutlineNode[]): Located[] {
  return sections.flatMap((section) =>
    section.children.filter((c) => c.kind === 'subsection').map((sub) => ({ section, sub })),
  );
}

function findSub(list: Located[], pattern: RegExp, unless?: RegExp): Located | undefined {
  return list.find(({ sub }) => pattern.test(sub.text.toLowerCase()) && !unless?.test(sub.text.toLowerCase()));
}

function lettered(item: OutlineNode): LetteredItem {
  return { letter: item.label, text: htmlToText(fullText(item)) };
}

/** Letters for targets written as "-" bullets, in the order Vietnamese documents letter their items. */
const TARGET_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

/** The targets' items: lettered a), b)… or, in plans that write them so, "-" bullets lettered in order. */
function targetItems(node: OutlineNode | undefined): { letter: string; text: string; line: number }[] {
  const items = itemsOf(node);
  if (items.length > 0) return items.map((item) => ({ ...lettered(item), line: item.line }));
  const bullets = node?.children.filter((child) => child.kind === 'bullet') ?? [];
  return bullets.map((bullet, i) => ({
    letter: TARGET_LETTERS[i] ?? String(i + 1),
    text: htmlToText(fullText(bullet)),
    line: bullet.line,
  }));
}

function readTargets(node: OutlineNode | undefined, ctx: ParseContext): PlanTarget[] {
  return targetItems(node).map((item) => {
    const { letter, text } = item;
    const measures = recogniseMeasures(text);
    if (measures.length === 0) warn(ctx, item.line, 'target_no_measure', { letter });
    return { code: letter, text, measures };
  });
}

function readAreas(section: OutlineNode | undefined): PlanArea[] {
  const subs = section?.children.filter((c) => c.kind === 'subsection') ?? [];
  return subs.map((sub) => ({
    code: `${section?.label}.${sub.label}`,
    title: stripTrailingPunctuation(sub.text),
    items: itemsOf(sub).map(lettered),
  }));
}

/** The budget paragraph(s); a title written "KINH PHÍ: …" carries its text after the colon. */
function readBudget(section: OutlineNode | undefined): string {
  if (!section) return '';
  const colon = section.text.indexOf(':');
  const inline = colon < 0 ? '' : section.text.slice(colon + 1).trim();
  return htmlToText([inline, ...section.children.map(fullText)].filter((t) => t !== '').join('\n'));
}

function areaDuties(areas: PlanArea[], section: OutlineNode | undefined): DutyText[] {
  const subs = section?.children.filter((c) => c.kind === 'subsection') ?? [];
  return areas.flatMap((area, i) =>
    itemsOf(subs[i]).map((item) => ({
      text: htmlToText(fullText(item)),
      line: item.line,
      source: `${area.code}.${item.label}`,
      lead: noUnit(),
    })),
  );
}

function warnMissing(ctx: ParseContext, found: Record<string, boolean>): void {
  for (const [part, present] of Object.entries(found)) {
    if (!present) warn(ctx, 0, 'section_not_found', { section: part });
  }
}

/** True when the prose holds at least one target: with an appendix task, what makes a text a plan. */
export function hasTargets(outline: Outline): boolean {
  return targetItems(findSub(subsections(outline.sections), /chỉ tiêu/)?.sub).length > 0;
}

/** Section IV: general duties (with the reporting regime) and the duties of each unit. */
function readOrganisation(subs: Located[], areas: PlanArea[], ctx: ParseContext) {
  const orgSubs = subs.filter(({ section }) => /tổ chức thực hiện/.test(section.text.toLowerCase()));
  const general = findSub(orgSubs, /trách nhiệm chung/);
  const assigned = findSub(orgSubs, /phân công/);
  const coded: CodedText[] = itemsOf(general?.sub).map((item) => ({
    code: `${general?.section.label}.${general?.sub.label}.${item.label}`,
    text: htmlToText(fullText(item)),
    line: item.line,
  }));
  const duties = assigned
    ? readResponsibilities(assigned.sub, `${assigned.section.label}.${assigned.sub.label}`, areas, ctx)
    : [];
  return { general: itemsOf(general?.sub).map(lettered), duties, reporting: readReports(coded, ctx) };
}

/** Reads every prose section; missing ones leave their fields empty and a warning. */
export function readProse(outline: Outline, ctx: ParseContext): ProseRead {
  const subs = subsections(outline.sections);
  const purposes = findSub(subs, /mục đích/, /chỉ tiêu/)?.sub;
  const areaSection = findTitled(outline.sections, /nhiệm vụ/);
  const budgetSection = findTitled(outline.sections, /kinh phí/);
  const areas = readAreas(areaSection);
  const { general, duties, reporting } = readOrganisation(subs, areas, ctx);
  const scanned = [...areaDuties(areas, areaSection), ...duties.flatMap((d) => d.duties)];
  const extraTasks = scanned.map((duty) => extraTaskIn(duty, ctx)).filter((t): t is ExtraTask => t !== null);
  const targets = readTargets(findSub(subs, /chỉ tiêu/)?.sub, ctx);
  warnMissing(ctx, {
    purposes: purposes !== undefined,
    targets: targets.length > 0,
    areas: areas.length > 0,
    budget: budgetSection !== undefined,
    responsibilities: duties.length > 0,
    reports: reporting.reports.length > 0,
  });
  return {
    purposes: itemsOf(purposes).map((item) => lettered(item).text),
    targets,
    areas,
    budget: readBudget(budgetSection),
    generalResponsibilities: general,
    responsibilities: duties.map((d) => d.responsibility),
    ...reporting,
    extraTasks,
  };
}
