export * from './default-units.js';
export * from './roles.js';
