// The public entry of the inspections module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { UNITS_SELF_INSPECTED, unitsSelfInspectedShare } from './coverage.js';
export { committeeOf } from './notice.js';
export { INSPECTION_REPORT_FIGURES } from './report-provider.js';
export { inspectionRepository } from './repository.js';
