export * from './open-case.js';
export * from './tracking.js';
