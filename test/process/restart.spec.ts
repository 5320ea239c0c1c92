import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { testDatabaseKind } from '../support/test-env.js';
import { serverEnv, type ServerEnv } from './support/server-env.js';
import { PROCESS_TEST_MS, startServer, stopServer } from './support/server.js';

/** Embedded mode: one process per data directory, and a crash does not keep the next one waiting. */
const embedded = testDatabaseKind() === 'embedded' ? describe : describe.skip;

/** The bound: ready within 10 s of starting again after `kill -9`. */
const RESTART_MS = 10_000;

embedded('the embedded server after a crash', () => {
  let setup: ServerEnv;
  beforeAll(async () => {
    setup = await serverEnv();
  }, PROCESS_TEST_MS);
  afterAll(() => setup.cleanup());

  it(
    'restarts at once after kill -9: the lock of a dead process is taken over',
    async () => {
      const first = await startServer(setup.env);
      first.child.kill('SIGKILL');
      await first.exited;
      expect(existsSync(join(setup.dataDir!, 'scrutineer.lock'))).toBe(true);
      const began = Date.now();
      const second = await startServer(setup.env);
      const elapsed = Date.now() - began;
      try {
        expect(second.stdout()).toContain(`Took over the data directory lock of process ${first.child.pid}`);
        expect(elapsed).toBeLessThan(RESTART_MS);
      } finally {
        expect(await stopServer(second)).toBe(0);
      }
      expect(existsSync(join(setup.dataDir!, 'scrutineer.lock'))).toBe(false);
    },
    PROCESS_TEST_MS,
  );

  it(
    'refuses a second process on the same data directory while the first runs',
    async () => {
      const first = await startServer(setup.env);
      try {
        await expect(startServer(setup.env)).rejects.toThrow(
          new RegExp(`exited with 1:[^]*in use by another Scrutineer process \\(pid ${first.child.pid} `),
        );
      } finally {
        expect(await stopServer(first)).toBe(0);
      }
    },
    PROCESS_TEST_MS,
  );
});
