// The public entry of the dossiers module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { dossierMessage } from './messages.js';
export { dossierRecordOf } from './records.js';
export { dossiersRepository } from './repository.js';
export { supplementOut } from './schemas-out.js';
export { dossierSideRepository } from './side-repository.js';
