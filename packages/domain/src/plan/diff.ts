// Which tasks of a new version are the old ones (docs/DOMAIN.md §1: plans change during the year). A task keeps its
// identity, and with it its updates and evidence, when its number and content still match, when only its
// number moved (a task removed above it), or when its content was reworded but stays close.

/** The cells of a task that a document states; what a version compares. */
export interface TaskSnapshot {
  /** The number as the document writes it (12, "1.2", "a"): what a person compares across versions. */
  no: number | string | null;
  group: string | null;
  content: string;
  lead: string;
  coordinators: string;
  timeframe: string;
  product: string;
  /** Where a task outside the appendix was written (`IV.2.d`); null for appendix rows. */
  sourceRef: string | null;
}

export type SnapshotField = keyof TaskSnapshot;

const FIELDS: readonly SnapshotField[] = [
  'no',
  'group',
  'content',
  'lead',
  'coordinators',
  'timeframe',
  'product',
  'sourceRef',
];

/** An old task found again in the new version; `fields` lists what changed (empty when nothing did). */
export interface TaskMatch {
  before: number;
  after: number;
  fields: SnapshotField[];
}

/** Indexes into the old and new lists. */
export interface TaskDiff {
  matches: TaskMatch[];
  added: number[];
  removed: number[];
}

/** Content less alike than this (0–1, shared words) is another task. */
const MIN_LIKENESS = 0.5;
/** Under the same number a task may be reworded further and still be the same one. */
const MIN_LIKENESS_SAME_NUMBER = 0.4;
/** Between candidates, the same number wins over slightly closer wording. */
const SAME_NUMBER_BONUS = 0.2;

const normalise = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of normalise(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word !== '') counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient of the two texts' word multisets. */
function likeness(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [word, n] of a) {
    shared += Math.min(n, b.get(word) ?? 0);
    total += n;
  }
  for (const n of b.values()) total += n;
  return total === 0 ? 1 : (2 * shared) / total;
}

const changedFields = (a: TaskSnapshot, b: TaskSnapshot) =>
  FIELDS.filter((f) =>
    typeof a[f] === 'string' ? normalise(String(a[f])) !== normalise(String(b[f])) : a[f] !== b[f],
  );

class Matcher {
  readonly matches: TaskMatch[] = [];
  private readonly freeOld: Set<number>;
  private readonly freeNew: Set<number>;

  constructor(
    private readonly old: readonly TaskSnapshot[],
    private readonly next: readonly TaskSnapshot[],
  ) {
    this.freeOld = new Set(old.keys());
    this.freeNew = new Set(next.keys());
  }

  /** Pairs, in order, every free old and new task the rule accepts. */
  pairWhere(same: (a: TaskSnapshot, b: TaskSnapshot) => boolean): void {
    for (const i of this.freeOld) {
      for (const j of this.freeNew) {
        if (same(this.old[i] as TaskSnapshot, this.next[j] as TaskSnapshot)) {
          this.pair(i, j);
          break;
        }
      }
    }
  }

  /** Pairs the remaining tasks by likeness of content, best pairs first. */
  pairByLikeness(): void {
    const candidates: [number, number, number][] = [];
    const newWords = new Map([...this.freeNew].map((j) => [j, words(this.next[j]?.content ?? '')]));
    for (const i of this.freeOld) {
      const a = this.old[i] as TaskSnapshot;
      const oldWords = words(a.content);
      for (const j of this.freeNew) {
        const b = this.next[j] as TaskSnapshot;
        const alike = likeness(oldWords, newWords.get(j) ?? new Map());
        const sameNumber = a.no === b.no;
        if (alike < (sameNumber ? MIN_LIKENESS_SAME_NUMBER : MIN_LIKENESS)) continue;
        candidates.push([alike + (sameNumber ? SAME_NUMBER_BONUS : 0), i, j]);
      }
    }
    candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1]);
    for (const [, i, j] of candidates) if (this.freeOld.has(i) && this.freeNew.has(j)) this.pair(i, j);
  }

  result(): TaskDiff {
    return { matches: this.matches, added: [...this.freeNew], removed: [...this.freeOld] };
  }

  private pair(i: number, j: number): void {
    this.freeOld.delete(i);
    this.freeNew.delete(j);
    this.matches.push({
      before: i,
      after: j,
      fields: changedFields(this.old[i] as TaskSnapshot, this.next[j] as TaskSnapshot),
    });
  }
}

/** Matches the tasks of two versions: same number and content, then same content, then close content. */
export function diffTasks(old: readonly TaskSnapshot[], next: readonly TaskSnapshot[]): TaskDiff {
  const matcher = new Matcher(old, next);
  matcher.pairWhere((a, b) => a.no === b.no && normalise(a.content) === normalise(b.content));
  matcher.pairWhere((a, b) => normalise(a.content) === normalise(b.content));
  matcher.pairByLikeness();
  return matcher.result();
}
