// The public entry of the plans module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { snapshotOfRow } from './document-tasks.js';
export { listMilestones, type MilestoneRow, setMilestoneDone } from './milestones-repository.js';
export { planRepository } from './repository.js';
