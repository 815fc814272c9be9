/** How a timeframe cell is read (docs/DOMAIN.md §1); the API schemas and the database check use the same list. */
export const TIMEFRAME_KINDS = [
  'before',
  'date',
  'month',
  'quarter',
  'range',
  'year',
  'recurring',
  'event',
  'milestones',
] as const;

/** The number of a task as shown: a plain number stays a number ("12" → 12), "1.2" and "a" stay text. */
export const taskNumberOf = (label: string): number | string => (/^\d{1,4}$/.test(label) ? Number(label) : label);
