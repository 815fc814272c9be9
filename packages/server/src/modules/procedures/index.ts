// The public entry of the procedures module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { limitOf, type ProcedureRow, procedureRecordOf } from './records.js';
export { containsPattern, proceduresRepository } from './repository.js';
export { limitSchema, ONLINE_LEVELS } from './schemas.js';
