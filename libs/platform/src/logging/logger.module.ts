import { Global, Inject, Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp, type HttpLogger, type Options } from 'pino-http';
import { AppLogger } from './nest-logger.js';
import { PinoLogger } from './pino-logger.js';
import { RootLogger, requestLogger } from './request-logger.js';

const HTTP_LOGGER = Symbol('HTTP_LOGGER');

/**
 * pino for the whole application: one line per HTTP request (pino-http), `PinoLogger` for services
 * and `AppLogger` for Nest itself, all through one root logger and one destination.
 */
@Global()
@Module({})
export class LoggerModule implements NestModule {
  static forRoot(options: Options): DynamicModule {
    const http = pinoHttp(options);
    return {
      module: LoggerModule,
      providers: [
        { provide: HTTP_LOGGER, useValue: http },
        { provide: RootLogger, useValue: new RootLogger(http.logger) },
        PinoLogger,
        AppLogger,
      ],
      exports: [RootLogger, PinoLogger, AppLogger],
    };
  }

  constructor(@Inject(HTTP_LOGGER) private readonly http: HttpLogger) {}

  configure(consumer: MiddlewareConsumer): void {
    const http = this.http;
    consumer
      .apply((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        http(req, res);
        // Everything the request causes logs through its child logger (with its id).
        requestLogger.run(req.log, next);
      })
      // Every path, including "/" (path-to-regexp 8 no longer takes a bare "*").
      .forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
  }
}
