// The public entry of the legal-documents module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").

export { shownStatus } from './presenter.js';
export { legalRepository } from './repository.js';
export { expiredList, listDocuments } from './use-cases/read-documents.js';
