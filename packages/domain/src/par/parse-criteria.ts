// A criteria set from the rows of its spreadsheet (docs/PAR-INDEX.md "Import format"): the header row is found,
// columns are matched by meaning, rows become areas → criteria → sub-criteria by their numbering.
import { type Problem, problem } from '../problem.js';
import { inferMethod, isDeductionTitle, isSurveyTitle, methodFromColumn, sourceOf } from './classify.js';
import { type Criterion, roundPoints, type ScoringMethod } from './model.js';
import { type Label, readLabel, splitLeadingLabel } from './numbering.js';
import { findLayout, type SheetField, type SheetLayout } from './sheet-layout.js';
import { parseThresholds } from './thresholds.js';

/** Why a criteria sheet is refused or warned about; the server words each code in Vietnamese and English. */
export type CriteriaProblemCode =
  | 'criteria_no_header' // values: {}
  | 'criteria_none' // values: {}
  | 'criteria_duplicate_label' // values: { label }
  | 'criteria_unknown_method' // values: { method }
  | 'criteria_max_not_number' // values: { max }
  | 'criteria_no_max' // values: { label, title }
  | 'criteria_sum_differs'; // values: { label, title, sum, max }

/** Something wrong with a row (1-based sheet row) or the whole file (`row` null), as a reason code and values. */
export interface CriteriaProblem extends Problem<CriteriaProblemCode> {
  row: number | null;
  field: 'file' | 'label' | 'title' | 'maxPoints' | 'method';
}

/** What the rows hold: the nodes, their title and year, and what stops (problems) or merely warns. */
export interface ParsedCriteria {
  title: string;
  year: number | null;
  criteria: Criterion[];
  totalPoints: number;
  problems: CriteriaProblem[];
  warnings: CriteriaProblem[];
}

interface RawNode {
  label: Label;
  code: string;
  title: string;
  max: number | null;
  maxText: string;
  methodText: string;
  guide: string;
  sourceText: string;
  row: number;
  depth: number;
  part: string;
  /** Inside the survey part (a part titled "Điều tra xã hội học"). */
  surveyPart: boolean;
  parent: RawNode | null;
  children: RawNode[];
}

const cell = (row: readonly string[], layout: SheetLayout, field: SheetField) => {
  const at = layout.columns.get(field);
  return at === undefined ? '' : String(row[at] ?? '').trim();
};

/** "2", "2,5", "1.5", "(-2)", "- 2 điểm" → number; "" → null; anything else → NaN. */
export function parsePoints(text: string): number | null {
  const value = text
    .replace(/[()]/g, '')
    .replace(/điểm|đ$/giu, '')
    .replace(/\s+/g, '')
    .replace(',', '.');
  if (value === '') return null;
  return /^[-–]?\d+(\.\d+)?$/.test(value) ? Number(value.replace('–', '-')) : Number.NaN;
}

/** The set's title (the longest line above the header that names it) and the year it states. */
function titleAbove(rows: readonly (readonly string[])[], headerRow: number) {
  const lines = rows.slice(0, headerRow).flatMap((r) => r.map((c) => String(c ?? '').trim()).filter(Boolean));
  const named = lines.filter((l) => /(chỉ số|tiêu chí|bộ|đánh giá|index|dti)/iu.test(l));
  const title = [...named].sort((a, b) => b.length - a.length)[0] ?? lines[0] ?? '';
  const year = /(?:năm\s*)?(20\d{2})/iu.exec(lines.join(' '))?.[1];
  return { title, year: year ? Number(year) : null };
}

type RowData = Omit<RawNode, 'code' | 'depth' | 'part' | 'surveyPart' | 'parent' | 'children'>;

/** Reads one data row into a node, or null for rows that are not criteria (totals, column numbers, blanks). */
function readRow(row: readonly string[], layout: SheetLayout, rowNo: number): RowData | null {
  let labelText = cell(row, layout, 'label');
  let title = cell(row, layout, 'title');
  if (labelText === '' || !layout.columns.has('label')) {
    const split = splitLeadingLabel(title);
    if (split.label !== '') [labelText, title] = [split.label, split.title];
  }
  if (title === '' || /^\(?\d+\)?$/.test(title)) return null;
  if (/^(tổng|cộng)/iu.test(title) && readLabel(labelText).kind === 'none') return null;
  const maxText = cell(row, layout, 'maxPoints');
  return {
    label: readLabel(labelText),
    title,
    max: parsePoints(maxText),
    maxText,
    methodText: cell(row, layout, 'method'),
    guide: cell(row, layout, 'guide'),
    sourceText: cell(row, layout, 'source'),
    row: rowNo,
  };
}

