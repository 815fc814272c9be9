// The prose as a tree: Roman sections (I. MỤC ĐÍCH…), numbered subsections (1. …), lettered items (a) …),
// bullets (- …) and paragraphs. Lines broken by a page break are joined back to the node they continue.
import { cellsOf, isHeaderRow, type SourceLine } from './lines.js';
import { collapseSpaces, joinBrokenPieces, romanToInt, startsLowerCase } from './text.js';

/** Section `I.`, subsection `1.`, item `a)`, bullet `- `, or a plain paragraph. */
export type OutlineKind = 'section' | 'subsection' | 'item' | 'bullet' | 'paragraph';

/** A heading or paragraph of the prose with what it introduces. */
export interface OutlineNode {
  kind: OutlineKind;
  /** "II" for a section, "3" for a subsection, "đ" for an item, "" otherwise. */
  label: string;
  text: string;
  line: number;
  children: OutlineNode[];
}

/** The lines before the first section (the issuing decision and the plan's heading) and the section tree. */
export interface Outline {
  preamble: SourceLine[];
  sections: OutlineNode[];
}

const SECTION = /^([IVXL]+)\.\s*(\S.*)$/;
const SUBSECTION = /^(\d{1,2})\.\s+(\S.*)$/;
const ITEM = /^([a-zđ])\)\s*(.*)$/u;
const BULLET = /^[-–—•+]\s*(\S.*)$/;

function node(kind: OutlineKind, label: string, text: string, line: number): OutlineNode {
  return { kind, label, text, line, children: [] };
}

/** An item whose text ends with ":" or without final punctuation introduces the paragraphs after it. */
function introducesParagraphs(end: string): boolean {
  return !/[.;!?…)]$/.test(end);
}

class OutlineBuilder {
  readonly sections: OutlineNode[] = [];
  private section: OutlineNode | null = null;
  private subsection: OutlineNode | null = null;
  private item: OutlineNode | null = null;
  private last: OutlineNode | null = null;
  /** Lines continuing a node, joined once at the end so long runs of them stay linear. */
  private readonly continued = new Map<OutlineNode, string[]>();

  /** Adds one prose line; returns false for a line before the first section. */
  add(text: string, line: number): boolean {
    const section = SECTION.exec(text);
    if (section && romanToInt(section[1] ?? '') !== null) {
      this.section = this.open(this.sections, node('section', section[1] ?? '', section[2] ?? '', line));
      this.subsection = null;
      this.item = null;
      return true;
    }
    if (this.section === null) return false;
    this.addInSection(this.section, text, line);
    return true;
  }

  private addInSection(section: OutlineNode, text: string, line: number): void {
    const sub = SUBSECTION.exec(text);
    const item = ITEM.exec(text);
    const bullet = BULLET.exec(text);
    if (sub) {
      this.subsection = this.open(section.children, node('subsection', sub[1] ?? '', sub[2] ?? '', line));
      this.item = null;
    } else if (item) {
      const parent = this.subsection ?? section;
      this.item = this.open(parent.children, node('item', item[1] ?? '', item[2] ?? '', line));
    } else if (bullet) {
      this.open((this.item ?? this.subsection ?? section).children, node('bullet', '', bullet[1] ?? '', line));
    } else if (startsLowerCase(text) && this.last !== null) {
      this.piecesOf(this.last).push(text);
    } else {
      this.addParagraph(section, text, line);
    }
  }

  private addParagraph(section: OutlineNode, text: string, line: number): void {
    if (this.item !== null && !introducesParagraphs(this.piecesOf(this.item).at(-1) ?? '')) this.item = null;
    this.open((this.item ?? this.subsection ?? section).children, node('paragraph', '', text, line));
  }

  private piecesOf(node: OutlineNode): string[] {
    const pieces = this.continued.get(node) ?? [node.text];
    this.continued.set(node, pieces);
    return pieces;
  }

  /** Writes the joined continuations back into their nodes. */
  finish(): void {
    for (const [node, pieces] of this.continued) node.text = joinBrokenPieces(pieces);
  }

  private open(siblings: OutlineNode[], child: OutlineNode): OutlineNode {
    siblings.push(child);
    this.last = child;
    return child;
  }
}

/** Builds the outline of the prose lines; table header rows stray in the prose are skipped. */
export function buildOutline(lines: SourceLine[]): Outline {
  const builder = new OutlineBuilder();
  const preamble: SourceLine[] = [];
  for (const line of lines) {
    const text = collapseSpaces(line.text);
    if (text === '' || isHeaderRow(cellsOf(line))) continue;
    if (!builder.add(text, line.no)) preamble.push({ no: line.no, text });
  }
  builder.finish();
  return { preamble, sections: builder.sections };
}

/** A node's text with its children, bullets as "- " lines. */
export function fullText(item: OutlineNode): string {
  const parts = [item.text, ...item.children.map((c) => (c.kind === 'bullet' ? `- ${fullText(c)}` : fullText(c)))];
  return parts.filter((part) => part !== '').join('\n');
}

/** The first node among `nodes` whose title matches. */
export function findTitled(nodes: OutlineNode[], pattern: RegExp): OutlineNode | undefined {
  return nodes.find((n) => pattern.test(n.text.toLowerCase()));
}

/** Lettered children of a node. */
export function itemsOf(parent: OutlineNode | undefined): OutlineNode[] {
  return parent?.children.filter((child) => child.kind === 'item') ?? [];
}
