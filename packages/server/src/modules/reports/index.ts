// The public entry of the reports module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { loadPlanPeriods } from './period-scope.js';
export { reportsRepository } from './repository.js';
export { renderReportVersion } from './use-cases/render-report.js';