const ancestors = (n: RawNode) => {
  const out: RawNode[] = [];
  for (let p = n.parent; p; p = p.parent) out.push(p);
  return out;
};

/** Places the rows in a tree by their numbering; returns every node in sheet order. */
function buildTree(rows: readonly RowData[], problems: CriteriaProblem[]): RawNode[] {
  const roman = rows.some((r) => r.label.kind === 'roman');
  const nodes: RawNode[] = [];
  const byCode = new Map<string, RawNode>();
  let part = '';
  let partIndex = -1;
  let surveyPart = false;
  let lastNumbered: RawNode | null = null;
  let lastLetter: RawNode | null = null;
  let lastRoman: RawNode | null = null;
  for (const r of rows) {
    if (r.label.kind === 'part') {
      partIndex += 1;
      part = partIndex === 0 ? '' : `${r.label.key}.`;
      surveyPart = isSurveyTitle(r.title);
      lastNumbered = lastLetter = lastRoman = null;
      continue;
    }
    let parent: RawNode | null = null;
    let depth: number;
    let code: string;
    if (r.label.kind === 'roman') {
      depth = 1;
      code = `${part}${r.label.key}`;
    } else if (r.label.kind === 'dotted') {
      const segments = r.label.key.split('.');
      depth = segments.length + (roman ? 1 : 0);
      code = roman && lastRoman ? `${lastRoman.code}.${r.label.key}` : `${part}${r.label.key}`;
      parent = byCode.get(code.slice(0, code.lastIndexOf('.'))) ?? (roman ? lastRoman : null);
      if (!parent && depth > 1) parent = [...nodes].reverse().find((n) => n.depth < depth && n.part === part) ?? null;
    } else if (r.label.kind === 'letter') {
      parent = lastNumbered;
      depth = (parent?.depth ?? 0) + 1;
      code = `${parent?.code ?? part}.${r.label.key}`;
    } else if (isDeductionTitle(r.title) && r.max !== null) {
      // An unnumbered deduction ("Điểm trừ: …") belongs to the area it is written in, not to the criterion above.
      parent = lastNumbered
        ? ([lastNumbered, ...ancestors(lastNumbered)].find((a) => a.parent === null) ?? null)
        : null;
      depth = (parent?.depth ?? 0) + 1;
      const siblings = nodes.filter((n) => n.parent === parent && n.code.includes('.t')).length;
      code = `${parent?.code ?? `${part}`}.t${siblings + 1}`;
    } else {
      parent = lastLetter ?? lastNumbered;
      const last = nodes[nodes.length - 1];
      if (r.max === null || !parent) {
        // A line of text under a criterion continues its scoring guide.
        if (last) last.guide = [last.guide, r.title].filter(Boolean).join('\n');
        continue;
      }
      depth = parent.depth + 1;
      code = `${parent.code}.${parent.children.length + 1}`;
    }
    if (byCode.has(code)) {
      problems.push({
        row: r.row,
        field: 'label',
        ...problem('criteria_duplicate_label', { label: r.label.text }),
      });
      continue;
    }
    const node: RawNode = { ...r, code, depth, part, surveyPart, parent, children: [] };
    parent?.children.push(node);
    nodes.push(node);
    byCode.set(code, node);
    if (r.label.kind === 'roman') lastRoman = node;
    if (r.label.kind === 'roman' || r.label.kind === 'dotted') [lastNumbered, lastLetter] = [node, null];
    if (r.label.kind === 'letter') lastLetter = node;
  }
  return nodes;
}

/**
 * Children that are the levels of their parent, not parts of it: their points add up to more than the parent's
 * maximum and none exceeds it ("Hoàn thành 100%: 2 / từ 80%: 1 / dưới 80%: 0" under a 2-point criterion). They
 * become the parent's guide, and the parent a leaf.
 */
function foldLevels(nodes: RawNode[]): RawNode[] {
  const folded = new Set<RawNode>();
  for (const n of nodes) {
    if (n.max === null || Number.isNaN(n.max) || n.children.length < 2) continue;
    // Numbered children (1.1, 1.2) are always parts; only "-" items and "a)" items can be levels.
    const levelLike = (c: RawNode) => c.label.kind === 'bullet' || c.label.kind === 'letter';
    if (n.children.some((c) => !levelLike(c) || c.children.length > 0 || c.max === null || Number.isNaN(c.max))) {
      continue;
    }
    const points = n.children.map((c) => Math.abs(c.max ?? 0));
    const sum = points.reduce((a, b) => a + b, 0);
    if (sum <= n.max + 0.001 || Math.max(...points) > n.max + 0.001) continue;
    const levels = n.children.map((c) => `${c.title}: ${String(c.max).replace('.', ',')} điểm`);
    n.guide = [n.guide, ...levels].filter(Boolean).join('; ');
    for (const c of n.children) folded.add(c);
    n.children = [];
  }
  return nodes.filter((n) => !folded.has(n));
}

