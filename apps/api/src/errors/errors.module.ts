import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { PinoLogger } from '@scrutineer/platform';
import { ERROR_LOG, errorLog } from './error-log.js';
import { ErrorFilter } from './error.filter.js';

/** Error answers and their log lines, for GraphQL (formatError), REST and the HTTP layer alike. */
@Module({
  providers: [
    {
      provide: ERROR_LOG,
      inject: [PinoLogger],
      useFactory: (logger: PinoLogger) => {
        logger.setContext('Errors');
        return errorLog(logger);
      },
    },
    { provide: APP_FILTER, useClass: ErrorFilter },
  ],
  exports: [ERROR_LOG],
})
export class ErrorsModule {}
