// The public entry of the org module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { loadParFocalUnitId } from './focal-unit.js';
export { orgRepository, type UserProfile } from './repository.js';
export { USERNAME_PATTERN } from './schemas.js';
export { type UnitFinder, unitFinder } from './unit-finder.js';
export { createUser } from './use-cases/create-user.js';
