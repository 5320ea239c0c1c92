import { DomainError } from '@scrutineer/domain';
import argon2 from 'argon2';
import { Semaphore } from 'async-mutex';

/** argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * argon2 runs on libuv's thread pool (4 threads by default), which file and DNS work share: at most this
 * many hashes or checks run at once per process, so a burst of sign-ins or PIN checks cannot take it all.
 */
export const PASSWORD_WORK_AT_ONCE = 2;
/** Beyond this many waiting, a check is refused at once (RATE_LIMITED) instead of queueing without end. */
export const PASSWORD_WORK_QUEUE = 64;

const slots = new Semaphore(PASSWORD_WORK_AT_ONCE);
let running = 0;
let waiting = 0;

/** How much argon2 work is running and waiting in this process (for tests and metrics). */
export const passwordWorkLoad = (): { running: number; waiting: number } => ({ running, waiting });

async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (waiting >= PASSWORD_WORK_QUEUE) {
    throw new DomainError('RATE_LIMITED', 'The server is busy checking passwords; try again in 1 s', { retryAfterSeconds: 1 });
  }
  waiting += 1;
  const [, release] = await slots.acquire().finally(() => (waiting -= 1));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    release();
  }
}

export const hashPassword = (password: string): Promise<string> => limited(() => argon2.hash(password, OPTIONS));

export const verifyPassword = (hash: string, password: string): Promise<boolean> =>
  limited(async () => {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  });

let dummy: Promise<string> | undefined;

/** Spend the time a real check would, so a missing username cannot be told from a wrong password. */
export const burnPasswordCheck = async (password: string): Promise<void> => {
  dummy ??= hashPassword('scrutineer-timing-equaliser').catch((err: unknown) => {
    dummy = undefined;
    throw err;
  });
  await verifyPassword(await dummy, password);
};
