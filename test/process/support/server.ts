import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';

/** The built server, as `npm start` runs it. */
export const MAIN = join(process.cwd(), 'dist/apps/api/src/main.js');

/**
 * Margins for a loaded two-core machine: a start takes a few seconds alone and can take many
 * times that while other test files run. Generous, but each failure still names what was waited for.
 */
export const START_TIMEOUT_MS = 90_000;
export const PROCESS_TEST_MS = 240_000;

export interface Running {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  exited: Promise<number | null>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Spawn the server and wait until it says where it serves and /health/ready answers 200. */
export async function startServer(env: Record<string, string>): Promise<Running> {
  if (!existsSync(MAIN)) throw new Error('Build first: npm run build (npm test does it in pretest)');
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  let code: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (c) => {
      code = c;
      resolve(c);
    }),
  );
  const running = { child, stdout: () => out, exited };
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (code !== undefined) throw new Error(`server exited with ${code}:\n${out}`);
    const url = /Scrutineer is running at (http:\/\/\S+)/.exec(out)?.[1];
    if (url && (await status(`${url}/health/ready`)) === 200) return { ...running, url };
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not ready after ${START_TIMEOUT_MS} ms:\n${out}`);
    }
    await sleep(50);
  }
}

/** SIGTERM, and the exit code. */
export async function stopServer(server: Running): Promise<number | null> {
  server.child.kill('SIGTERM');
  return server.exited;
}

/** GET on a new connection (no keep-alive pool): its status, or 'refused'. */
export function status(url: string): Promise<number | 'refused'> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve('refused'));
    req.end();
  });
}

export async function graphql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}

/** A POST whose body is sent in two halves: the second only when `finish()` is called. */
export function slowPost(url: string, body: string): { finish: () => Promise<{ status: number; body: string }> } {
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

/** Poll until a new connection is refused; the last status otherwise. */
export async function refusedWithin(url: string, ms: number): Promise<number | 'refused'> {
  const deadline = Date.now() + ms;
  for (;;) {
    const got = await status(url);
    if (got === 'refused' || Date.now() > deadline) return got;
    await sleep(50);
  }
}
