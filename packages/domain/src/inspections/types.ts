/**
 * Self-inspections of public administration reform (tự kiểm tra công tác CCHC): the ward's yearly inspection
 * plan names the units, dates, scope and team; each unit fills in a self-inspection form; the team records
 * findings and the committee issues a conclusion notice (thông báo kết luận) with follow-up actions. Target đ of
 * the plan counts the units whose inspection is concluded this year (docs/DOMAIN.md §1).
 */

/**
 * Where one unit's inspection stands: planned; the unit's self-inspection form submitted; concluded (the
 * conclusion notice issued); or cancelled. Only `concluded` counts for target đ.
 */
export const INSPECTION_STATUSES = ['planned', 'self_assessed', 'concluded', 'cancelled'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

/** How serious a finding is: a remark, a shortcoming to fix, or a violation (vi phạm). */
export const FINDING_SEVERITIES = ['minor', 'moderate', 'serious'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** A follow-up action's state; an open one past its due date is overdue. */
export const FOLLOW_UP_STATUSES = ['open', 'done'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/**
 * The reform areas a unit assesses itself on, in the order of the plan's section II: direction, institutions,
 * procedures, organisation, civil service, public finance, e-government.
 */
export const SELF_INSPECTION_AREAS = [
  'direction',
  'institutions',
  'procedures',
  'organisation',
  'civil_service',
  'public_finance',
  'digital_government',
] as const;
export type SelfInspectionArea = (typeof SELF_INSPECTION_AREAS)[number];

/** How a unit rates its own work in an area. */
export const SELF_ASSESSMENT_RESULTS = ['done', 'partly_done', 'not_done', 'not_applicable'] as const;
export type SelfAssessmentResult = (typeof SELF_ASSESSMENT_RESULTS)[number];

/** One line of the self-inspection form. */
export interface SelfAssessmentItem {
  area: SelfInspectionArea;
  result: SelfAssessmentResult;
  note: string;
}

/** Vietnamese names of the areas, as the form and the conclusion notice print them. */
export const SELF_INSPECTION_AREA_NAMES: Record<SelfInspectionArea, string> = {
  direction: 'Công tác chỉ đạo, điều hành cải cách hành chính',
  institutions: 'Cải cách thể chế',
  procedures: 'Cải cách thủ tục hành chính',
  organisation: 'Cải cách tổ chức bộ máy',
  civil_service: 'Cải cách chế độ công vụ',
  public_finance: 'Cải cách tài chính công',
  digital_government: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
};

/** Vietnamese names of the severities, for the conclusion notice. */
export const FINDING_SEVERITY_NAMES: Record<FindingSeverity, string> = {
  minor: 'Lưu ý',
  moderate: 'Tồn tại, hạn chế cần khắc phục',
  serious: 'Vi phạm',
};

/** Vietnamese names of the self-assessment results. */
export const SELF_ASSESSMENT_RESULT_NAMES: Record<SelfAssessmentResult, string> = {
  done: 'Đã thực hiện',
  partly_done: 'Thực hiện một phần',
  not_done: 'Chưa thực hiện',
  not_applicable: 'Không áp dụng',
};
