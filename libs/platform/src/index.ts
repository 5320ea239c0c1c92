/** Nest wiring shared by apps/api and apps/worker: configuration, database, workflow runtime, logs. */
export * from './config/config.schema.js';
export * from './config/app-config.js';
export * from './config/config.module.js';
export * from './crypto/identity-cipher.js';
export * from './crypto/identity-key.js';
export * from './database.module.js';
export * from './workflow.module.js';
export * from './logging.js';
export { AppLogger } from './logging/nest-logger.js';
export { PinoLogger } from './logging/pino-logger.js';
export * from './shutdown.js';
export * from './workflows/index.js';
export * from './cases/index.js';
