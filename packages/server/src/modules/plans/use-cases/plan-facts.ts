import type { PlanParseResult } from '@cchc/domain';

/** "Kế hoạch <subject>" from the document's title, or a plain title of the year when the file has none. */
export function planTitle(parsed: PlanParseResult): string {
  const title = parsed.header.title?.trim();
  return title ? `Kế hoạch ${title}` : `Kế hoạch cải cách hành chính năm ${parsed.year}`;
}
