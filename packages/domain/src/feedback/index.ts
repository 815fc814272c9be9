// Citizen feedback (phản ánh, kiến nghị): statuses, deadlines, publication, indicators 5.1–5.3.
export * from './attachments.js';
export * from './complaints.js';
export * from './deadlines.js';
export * from './indicators.js';
export * from './redaction.js';
export * from './status.js';
export * from './timing.js';
export * from './tracking-code.js';
export * from './types.js';
