import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { acquireLock, LockHeldError } from './lock/owner-lock.js';
import type { LockOwner } from './lock/process-identity.js';

/** How often the holder checks that its lock file still names it. */
const CHECK_MS = 10_000;

/**
 * PGlite keeps no lock of its own: two processes opening one data directory would corrupt it.
 * Take an exclusive lock file first. It names the owner (pid and process start time), so a lock
 * left by a process that died, even by `kill -9`, is taken over at once, while a running owner
 * keeps it. Should the file ever be removed or replaced, `onCompromised` is called.
 */
export async function lockDataDir(
  dataDir: string,
  onCompromised: (err: Error) => void,
  onTakeover?: (previous: LockOwner) => void,
): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'scrutineer.lock');
  let lock;
  try {
    lock = acquireLock(path);
  } catch (err) {
    if (!(err instanceof LockHeldError)) throw err;
    const by = err.owner ? `pid ${err.owner.pid} on ${err.owner.host}, ` : '';
    throw new Error(
      `The data directory ${dataDir} is in use by another Scrutineer process (${by}lock file ${path}). ` +
        'Stop that process, or set DATA_DIR to another directory.' +
        (err.owner ? '' : ' If no Scrutineer process uses it, remove the lock file.'),
    );
  }
  if (lock.previous) onTakeover?.(lock.previous);
  const timer = setInterval(() => {
    if (lock.isHeld()) return;
    clearInterval(timer);
    onCompromised(new Error(`lock file ${path} was removed or replaced`));
  }, CHECK_MS).unref();
  return async () => {
    clearInterval(timer);
    lock.release();
  };
}
