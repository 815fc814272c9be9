// The public entry of the auth module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { hashPassword } from './passwords.js';
export { authRepository } from './repository.js';
