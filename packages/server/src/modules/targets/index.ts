// The public entry of the targets module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { targetsRepository } from './repository.js';
export { evaluateTargets } from './use-cases/evaluate-targets.js';
