import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/app-config.js';

/** JSON logs (pino); the token and cookies never reach them. */
export const loggerModule = (config: AppConfig) =>
  LoggerModule.forRoot({
    pinoHttp: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
    },
  });
