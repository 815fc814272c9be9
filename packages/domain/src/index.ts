// Public surface of @cchc/domain: pure rules, no I/O. Each area re-exports from its own folder.
export * from './clock.js';
