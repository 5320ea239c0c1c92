import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { AppLogger } from './nest-logger.js';
import { PinoLogger } from './pino-logger.js';
import { RequestLog, RootLogger, requestLogger } from './request-logger.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { root: new RootLogger(pino({ level: 'trace' }, stream)), lines };
}

describe('loggers', () => {
  it('PinoLogger names its context and, inside a request, logs through the request logger', () => {
    const { root, lines } = capture();
    const logger = new PinoLogger(root);
    logger.setContext('Worker');
    logger.info({ n: 1 }, 'outside');
    requestLogger.run(new RequestLog(root.pino, { id: 7 } as unknown as IncomingMessage), () => logger.warn('inside'));
    logger.error(new Error('boom'));
    expect(lines[0]).toMatchObject({ level: 30, context: 'Worker', n: 1, msg: 'outside' });
    expect(lines[1]).toMatchObject({ level: 40, context: 'Worker', req: { id: 7 }, msg: 'inside' });
    expect(lines[2]).toMatchObject({ level: 50, context: 'Worker', err: { message: 'boom' } });
  });

  it("AppLogger takes Nest's context-last calls and keeps an exception handler's stack", () => {
    const { root, lines } = capture();
    const logger = new AppLogger(root);
    logger.log('Mapped {/health, GET} route', 'RouterExplorer');
    logger.error('Unexpected', 'Error: Unexpected\n    at x (y.js:1:1)', 'ExceptionsHandler');
    logger.warn({ detail: 1 }, 'Ctx');
    logger.verbose('plain');
    expect(lines[0]).toMatchObject({ level: 30, context: 'RouterExplorer', msg: 'Mapped {/health, GET} route' });
    expect(lines[1]).toMatchObject({
      level: 50,
      context: 'ExceptionsHandler',
      msg: 'Unexpected',
      err: { stack: expect.stringContaining('at x') },
    });
    expect(lines[2]).toMatchObject({ level: 40, context: 'Ctx', detail: 1 });
    expect(lines[3]).toMatchObject({ level: 10, msg: 'plain' });
  });

  it('writes one line per request when its response ends, as pino-http did, with a new id for each', async () => {
    const { root, lines } = capture();
    const server = createServer((req, res) => {
      const log = new RequestLog(root.pino, req);
      log.watch(res);
      requestLogger.run(log, () => {
        if (req.url === '/fault') log.logger.warn('during');
        res.statusCode = req.url === '/fault' ? 500 : 200;
        res.end('x');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await (await fetch(`${base}/ok`)).text();
    await (await fetch(`${base}/fault`)).text();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const [ok, during, fault] = lines;
    expect(ok).toMatchObject({
      level: 30,
      req: { id: expect.any(Number), url: '/ok' },
      res: { statusCode: 200 },
      msg: 'request completed',
    });
    expect(ok!.responseTime).toEqual(expect.any(Number));
    expect(during).toMatchObject({ level: 40, req: { url: '/fault' }, msg: 'during' });
    expect(fault).toMatchObject({
      level: 30,
      req: { url: '/fault' },
      res: { statusCode: 500 },
      err: { message: 'failed with status code 500' },
    });
    expect(fault!.msg).toBe('request errored');
    expect((fault!.req as { id: number }).id).not.toBe((ok!.req as { id: number }).id);
  });
});
