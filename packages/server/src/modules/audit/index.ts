// The public entry of the audit module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { recordAudit } from './repository.js';
