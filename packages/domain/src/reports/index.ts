// Periodic PAR reports (docs/DOMAIN.md §1, §6, §7): report periods and data windows, units' reports and their review,
// reminders, the text sections, and the consolidated report built as an official document with its tables.
export * from './build-report.js';
export * from './figure-text.js';
export * from './figures.js';
export * from './periods.js';
export * from './report-tables.js';
export * from './sections.js';
export * from './state-at-cutoff.js';
export * from './submissions.js';
export * from './unit-form.js';
