export * from './vocabulary.js';
export * from './case-profile.js';
export * from './case.types.js';
export * from './case.rules.js';
export * from './case.machine.js';
export * from './competence.js';
export * from './case.migrations.js';
