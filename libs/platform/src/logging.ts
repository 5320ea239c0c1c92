import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/app-config.js';

/**
 * JSON logs (pino); the token, cookies and a case's tracking PIN never reach them. `stream` replaces
 * standard output (tests read what would have been logged).
 */
export const loggerModule = (config: AppConfig, stream?: NodeJS.WritableStream) =>
  LoggerModule.forRoot({
    pinoHttp: {
      level: config.logLevel,
      ...(stream ? { stream } : {}),
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-tracking-pin"]', 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
    },
  });
