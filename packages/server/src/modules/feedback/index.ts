// The public entry of the feedback module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { feedbackFigures, feedbackFiguresOf } from './indicators.js';
export { FEEDBACK_REPORT_FIGURES } from './report-provider.js';
export { feedbackRepository } from './repository.js';
export { publicPageOut } from './schemas.js';
export { publishedPage } from './use-cases/read-feedback.js';
