import { testDatabaseKind } from '../support/test-env.js';
import { serverEnv, type ServerEnv } from './support/server-env.js';
import { graphql, PROCESS_TEST_MS, refusedWithin, slowPost, startServer, status, stopServer } from './support/server.js';

/**
 * The built server as a user runs it (`npm start` runs `node dist/apps/api/src/main.js` after the
 * build): what it prints, that it serves, keeps its data across restarts, and shuts down cleanly.
 */
const LOGIN = 'mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }';

describe('the server process', () => {
  const kind = testDatabaseKind();
  let setup: ServerEnv;
  let password = '';

  beforeAll(async () => {
    setup = await serverEnv();
    password = setup.password ?? '';
  }, PROCESS_TEST_MS);
  afterAll(() => setup.cleanup());

  it(
    'starts, says where it serves, and serves GraphQL, GraphiQL and health',
    async () => {
      // GraphiQL is on by default in embedded mode; a server deployment turns it on with GRAPHQL_SANDBOX.
      const server = await startServer({ ...setup.env, ...(kind === 'server' ? { GRAPHQL_SANDBOX: 'true' } : {}) });
      try {
        expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        expect(server.stdout()).toContain(`GraphQL:  ${server.url}/graphql`);
        if (kind === 'embedded') {
          const generated = /password: (\S+)/.exec(server.stdout());
          expect(generated).not.toBeNull();
          password = generated![1]!;
          expect(server.stdout()).toContain('embedded PostgreSQL (PGlite)');
        }
        const login = await graphql(server.url, LOGIN, { u: setup.username, p: password });
        expect(login.body.data.login.token).toEqual(expect.any(String));
        expect(await status(`${server.url}/health/ready`)).toBe(200);
        expect(server.stdout()).toContain(`GraphiQL: ${server.url}/graphiql`);
        for (const path of ['/graphql', '/graphiql']) {
          const page = await fetch(`${server.url}${path}`, { headers: { accept: 'text/html' } });
          expect(page.status).toBe(200);
          expect(await page.text()).toContain('/graphiql/graphiql.min.js');
        }
      } finally {
        expect(await stopServer(server)).toBe(0);
      }
    },
    PROCESS_TEST_MS,
  );

  it(
    'finishes in-flight requests on SIGTERM, refuses new ones, stops the worker, and exits 0',
    async () => {
      const server = await startServer(setup.env);
      expect((await graphql(server.url, LOGIN, { u: setup.username, p: password })).status).toBe(200);
      // Requests the server has begun reading: headers and half the body sent before the signal.
      const inFlight = Array.from({ length: 5 }, () =>
        slowPost(`${server.url}/graphql`, JSON.stringify({ query: LOGIN, variables: { u: setup.username, p: password } })),
      );
      // A request on a newer connection answered: the server has accepted the five before it.
      expect(await status(`${server.url}/health`)).toBe(200);
      server.child.kill('SIGTERM');
      // New connections are refused while the five are still open (the server cannot exit before).
      expect(await refusedWithin(`${server.url}/health`, 30_000)).toBe('refused');
      const responses = await Promise.all(inFlight.map((request) => request.finish()));
      expect(responses.map((r) => r.status)).toEqual(Array(5).fill(200));
      expect(
        responses.every((r) => typeof (JSON.parse(r.body) as { data: { login: { token: string } } }).data.login.token === 'string'),
      ).toBe(true);
      expect(await server.exited).toBe(0);
      expect(server.stdout()).toContain('Received SIGTERM');
      expect(server.stdout()).toContain('workflow worker stopped');
    },
    PROCESS_TEST_MS,
  );

  it(
    'keeps its data and its sessions across a restart',
    async () => {
      const first = await startServer(setup.env);
      const token = (await graphql(first.url, LOGIN, { u: setup.username, p: password })).body.data.login.token as string;
      expect(await stopServer(first)).toBe(0);
      const second = await startServer(setup.env);
      try {
        expect(second.stdout()).not.toContain('First start');
        const me = await graphql(second.url, '{ me { username } }', {}, token);
        expect(me.body.data.me.username).toBe(setup.username);
      } finally {
        expect(await stopServer(second)).toBe(0);
      }
    },
    PROCESS_TEST_MS,
  );
});
