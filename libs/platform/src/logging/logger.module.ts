import { Global, Inject, Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type LoggerOptions } from 'pino';
import { AppLogger } from './nest-logger.js';
import { PinoLogger } from './pino-logger.js';
import { RequestLog, RootLogger, requestLogger } from './request-logger.js';

const IGNORE = Symbol('LOG_IGNORE');

export interface LoggingOptions extends LoggerOptions {
  /** Where lines go instead of standard output (tests). */
  stream?: NodeJS.WritableStream;
  /** Requests that get no line of their own (health probes). */
  ignore?: (req: IncomingMessage) => boolean;
}

/**
 * pino for the whole application: one line per HTTP request (RequestLog), `PinoLogger` for services
 * and `AppLogger` for Nest itself, all through one root logger and one destination.
 */
@Global()
@Module({})
export class LoggerModule implements NestModule {
  static forRoot({ stream, ignore, ...options }: LoggingOptions): DynamicModule {
    const root = new RootLogger(stream ? pino(options, stream) : pino(options));
    return {
      module: LoggerModule,
      providers: [{ provide: RootLogger, useValue: root }, { provide: IGNORE, useValue: ignore ?? (() => false) }, PinoLogger, AppLogger],
      exports: [RootLogger, PinoLogger, AppLogger],
    };
  }

  constructor(
    private readonly root: RootLogger,
    @Inject(IGNORE) private readonly ignore: (req: IncomingMessage) => boolean,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    const { root, ignore } = this;
    consumer
      .apply((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const log = new RequestLog(root.pino, req);
        if (!ignore(req)) log.watch(res);
        // Everything the request causes logs through its logger (with its id).
        requestLogger.run(log, next);
      })
      // Every path, including "/" (path-to-regexp 8 no longer takes a bare "*").
      .forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
  }
}
