import type { PlanParseResult } from '@cchc/domain';
import type { PlanRepository } from '../repository.js';

/** "Kế hoạch <subject>" from the document's title, or a plain title of the year when the file has none. */
export function planTitle(parsed: PlanParseResult): string {
  const title = parsed.header.title?.trim();
  return title ? `Kế hoạch ${title}` : `Kế hoạch cải cách hành chính năm ${parsed.year}`;
}

/**
 * The unit that answers for tasks a group leads: the PAR focal unit (Phòng Văn hoá – Xã hội in the seed). A
 * ward that names it differently sets `planCoordinatorUnitCode` in its tenant settings.
 */
export async function coordinatorUnitCode(repo: PlanRepository, tenantId: string): Promise<string | undefined> {
  const tenant = await repo.tenantSettings(tenantId);
  const code = tenant?.settings.planCoordinatorUnitCode;
  return typeof code === 'string' ? code : undefined;
}
