// The public entry of the city module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { report766 } from './measures.js';
export { cityRepository } from './repository.js';
export { blockWards } from './use-cases/rankings.js';
