// The public entry of the personal-data module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { logPersonalDataRead } from './read-log.js';
