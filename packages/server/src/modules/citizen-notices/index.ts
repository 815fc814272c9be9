// The public entry of the citizen-notices module: what other modules may use (docs/ARCHITECTURE.md, "Boundaries").
export { tellApplicant, tellSubmitter } from './notify-citizens.js';
