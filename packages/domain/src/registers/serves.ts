import { normaliseUnitName } from '../plan/units.js';

/** The register records a plan task can show as its evidence. */
export const REGISTER_KINDS = [
  'legal_review',
  'legal_document',
  'expired_list',
  'inspection_plan',
  'inspection',
] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

/** A plan task as the suggestion reads it: what it asks for and what it must produce. */
export interface ServableTask {
  id: string;
  no: number | null;
  content: string;
  product: string;
}

/** A task a record may serve, with how well the task's text matches the record. */
export interface TaskSuggestion {
  taskId: string;
  no: number | null;
  score: number;
}

const key = (text: string) => normaliseUnitName(text);
const phrases = (...words: string[]) => words.map(key);

/**
 * Which tasks each register serves: a task of the register's field (legal documents, PAR inspections), ranked by
 * the phrases that say what the record is. The officer chooses; this only orders the choices.
 */
const FIELDS: Record<RegisterKind, { field: (text: string) => boolean; cues: readonly string[] }> = {
  legal_review: { field: isLegalTask, cues: phrases('kế hoạch rà soát', 'rà soát', 'kiểm tra văn bản') },
  legal_document: { field: isLegalTask, cues: phrases('ban hành văn bản quy phạm', 'bãi bỏ', 'quyết định') },
  expired_list: { field: isLegalTask, cues: phrases('hết hiệu lực', 'công bố') },
  inspection_plan: { field: isInspectionTask, cues: phrases('tự kiểm tra', 'kế hoạch', 'kiểm tra') },
  inspection: { field: isInspectionTask, cues: phrases('tự kiểm tra', 'thông báo kết luận', 'kiểm tra') },
};

function isLegalTask(text: string): boolean {
  return phrases('văn bản quy phạm pháp luật', 'vbqppl', 'qppl').some((p) => text.includes(p));
}

/** A check of the PAR work itself (kiểm tra cải cách hành chính), not of administrative procedures. */
function isInspectionTask(text: string): boolean {
  return text.includes(key('kiểm tra')) && phrases('cải cách hành chính', 'cchc').some((p) => text.includes(p));
}

/** Pairs of adjacent words: "rà soát", "văn bản" match as phrases, not as single common syllables. */
function wordPairs(text: string): Set<string> {
  const words = text.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  return new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`));
}

/**
 * The tasks a register record may serve, best first: tasks of the record's field, scored by the cue phrases of
 * its kind (10 each) and the word pairs its title shares with the task's content and product (1 each). Tasks
 * outside the field are never suggested.
 */
export function suggestTasksForRecord(
  record: { kind: RegisterKind; title: string },
  tasks: readonly ServableTask[],
): TaskSuggestion[] {
  const { field, cues } = FIELDS[record.kind];
  const titlePairs = wordPairs(key(record.title));
  return tasks
    .map((task) => ({ task, text: key(`${task.content} ${task.product}`) }))
    .filter(({ text }) => field(text))
    .map(({ task, text }) => {
      const pairs = wordPairs(text);
      const shared = [...titlePairs].filter((p) => pairs.has(p)).length;
      const cued = cues.filter((c) => text.includes(c)).length;
      return { taskId: task.id, no: task.no, score: cued * 10 + shared };
    })
    .sort((a, b) => b.score - a.score || (a.no ?? Number.MAX_SAFE_INTEGER) - (b.no ?? Number.MAX_SAFE_INTEGER));
}
