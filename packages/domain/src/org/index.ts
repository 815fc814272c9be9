export * from './blocks.js';
export * from './default-units.js';
export * from './focal-unit.js';
export * from './grants.js';
export * from './permissions.js';
export * from './roles.js';
