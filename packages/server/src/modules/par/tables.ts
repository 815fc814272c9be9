/** What an evidence link points at (par_evidence.kind). */
export const EVIDENCE_KINDS = ['task', 'task_evidence', 'report', 'inspection', 'legal_review', 'document'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
