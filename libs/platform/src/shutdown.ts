import type { INestApplicationContext } from '@nestjs/common';

/**
 * On SIGTERM or SIGINT: stop taking requests, let in-flight ones finish (Apollo's drain plugin),
 * stop the worker after its current pass, close the database, exit 0. If that takes longer than
 * `timeoutMs`, exit 1 rather than hang.
 */
export function installShutdown(app: INestApplicationContext, timeoutMs: number): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    process.stderr.write(`Received ${signal}: shutting down\n`);
    setTimeout(() => {
      process.stderr.write(`Shutdown took longer than ${timeoutMs} ms; exiting\n`);
      process.exit(1);
    }, timeoutMs).unref();
    app
      .close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        process.stderr.write(`Error during shutdown: ${String(err)}\n`);
        process.exit(1);
      });
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

/** For entry points: report a start-up failure in one line (the stack with LOG_LEVEL=debug) and exit 1. */
export function exitOnStartupFailure(what: string): (err: unknown) => never {
  return (err) => {
    const detail = err instanceof Error ? (process.env.LOG_LEVEL === 'debug' ? (err.stack ?? err.message) : err.message) : String(err);
    process.stderr.write(`${what} failed to start: ${detail}\n`);
    process.exit(1);
  };
}
