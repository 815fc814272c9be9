// Cells exported from a web editor carry HTML. Only structure matters: list items become "- " lines and
// paragraphs become line breaks; everything else (attributes, styles, unknown tags) goes.

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;
const LINE_BREAK_TAGS = new Set(['p', 'br', 'div', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LIST_TAGS = new Set(['ul', 'ol']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(\d{1,6});/g, (whole, code: string) => codePointOrSelf(Number(code), whole))
    .replace(/&#x([0-9a-f]{1,6});/gi, (whole, code: string) => codePointOrSelf(Number.parseInt(code, 16), whole));
}

function codePointOrSelf(code: number, whole: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/**
 * Inside a list written as `<ul> - item; - item` (the editor dropped the `<li>`), a dash that opens the text or
 * follows the end of an item starts a new item. A dash inside a phrase ("kinh tế - xã hội") does not.
 */
function splitDashItems(chunk: string): string {
  return chunk.replace(/(^|[;.:])\s*-\s+/g, '$1\n- ');
}

function tagBreak(closing: boolean, name: string, depth: number): { text: string; depth: number } {
  if (LIST_TAGS.has(name)) return { text: '\n', depth: Math.max(0, depth + (closing ? -1 : 1)) };
  if (name === 'li') return { text: closing ? '\n' : '\n- ', depth };
  return { text: LINE_BREAK_TAGS.has(name) ? '\n' : '', depth };
}

/** Converts a cell's HTML to plain text lines; plain text passes through with spaces collapsed. */
export function htmlToText(text: string): string {
  let out = '';
  let depth = 0;
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    const chunk = text.slice(last, match.index);
    out += depth > 0 ? splitDashItems(chunk) : chunk;
    const step = tagBreak(match[1] === '/', (match[2] ?? '').toLowerCase(), depth);
    out += step.text;
    depth = step.depth;
    last = match.index + match[0].length;
  }
  const rest = text.slice(last).replace(/<\/?[a-zA-Z][^<>]*$/, '');
  out += depth > 0 ? splitDashItems(rest) : rest;
  return decodeEntities(out)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
