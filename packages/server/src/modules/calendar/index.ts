// The public entry of the calendar module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { parseLocalDateTime } from './local-time.js';
export { type RecomputeContext, registerDeadlineRecomputer } from './recompute.js';
export { loadWorkingCalendar, loadWorkingCalendars } from './service.js';
