import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const run = promisify(execFile);
const cli = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

/**
 * autocannon in a child process (its own event loop and core, not the server's): `connections` kept-alive
 * connections POSTing one GraphQL request for `seconds`; requests per second (2xx only, or it throws).
 */
export async function autocannon(
  url: string,
  body: unknown,
  token: string | undefined,
  connections: number,
  seconds: number,
): Promise<number> {
  const args = [cli, '-j', '-c', String(connections), '-d', String(seconds), '-m', 'POST', '-H', 'content-type=application/json'];
  if (token) args.push('-H', `authorization=Bearer ${token}`);
  args.push('-b', JSON.stringify(body), url);
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 2 ** 20 });
  const result = JSON.parse(stdout) as {
    requests: { average: number; total: number };
    non2xx: number;
    errors: number;
    '2xx': number;
    duration: number;
  };
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`autocannon: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result['2xx'] / result.duration;
}
