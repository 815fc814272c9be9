// The steps of a self-assessment (docs/PAR-INDEX.md "Status flow").

/**
 * draft: the ward scores; submitted: sent to the city by its deadline; appraised: the council's scores are out and
 * the ward may answer once; final: the city closed it and the score ranks the ward.
 */
export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'appraised', 'final'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** What moves an assessment, and from which status. */
export const ASSESSMENT_STEPS = {
  submit: { from: 'draft', to: 'submitted' },
  appraise: { from: 'submitted', to: 'appraised' },
  finalise: { from: 'appraised', to: 'final' },
} as const satisfies Record<string, { from: AssessmentStatus; to: AssessmentStatus }>;
export type AssessmentStep = keyof typeof ASSESSMENT_STEPS;

/** Whether a step may be taken now. */
export const canStep = (status: AssessmentStatus, step: AssessmentStep) => ASSESSMENT_STEPS[step].from === status;
