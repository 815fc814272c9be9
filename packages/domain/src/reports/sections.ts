// The text sections of the consolidated report that people write (docs/DOMAIN.md §7 outline), pre-filled from the units'
// reports. Figures are not here: the builder prints them from the snapshot, so an edit can never change a number.
import type { UnitReportContent } from './unit-form.js';

/** Sections of parts I, III, IV and V; part II has one section per reform area, keyed `area:<code>`. */
export const FIXED_SECTIONS = [
  'direction', // I.1 chỉ đạo, điều hành
  'inspection', // I.2 kiểm tra
  'communication', // I.3 tuyên truyền
  'strengths', // III.1 ưu điểm
  'limits', // III.2 hạn chế
  'causes', // III.3 nguyên nhân
  'nextTasks', // IV nhiệm vụ kỳ tới
  'proposals', // V đề xuất, kiến nghị
] as const;
export type FixedSection = (typeof FIXED_SECTIONS)[number];

/** Section texts by key; a line starting with `- ` prints as a bullet, any other line as a paragraph. */
export type ReportSections = Record<string, string>;

/** The key of a reform area's section. */
export const areaSectionKey = (areaCode: string): string => `area:${areaCode}`;

/**
 * The area whose results belong to part I (chỉ đạo, điều hành) rather than part II: the plan's first area when its
 * title says so (the seed's II.1 "Công tác chỉ đạo, điều hành").
 */
export function directionAreaCode(areas: readonly { code: string; title: string }[]): string | null {
  return areas.find((a) => /chỉ đạo/iu.test(a.title))?.code ?? null;
}

/** Every section key of a report on these areas, in reading order. */
export function reportSectionKeys(areas: readonly { code: string; title: string }[]): string[] {
  const direction = directionAreaCode(areas);
  const areaKeys = areas.filter((a) => a.code !== direction).map((a) => areaSectionKey(a.code));
  return [
    'direction',
    'inspection',
    'communication',
    ...areaKeys,
    'strengths',
    'limits',
    'causes',
    'nextTasks',
    'proposals',
  ];
}

/** A unit's report as the consolidation reads it. */
export interface SubmissionForReport {
  unitName: string;
  content: UnitReportContent;
}

/** What the pre-filling starts from. */
export interface SectionPrefillInput {
  areas: readonly { code: string; title: string }[];
  /** Reports handed in (submitted or accepted), in unit order. */
  submissions: readonly SubmissionForReport[];
  /** Lines about communication work, gathered from the tasks' updates. */
  communication?: string;
}

const joinTexts = (texts: readonly (string | undefined)[]) =>
  texts
    .map((t) => t?.trim())
    .filter((t): t is string => Boolean(t))
    .join('\n');

/**
 * Pre-fills every section from the units' reports: each area's section takes the units' results for that area
 * (the direction area's go to part I), results on tasks without an area join part I too; limits, causes,
 * proposals and next tasks are the units' texts one after another. Strengths are the coordinator's to write.
 */
export function prefillReportSections(input: SectionPrefillInput): ReportSections {
  const direction = directionAreaCode(input.areas);
  const results = (code: string) => joinTexts(input.submissions.map((s) => s.content.results[code]));
  const sections: ReportSections = {
    direction: joinTexts([direction ? results(direction) : undefined, results('')]),
    inspection: '',
    communication: input.communication?.trim() ?? '',
    strengths: '',
  };
  for (const area of input.areas) if (area.code !== direction) sections[areaSectionKey(area.code)] = results(area.code);
  for (const key of ['limits', 'causes', 'nextTasks', 'proposals'] as const) {
    sections[key] = joinTexts(input.submissions.map((s) => s.content[key]));
  }
  return sections;
}

/** The sections of `next` a report accepts: known keys only, every key present. */
export function normaliseSections(keys: readonly string[], next: ReportSections): ReportSections {
  return Object.fromEntries(keys.map((key) => [key, next[key] ?? '']));
}
