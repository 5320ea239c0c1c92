export * from './database-options.js';
export * from './data-source.js';
export * from './data-dir-lock.js';
export { acquireLock, LockHeldError, type HeldLock } from './lock/owner-lock.js';
export * from './migrate.js';
export * from './sql.js';
export * from './unique-violation.js';
export * from './entities/index.js';
export { MIGRATIONS } from './migrations/index.js';
