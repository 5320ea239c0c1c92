import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROCESS_TEST_MS } from './support/server.js';

/** The built lock, as the server uses it: processes race for it, exactly one wins. */
const LOCK = join(process.cwd(), 'dist/libs/db/src/lock/owner-lock.js');

const CONTENDER = `
import { acquireLock } from ${JSON.stringify(pathToFileURL(LOCK).href)};
const [, at, path] = process.argv;
while (Date.now() < Number(at)) {} // start together
let lock;
try {
  lock = acquireLock(path);
  process.stdout.write('won\\n');
} catch (err) {
  process.stdout.write(err.constructor.name === 'LockHeldError' ? 'held\\n' : 'error ' + err.message + '\\n');
}
// Hold it (or not) until told to go: a winner leaving early would let a late starter win too.
process.stdin.on('data', () => { lock?.release(); process.exit(0); });
`;

/** Start `count` processes that try to take the lock at the same moment; what each got. */
async function race(path: string, count: number): Promise<string[]> {
  const at = Date.now() + 3000;
  const children = Array.from({ length: count }, () =>
    spawn(process.execPath, ['--input-type=module', '-e', CONTENDER, String(at), path], { stdio: ['pipe', 'pipe', 'inherit'] }),
  );
  const results = await Promise.all(
    children.map(
      (child) =>
        new Promise<string>((resolve, reject) => {
          let out = '';
          child.stdout.on('data', (d: Buffer) => {
            out += d.toString();
            if (out.endsWith('\n')) resolve(out.trim());
          });
          child.on('exit', (code) => reject(new Error(`contender exited with ${code} before answering: ${out}`)));
        }),
    ),
  );
  await Promise.all(
    children.map((child) => {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.stdin.write('go\n');
      return exited;
    }),
  );
  return results.sort();
}

describe('the data directory lock under contention', () => {
  let dir: string;
  beforeEach(() => {
    if (!existsSync(LOCK)) throw new Error('Build first: npm run build (npm test does it in pretest)');
    dir = mkdtempSync(join(tmpdir(), 'scrutineer-race-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'goes to exactly one of several processes starting together',
    async () => {
      const path = join(dir, 'scrutineer.lock');
      expect(await race(path, 6)).toEqual(['held', 'held', 'held', 'held', 'held', 'won']);
      expect(existsSync(path)).toBe(false);
    },
    PROCESS_TEST_MS,
  );

  it(
    "goes to exactly one of them when they all find a dead process's lock",
    async () => {
      const path = join(dir, 'scrutineer.lock');
      // pid 2^22 + 1 is above Linux's largest pid: no process has it.
      writeFileSync(path, JSON.stringify({ pid: 4_194_305, host: hostname(), nonce: 'dead' }));
      expect(await race(path, 6)).toEqual(['held', 'held', 'held', 'held', 'held', 'won']);
      expect(existsSync(path)).toBe(false);
    },
    PROCESS_TEST_MS,
  );
});
