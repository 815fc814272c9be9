// The public entry of the indicators module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { loadIndicatorConfig, loadIndicatorConfigs } from './config.js';
export { loadPeriodRecords, periodBounds, periodNamed } from './load-input.js';
export { DOSSIER_METRIC_SOURCES } from './metric-sources.js';
export { indicatorsRepository } from './repository.js';
export { publicResultsOut } from './schemas.js';
export { indicatorReport, indicatorReports, indicatorsJson } from './use-cases/compute-report.js';
export { monthlyResults, republishChangedMonths } from './use-cases/public-results.js';
