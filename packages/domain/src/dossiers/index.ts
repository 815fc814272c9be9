// One-stop dossiers (hồ sơ TTHC): status codes and moves, channels, dossier codes, due dates and lateness.
export * from './channel.js';
export * from './code.js';
export * from './due.js';
export { endOfProcessing, type ProcessingEnd, receiptOf } from './end.js';
export * from './processing.js';
export * from './status.js';
export type * from './types.js';
