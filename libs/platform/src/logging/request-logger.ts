import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';

/** The pino logger of the request being handled (pino-http's child, with the request id). */
export const requestLogger = new AsyncLocalStorage<Logger>();

/** The application's root pino logger: logs made outside a request go here. */
export class RootLogger {
  constructor(readonly pino: Logger) {}

  /** The request's logger inside a request, the root one elsewhere. */
  current(): Logger {
    return requestLogger.getStore() ?? this.pino;
  }
}
