// The Decision 766 service-quality index (indicators, points, bands) and the II.06a processing-results table.
export * from './compute.js';
export * from './config.js';
export * from './contribution.js';
export * from './definitions.js';
export { dataWarnings, type FactsInput, gatherFacts, noDueWarning } from './facts.js';
export * from './formulas.js';
export * from './from-tallies.js';
export * from './period.js';
export * from './processing-counts.js';
export * from './processing-table.js';
export * from './processing-table-check.js';
export * from './settled.js';
export type * from './types.js';
