import { Injectable, Scope } from '@nestjs/common';
import { RootLogger } from './request-logger.js';

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/**
 * pino for services: `setContext` names the caller, and inside a request the line carries that
 * request's id. Transient: each injection gets its own context.
 */
@Injectable({ scope: Scope.TRANSIENT })
export class PinoLogger {
  private context: string | undefined;

  constructor(private readonly root: RootLogger) {}

  setContext(context: string): void {
    this.context = context;
  }

  trace(obj: object | string, msg?: string): void {
    this.write('trace', obj, msg);
  }
  debug(obj: object | string, msg?: string): void {
    this.write('debug', obj, msg);
  }
  info(obj: object | string, msg?: string): void {
    this.write('info', obj, msg);
  }
  warn(obj: object | string, msg?: string): void {
    this.write('warn', obj, msg);
  }
  error(obj: object | string, msg?: string): void {
    this.write('error', obj, msg);
  }
  fatal(obj: object | string, msg?: string): void {
    this.write('fatal', obj, msg);
  }

  private write(level: Level, obj: object | string, msg?: string): void {
    const fields = typeof obj === 'string' ? {} : obj instanceof Error ? { err: obj } : obj;
    const text = typeof obj === 'string' ? obj : msg;
    const bound = this.context ? { context: this.context, ...fields } : fields;
    this.root.current()[level](bound, text);
  }
}
