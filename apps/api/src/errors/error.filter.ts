import { randomUUID } from 'node:crypto';
import { Catch, HttpException, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { INTERNAL_SERVER_ERROR } from '../graphql/error-codes.js';
import { ERROR_LOG, type ErrorLog } from './error-log.js';
import { httpRefusal } from './http-answer.js';

const OPEN311 = '/open311/';

/**
 * Every error outside GraphQL's own answers gets a stable code in its route's format: Open311's
 * `[{ code, description }]` under /open311, `{ errors: [{ message, extensions: { code } }] }`
 * elsewhere — Nest's 404, body-parser's 400/413/415, an id refused in a path. GraphQL errors go on
 * to formatError untouched (and unlogged here: formatError logs each once).
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  constructor(@Inject(ERROR_LOG) private readonly log: ErrorLog) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    if (res.headersSent) return void res.end();
    // A deliberate 5xx with its own body (the readiness check's 503) is the route's documented answer.
    if (exception instanceof HttpException && exception.getStatus() >= 500 && exception.getStatus() !== 500) {
      return void res.status(exception.getStatus()).json(exception.getResponse());
    }
    const reference = randomUUID();
    const refusal = httpRefusal(exception);
    if (refusal) this.log.refusal({ code: refusal.code, reference, status: refusal.status });
    else this.log.fault(exception, reference);
    const status = refusal?.status ?? 500;
    const code = refusal?.code ?? INTERNAL_SERVER_ERROR;
    const message = refusal?.message ?? `Internal server error (reference ${reference})`;
    const open311 = (req.originalUrl ?? req.url ?? '').startsWith(OPEN311);
    const extensions = refusal ? { code } : { code, reference };
    res.status(status).json(open311 ? [{ code: status, description: message }] : { errors: [{ message, extensions }] });
  }
}
