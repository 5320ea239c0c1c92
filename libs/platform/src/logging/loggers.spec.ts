import { Writable } from 'node:stream';
import pino from 'pino';
import { AppLogger } from './nest-logger.js';
import { PinoLogger } from './pino-logger.js';
import { RootLogger, requestLogger } from './request-logger.js';

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
    requestLogger.run(root.pino.child({ req: { id: 7 } }), () => logger.warn('inside'));
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
});
