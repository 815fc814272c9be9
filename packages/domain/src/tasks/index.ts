// Task execution: statuses, flags on the working calendar, completion figures, target status, rights,
// evidence rules and the metric-source types. Pure: "today" and the calendar are arguments.
export * from './access.js';
export * from './amend-parse.js';
export * from './amendment-deadline.js';
export * from './completion.js';
export * from './evidence.js';
export * from './flags.js';
export * from './metrics.js';
export * from './milestones.js';
export * from './progress-rules.js';
export * from './reminders.js';
export * from './reporting-windows.js';
export * from './settings.js';
export * from './short-date.js';
export * from './status.js';
export * from './targets.js';
