// A ward's settings of task follow-up, kept in `tenants.settings.tasks`; anything missing takes the default.

/** Who accepts or returns completions: the coordinator (default) or the chairman. */
export type TaskAcceptor = 'coordinator' | 'chairman';

export interface TaskSettings {
  acceptor: TaskAcceptor;
  /** Whether an officer's completion goes to the unit head before the acceptor. */
  unitHeadApproval: boolean;
  /**
   * A second pair of eyes: a task the coordinator's own unit answers for is accepted by the chairman or a
   * vice-chairman, not by the coordinator who did the work.
   */
  secondPairOfEyes: boolean;
  /** A task is flagged due soon with this many working days left or fewer. */
  dueSoonWorkingDays: number;
}

export const DEFAULT_TASK_SETTINGS: TaskSettings = {
  acceptor: 'coordinator',
  unitHeadApproval: false,
  secondPairOfEyes: false,
  dueSoonWorkingDays: 5,
};

/** Limits of `dueSoonWorkingDays`, shared by the API's schema and the settings form. */
export const DUE_SOON_LIMITS = { min: 1, max: 30 } as const;

/** Reads stored settings leniently: a missing or malformed value takes its default. */
export function readTaskSettings(stored: unknown): TaskSettings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const days = s.dueSoonWorkingDays;
  return {
    acceptor: s.acceptor === 'chairman' ? 'chairman' : 'coordinator',
    unitHeadApproval: s.unitHeadApproval === true,
    secondPairOfEyes: s.secondPairOfEyes === true,
    dueSoonWorkingDays:
      typeof days === 'number' && Number.isInteger(days) && days >= DUE_SOON_LIMITS.min && days <= DUE_SOON_LIMITS.max
        ? days
        : DEFAULT_TASK_SETTINGS.dueSoonWorkingDays,
  };
}
