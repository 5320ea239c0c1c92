import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { testDatabaseKind } from '../support/test-env.js';
import { serverEnv, type ServerEnv } from './support/server-env.js';
import { PROCESS_TEST_MS, startServer, stopServer } from './support/server.js';

/** Embedded mode: one process per data directory, and a crash does not keep the next one waiting. */
const embedded = testDatabaseKind() === 'embedded' ? describe : describe.skip;

/** The bound: ready within 10 s of starting again after `kill -9` (a few seconds on an idle machine). */
const RESTART_MS = 10_000;

async function timedStart(env: Record<string, string>) {
  const began = Date.now();
  const server = await startServer(env);
  return { server, ms: Date.now() - began };
}

embedded('the embedded server after a crash', () => {
  let setup: ServerEnv;
  beforeAll(async () => {
    setup = await serverEnv();
  }, PROCESS_TEST_MS);
  afterAll(() => setup.cleanup());

  it(
    'restarts at once after kill -9: the lock of a dead process is taken over',
    async () => {
      expect(await stopServer(await startServer(setup.env))).toBe(0);
      // How long a start takes on this machine right now, after a clean stop.
      const clean = await timedStart(setup.env);
      clean.server.child.kill('SIGKILL');
      await clean.server.exited;
      expect(existsSync(join(setup.dataDir!, 'scrutineer.lock'))).toBe(true);
      const restart = await timedStart(setup.env);
      try {
        expect(restart.server.stdout()).toContain(`Took over the data directory lock of process ${clean.server.child.pid}`);
        // 10 s, unless the machine is so loaded that a clean start alone takes more than half of it:
        // waiting out a lock (60 s before) fails either way.
        const bound = Math.max(RESTART_MS, 2 * clean.ms);
        expect({ restartMs: restart.ms, cleanStartMs: clean.ms, within: restart.ms < bound }).toMatchObject({ within: true });
      } finally {
        expect(await stopServer(restart.server)).toBe(0);
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
