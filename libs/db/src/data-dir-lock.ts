import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/**
 * PGlite keeps no lock of its own: two processes opening one data directory would corrupt it.
 * Take an exclusive lock file first (a stale lock from a crashed process expires after a minute).
 */
export async function lockDataDir(dataDir: string, onCompromised: (err: Error) => void): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: join(dataDir, 'scrutineer.lock'),
      // A process counts as gone when it has not refreshed the lock for a minute.
      stale: 60_000,
      update: 10_000,
      retries: { retries: 2, minTimeout: 250, maxTimeout: 1_000 },
      onCompromised,
    });
  } catch (err) {
    throw new Error(
      `The data directory ${dataDir} is in use by another Scrutineer process (lock file ${join(dataDir, 'scrutineer.lock')}). ` +
        `Stop that process, or set DATA_DIR to another directory. (${(err as Error).message})`,
    );
  }
}
