// The public entry of the tenants module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { tenantMessage } from './messages.js';
export { tenantsRepository } from './repository.js';
