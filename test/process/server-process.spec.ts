import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { serverTemplate } from '../support/templates.js';
import { testDatabaseKind, testRunId, withDatabase } from '../support/test-env.js';

/**
 * The built server as a user runs it (`npm start` runs `node dist/apps/api/src/main.js` after the
 * build): what it prints, that it serves, keeps its data across restarts, and shuts down cleanly.
 */
const MAIN = join(process.cwd(), 'dist/apps/api/src/main.js');

interface Running {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  exited: Promise<number | null>;
}

async function startServer(env: Record<string, string>): Promise<Running> {
  if (!existsSync(MAIN)) throw new Error('Build first: npm run build (npm test does it in pretest)');
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /Scrutineer is running at (http:\/\/\S+)/.exec(out);
      if (match) {
        clearInterval(timer);
        resolve(match[1]!);
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  return { child, url, stdout: () => out, exited };
}

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}

/** A POST whose body is sent in two halves: the second only when `finish()` is called. */
function slowPost(url: string, body: string): { finish: () => Promise<{ status: number; body: string }> } {
  const { hostname, port, pathname } = new URL(url);
  const bytes = Buffer.from(body);
  let resolveResponse!: (value: { status: number; body: string }) => void;
  let rejectResponse!: (err: Error) => void;
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    resolveResponse = resolve;
    rejectResponse = reject;
  });
  const req = httpRequest(
    {
      hostname,
      port,
      path: pathname,
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': bytes.length },
    },
    (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolveResponse({ status: res.statusCode ?? 0, body: text }));
    },
  );
  req.on('error', rejectResponse);
  req.write(bytes.subarray(0, bytes.length >> 1));
  return {
    finish: () => {
      req.end(bytes.subarray(bytes.length >> 1));
      return response;
    },
  };
}

const LOGIN = 'mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }';

describe('the server process', () => {
  const kind = testDatabaseKind();
  let env: Record<string, string>;
  let username = 'admin';
  let password = '';
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (kind === 'embedded') {
      const dir = mkdtempSync(join(tmpdir(), 'scrutineer-proc-'));
      env = { DATA_DIR: dir };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const url = process.env.DATABASE_URL!;
      const name = `${testRunId()}_p${randomBytes(3).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${await serverTemplate(url)}`);
      await admin.end();
      username = 'ops-admin';
      password = 'ops-admin-password-1';
      env = {
        DATABASE_URL: withDatabase(url, name),
        JWT_SECRET: 'process-test-secret-process-test-secret',
        IDENTITY_KEY: Buffer.alloc(32, 9).toString('base64'),
        ADMIN_USERNAME: username,
        ADMIN_PASSWORD: password,
      };
      cleanup = async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      };
    }
  });
  afterAll(() => cleanup());

  it('starts, says where it serves, and serves GraphQL, GraphiQL and health', async () => {
    const server = await startServer(env);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.stdout()).toContain(`GraphQL:  ${server.url}/graphql`);
      if (kind === 'embedded') {
        const generated = /password: (\S+)/.exec(server.stdout());
        expect(generated).not.toBeNull();
        password = generated![1]!;
        expect(server.stdout()).toContain('embedded PostgreSQL (PGlite)');
      }
      const login = await graphql(server.url, LOGIN, { u: username, p: password });
      expect(login.body.data.login.token).toEqual(expect.any(String));
      const ready = await fetch(`${server.url}/health/ready`);
      expect(ready.status).toBe(200);
      if (kind === 'embedded') {
        const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
        expect(page.status).toBe(200);
        expect(await page.text()).toMatch(/graphiql/i);
      }
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  });

  it('finishes in-flight requests on SIGTERM, refuses new ones, stops the worker, and exits 0', async () => {
    const server = await startServer(env);
    expect((await graphql(server.url, LOGIN, { u: username, p: password })).status).toBe(200);
    // Requests the server has begun reading: headers and half the body sent before the signal.
    const inFlight = Array.from({ length: 5 }, () =>
      slowPost(`${server.url}/graphql`, JSON.stringify({ query: LOGIN, variables: { u: username, p: password } })),
    );
    await new Promise((r) => setTimeout(r, 300));
    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const fresh = await fetch(`${server.url}/health`).then(
      (r) => r.status,
      () => 'refused',
    );
    const responses = await Promise.all(inFlight.map((request) => request.finish()));
    expect(responses.map((r) => r.status)).toEqual(Array(5).fill(200));
    expect(
      responses.every((r) => typeof (JSON.parse(r.body) as { data: { login: { token: string } } }).data.login.token === 'string'),
    ).toBe(true);
    expect(fresh).toBe('refused');
    expect(await server.exited).toBe(0);
    expect(server.stdout()).toContain('Received SIGTERM');
    expect(server.stdout()).toContain('workflow worker stopped');
  });

  it('keeps its data and its sessions across a restart', async () => {
    const first = await startServer(env);
    const token = (await graphql(first.url, LOGIN, { u: username, p: password })).body.data.login.token as string;
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const second = await startServer(env);
    try {
      expect(second.stdout()).not.toContain('First start');
      const me = await graphql(second.url, '{ me { username } }', {}, token);
      expect(me.body.data.me.username).toBe(username);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  });
});
