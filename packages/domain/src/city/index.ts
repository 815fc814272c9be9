export * from './rankings.js';
