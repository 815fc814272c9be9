// The public entry of the par module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { parStandings } from './use-cases/standings.js';
