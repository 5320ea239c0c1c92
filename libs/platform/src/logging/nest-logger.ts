import { Injectable, type LoggerService } from '@nestjs/common';
import { RootLogger } from './request-logger.js';

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/**
 * Nest's own messages (start-up, routes, uncaught exceptions) as pino lines: `app.useLogger(app.get(AppLogger))`.
 * Nest passes the context last: `log(message, ...params, context)`.
 */
@Injectable()
export class AppLogger implements LoggerService {
  constructor(private readonly root: RootLogger) {}

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const fields: Record<string, unknown> = {};
    const rest = [...params];
    if (rest.length > 0) fields.context = rest.pop();
    // Nest's exception handlers call error(message, stack, context): keep the stack as an error.
    if (level === 'error' && typeof message === 'string' && typeof rest[0] === 'string' && /\n\s*at /.test(rest[0])) {
      const err = new Error(message);
      err.stack = rest.shift() as string;
      fields.err = err;
    }
    const logger = this.root.current();
    if (message instanceof Error) logger[level]({ ...fields, err: message }, message.message, ...rest);
    else if (typeof message === 'object' && message !== null) logger[level]({ ...fields, ...message }, ...(rest as [string?]));
    else if (fields.err) logger[level](fields, message as string);
    else logger[level](fields, String(message), ...rest);
  }
}
