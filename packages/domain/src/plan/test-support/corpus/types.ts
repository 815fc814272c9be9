// The plan corpus: documents written the way different wards and communes write their plans, each with the
// parse a person expects, typed by hand from the document (never copied from the parser's output). The table
// is kept as rows so that the .txt, .docx and .xlsx forms are all made from the same document.
import type { UnitDefinition } from '../../../org/default-units.js';
import type { AppendixColumn } from '../../columns.js';
import type { Milestone, ReportDue, Timeframe } from '../../types.js';

/** A unit cell as expected. */
export interface ExpectedRef {
  text: string;
  units: string[];
  group?: string;
  unknown: string[];
}

/** One task as expected, every field. */
export interface ExpectedCorpusTask {
  label: string;
  group: string | null;
  content: string;
  lead: ExpectedRef;
  coordinators: ExpectedRef;
  timeframe: Timeframe;
  product: string;
}

/** A plan document of the corpus and what it says. */
export interface CorpusDocument {
  /** File stem, e.g. `xa-an-phu-2026`. */
  name: string;
  /** How this document differs from the seed. */
  layout: string;
  units: readonly UnitDefinition[];
  /** Lines before the table (decision, plan, "PHỤ LỤC" heading). */
  prose: string[];
  /** Table rows: header rows, group rows (one cell) and task rows; a continuation row starts with empty cells. */
  table: string[][];
  /** What the importer's user answers when the header is not understood. */
  columns?: (AppendixColumn | null)[];
  expected: {
    year: number;
    groups: { code: string; title: string }[];
    tasks: ExpectedCorpusTask[];
    targets?: { code: string; text: string }[];
    reports?: ReportDue[];
    /** False when the header must be mapped by the user. */
    headerRecognised?: boolean;
  };
}

/** The document as the text a converter writes: prose lines, then one tab-separated line per table row. */
export function corpusText(doc: CorpusDocument): string {
  const rows = doc.table.map((cells) => (cells.length === 1 ? (cells[0] ?? '') : cells.join('\t')));
  return [...doc.prose, ...rows, ''].join('\n');
}

export const ref = (text: string, units: string[], unknown: string[] = []): ExpectedRef => ({ text, units, unknown });
export const groupRef = (text: string, group = text, units: string[] = []): ExpectedRef => ({
  text,
  units,
  group,
  unknown: [],
});

type Kind = Timeframe['kind'];
export const window = (text: string, kind: Kind, start: string | null, due: string | null): Timeframe => ({
  text,
  kind,
  start,
  due,
});
export const milestones = (text: string, ...spans: [string | null, string][]): Timeframe => {
  const list: Milestone[] = spans.map(([start, due]) => ({ start, due }));
  return { text, kind: 'milestones', start: list[0]?.start ?? null, due: list.at(-1)?.due ?? null, milestones: list };
};
