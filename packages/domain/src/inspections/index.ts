// Self-inspections of public administration reform: statuses, coverage (target đ), the conclusion notice.
export * from './conclusion-notice.js';
export * from './coverage.js';
export * from './follow-up.js';
export * from './status.js';
export * from './types.js';
