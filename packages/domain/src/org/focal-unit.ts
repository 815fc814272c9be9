// The ward's PAR focal unit (đơn vị đầu mối CCHC): it answers for the tasks a group of units or an outside body
// leads, so every unit may contribute while one owns the task (docs/DOMAIN.md §1).

/** The unit the seed and most wards name as the focal unit: Phòng Văn hoá – Xã hội. */
export const DEFAULT_FOCAL_UNIT_CODE = 'VHXH';

/** What a ward states about its focal unit. */
export interface FocalUnitFacts {
  units: readonly { id: string; code: string }[];
  /** `tenants.settings.planCoordinatorUnitCode`: a ward that names the unit otherwise says which one. */
  settingCode?: unknown;
  /** The units of the ward's active coordinators (the PAR focal point), earliest account first. */
  coordinatorUnitIds: readonly string[];
}

/**
 * The focal unit's id: the unit the ward's settings name, else the unit of its first coordinator, else the unit
 * coded VHXH; null when the ward has none of these.
 */
export function parFocalUnitId({ units, settingCode, coordinatorUnitIds }: FocalUnitFacts): string | null {
  const byCode = (code: unknown) => units.find((u) => u.code === code)?.id;
  const known = coordinatorUnitIds.find((id) => units.some((u) => u.id === id));
  return (
    (typeof settingCode === 'string' ? byCode(settingCode) : undefined) ??
    known ??
    byCode(DEFAULT_FOCAL_UNIT_CODE) ??
    null
  );
}
