// The public entry of the legal-documents module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { legalRepository } from './repository.js';
export { expiredList } from './use-cases/read-documents.js';
