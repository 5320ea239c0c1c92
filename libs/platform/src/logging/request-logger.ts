import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

let lastRequestId = 0;

/**
 * One HTTP request's logging: its id, the child logger that carries it (made on first use: most requests
 * log nothing but their last line, and making a child per request was a tenth of a cheap read, issue 12),
 * and that last line, as pino-http wrote it.
 */
export class RequestLog {
  private child: Logger | undefined;
  private readonly started = Date.now();

  constructor(
    private readonly root: Logger,
    private readonly req: IncomingMessage & { id?: unknown },
  ) {
    // pino-http's ids: a counter, unless the request came with one.
    req.id ??= lastRequestId = (lastRequestId + 1) & 0x7fffffff;
  }

  /** The request's logger: every line carries `req` (the `req` serializer says what of it). */
  get logger(): Logger {
    return (this.child ??= this.root.child({ req: this.req }));
  }

  /** Log one line when the response ends or the connection closes first. */
  watch(res: ServerResponse): void {
    const done = (): void => {
      res.off('close', done);
      res.off('finish', done);
      this.completed(res);
    };
    res.on('close', done);
    res.on('finish', done);
  }

  private completed(res: ServerResponse & { err?: unknown }): void {
    const responseTime = Date.now() - this.started;
    // Through the root logger unless the child exists: the same line, without making a child for it.
    const [log, fields] = this.child ? [this.child, { res, responseTime }] : [this.root, { req: this.req, res, responseTime }];
    if (res.err || res.statusCode >= 500) {
      log.info({ ...fields, err: res.err ?? new Error(`failed with status code ${res.statusCode}`) }, 'request errored');
      return;
    }
    log.info(fields, !this.req.readableAborted && res.writableEnded ? 'request completed' : 'request aborted');
  }
}

/** The logging of the request being handled. */
export const requestLogger = new AsyncLocalStorage<RequestLog>();

/** The application's root pino logger: logs made outside a request go here. */
export class RootLogger {
  constructor(readonly pino: Logger) {}

  /** The request's logger inside a request, the root one elsewhere. */
  current(): Logger {
    return requestLogger.getStore()?.logger ?? this.pino;
  }
}