function methodOf(n: RawNode, survey: boolean, problems: CriteriaProblem[]): ScoringMethod {
  const thresholds = parseThresholds(n.guide || n.title);
  const negative = (n.max ?? 0) < 0;
  const explicit = methodFromColumn(n.methodText);
  if (n.methodText !== '' && !explicit) {
    problems.push({ row: n.row, field: 'method', ...problem('criteria_unknown_method', { method: n.methodText }) });
  }
  return negative
    ? 'deduction'
    : (explicit ?? inferMethod({ title: n.title, guide: n.guide, negative, survey, thresholds }));
}

/** A raw node as the model's criterion; parents take the sum of their children when their maximum is blank. */
function toCriterion(n: RawNode, problems: CriteriaProblem[]): Criterion {
  const leaf = n.children.length === 0;
  const survey = n.surveyPart || [n, ...ancestors(n)].some((a) => isSurveyTitle(a.title));
  if (n.max !== null && Number.isNaN(n.max)) {
    problems.push({ row: n.row, field: 'maxPoints', ...problem('criteria_max_not_number', { max: n.maxText }) });
  } else if (leaf && n.max === null) {
    problems.push({
      row: n.row,
      field: 'maxPoints',
      ...problem('criteria_no_max', { label: n.label.text, title: n.title }),
    });
  }
  const method = leaf ? methodOf(n, survey, problems) : isDeductionTitle(n.title) ? 'deduction' : 'scale';
  const thresholds = method === 'ratio' ? parseThresholds(n.guide || n.title) : [];
  const own = n.max === null || Number.isNaN(n.max) ? null : Math.abs(n.max);
  return {
    code: n.code,
    label: n.label.text,
    parent: n.parent?.code ?? null,
    level: n.depth,
    title: n.title,
    maxPoints: own ?? 0,
    method,
    thresholds,
    source:
      leaf && !survey && (method === 'yes_no' || method === 'scale' || method === 'ratio')
        ? sourceOf(n.title, n.sourceText)
        : null,
    guide: n.guide,
    survey,
    leaf,
    row: n.row,
  };
}

/** Parents without a maximum take their children's; parents whose children add up otherwise are warned about. */
function settleMaxima(criteria: Criterion[], warnings: CriteriaProblem[]): void {
  for (const c of [...criteria].reverse()) {
    if (c.leaf) continue;
    const sum = roundPoints(
      criteria
        .filter((k) => k.parent === c.code && (k.method !== 'deduction' || c.method === 'deduction'))
        .reduce((a, k) => a + k.maxPoints, 0),
    );
    if (c.maxPoints === 0) c.maxPoints = sum;
    else if (Math.abs(sum - c.maxPoints) > 0.001) {
      warnings.push({
        row: c.row,
        field: 'maxPoints',
        ...problem('criteria_sum_differs', { label: c.label, title: c.title, sum, max: c.maxPoints }),
      });
    }
  }
}

/**
 * Reads a criteria set from the rows of its sheet (text cells, the header anywhere in the first rows). The
 * problems stop an import (no header, a maximum that is not a number, a duplicate number); the warnings do not.
 */
export function parseCriteriaRows(
  rows: readonly (readonly string[])[],
  /** The sheet's number of each row when blank rows were left out (default: position + 1). */
  rowNumbers?: readonly number[],
): ParsedCriteria {
  const problems: CriteriaProblem[] = [];
  const warnings: CriteriaProblem[] = [];
  const layout = findLayout(rows);
  if (!layout) {
    return {
      title: '',
      year: null,
      criteria: [],
      totalPoints: 0,
      problems: [{ row: null, field: 'file', ...problem('criteria_no_header') }],
      warnings,
    };
  }
  const { title, year } = titleAbove(rows, layout.headerRow);
  const start = layout.headerRow + layout.headerRows;
  const read = rows
    .slice(start)
    .flatMap((row, i) => readRow(row, layout, rowNumbers?.[start + i] ?? start + i + 1) ?? []);
  const nodes = foldLevels(buildTree(read, problems));
  const criteria = nodes.map((n) => toCriterion(n, problems));
  settleMaxima(criteria, warnings);
  if (criteria.length === 0) problems.push({ row: null, field: 'file', ...problem('criteria_none') });
  const totalPoints = roundPoints(
    criteria.filter((c) => c.parent === null && c.method !== 'deduction').reduce((a, c) => a + c.maxPoints, 0),
  );
  return { title, year, criteria, totalPoints, problems, warnings };
}
