import type { IncomingMessage } from 'node:http';
import { stdSerializers } from 'pino';
import { LoggerModule } from './logging/logger.module.js';
import type { AppConfig } from './config/app-config.js';

type IncomingRequest = IncomingMessage & { id?: unknown; originalUrl?: string };

interface LoggedRequest {
  id?: unknown;
  method?: string;
  url?: string;
  remoteAddress?: string;
}

/**
 * A request as it is logged: method and path, never the query string (a GET to /graphql carries the
 * whole operation, PINs included), and no address or tracking code where the public comes in — a
 * complainant's address next to the time of a filing would say who filed it.
 */
export function requestForLog(req: LoggedRequest): LoggedRequest {
  const path = (req.url ?? '').split('?')[0]!;
  const publicDoor = path.startsWith('/graphql') || path.startsWith('/open311');
  return {
    id: req.id,
    method: req.method,
    // Whatever follows the collection is the tracking code (and whatever else a client appended to it).
    url: path.replace(/^(\/open311\/v2\/requests\/).+$/, '$1:code'),
    ...(publicDoor ? {} : { remoteAddress: req.remoteAddress }),
  };
}

/**
 * JSON logs (pino); the token, cookies and a case's tracking PIN never reach them. `stream` replaces
 * standard output (tests read what would have been logged).
 */
export const loggerModule = (config: AppConfig, stream?: NodeJS.WritableStream) =>
  LoggerModule.forRoot({
    level: config.logLevel,
    ...(stream ? { stream } : {}),
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-tracking-pin"]', 'res.headers["set-cookie"]'],
    serializers: {
      // What pino-std-serializers would take of the request (Express's originalUrl first), then only what may be logged.
      req: (req: IncomingRequest) =>
        requestForLog({ id: req.id, method: req.method, url: req.originalUrl || req.url, remoteAddress: req.socket?.remoteAddress }),
      res: stdSerializers.res,
    },
    ignore: (req) => req.url?.startsWith('/health') ?? false,
  });
