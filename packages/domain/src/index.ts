// Public surface of @cchc/domain: pure rules, no I/O. Each area re-exports from its own folder.
export * from './calendar/index.js';
export * from './city/index.js';
export * from './clock.js';
export * from './documents/index.js';
export * from './dossiers/index.js';
export * from './feedback/index.js';
export * from './indicators/index.js';
export * from './inspections/index.js';
export * from './org/index.js';
export * from './par/index.js';
export * from './plan/index.js';
export * from './privacy/index.js';
export * from './reports/index.js';
export * from './tasks/index.js';
export * from './vi-format.js';
