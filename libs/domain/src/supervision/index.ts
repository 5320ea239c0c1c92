export * from './vocabulary.js';
export * from './checklist.js';
export * from './observation.js';
export * from './site-summary.js';
export * from './rectification.machine.js';
export * from './observation-timing.js';
