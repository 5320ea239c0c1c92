import { linkSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { currentOwner, ownerIsAlive, type LockOwner } from './process-identity.js';

/** The lock is held by a live process (`owner`), or by one this process cannot identify. */
export class LockHeldError extends Error {
  constructor(
    readonly path: string,
    readonly owner: LockOwner | undefined,
  ) {
    super(owner ? `held by process ${owner.pid} on ${owner.host}` : 'held by a process that cannot be identified');
  }
}

export interface HeldLock {
  owner: LockOwner;
  /** The owner that had died, when its lock was taken over. */
  previous?: LockOwner;
  /** Whether the lock file still names this holder (it was not removed or replaced). */
  isHeld(): boolean;
  release(): void;
}

type Found = { kind: 'gone' } | { kind: 'owner'; owner: LockOwner } | { kind: 'legacy'; ageMs: number } | { kind: 'unknown' };

function find(path: string): Found {
  try {
    const stat = statSync(path);
    // proper-lockfile, used before, made a directory refreshed every 10 s and stale after 60 s.
    if (stat.isDirectory()) return { kind: 'legacy', ageMs: Date.now() - stat.mtimeMs };
    const owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.nonce === 'string' ? { kind: 'owner', owner } : { kind: 'unknown' };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'gone' };
    if (err instanceof SyntaxError) return { kind: 'unknown' };
    throw err;
  }
}

const isStaleLegacy = (found: Found): boolean => found.kind === 'legacy' && found.ageMs >= 60_000;

const holds = (path: string, nonce: string): boolean => {
  const found = find(path);
  return found.kind === 'owner' && found.owner.nonce === nonce;
};

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Take an exclusive lock file that names its owner (pid, process start time, boot, host).
 * The record is written whole to a private file and link(2)ed into place, which fails if the lock
 * exists: no one reads half a record and of two processes exactly one links first. A lock whose
 * owner no longer runs is taken over at once; taking over one dead owner's lock is itself locked
 * (`<path>.takeover-<nonce>`, the same rules), so two processes never both remove it.
 * Throws LockHeldError while a live owner holds it.
 */
export function acquireLock(path: string, depth = 0): HeldLock {
  const me = currentOwner();
  const mine = `${path}.${me.nonce}.tmp`;
  writeFileSync(mine, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
  let previous: LockOwner | undefined;
  try {
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        linkSync(mine, path);
        if (depth === 0) sweep(path, me.nonce);
        return held(path, me, previous);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const found = find(path);
      if (found.kind === 'unknown' || (found.kind === 'legacy' && !isStaleLegacy(found))) throw new LockHeldError(path, undefined);
      if (found.kind === 'owner' && ownerIsAlive(found.owner)) throw new LockHeldError(path, found.owner);
      // Dead owner (or an old-style lock gone stale): unless another process is taking it over
      // right now, in which case look again shortly.
      if (found.kind === 'gone') continue;
      if (takeOver(path, found.kind === 'owner' ? found.owner.nonce : 'legacy', depth))
        previous = found.kind === 'owner' ? found.owner : undefined;
      else pause(25);
    }
    throw new LockHeldError(path, undefined);
  } finally {
    rmSync(mine, { force: true });
  }
}

/** Remove the lock at `path` if it still holds the dead owner's record `nonce`; false if another process is on it. */
function takeOver(path: string, nonce: string, depth: number): boolean {
  if (depth >= 3) throw new LockHeldError(path, undefined);
  let guard: HeldLock;
  try {
    guard = acquireLock(`${path}.takeover-${nonce}`, depth + 1);
  } catch (err) {
    if (err instanceof LockHeldError) return false;
    throw err;
  }
  try {
    // Only the holder of this guard removes a lock naming `nonce`, and no later lock names it.
    if (nonce === 'legacy' ? isStaleLegacy(find(path)) : holds(path, nonce)) rmSync(path, { recursive: true, force: true });
    return true;
  } finally {
    guard.release();
  }
}

function held(path: string, owner: LockOwner, previous: LockOwner | undefined): HeldLock {
  return {
    owner,
    ...(previous ? { previous } : {}),
    isHeld: () => holds(path, owner.nonce),
    release: () => {
      // A takeover guard may already be gone: the winner of the lock it guarded sweeps guards away.
      if (holds(path, owner.nonce)) rmSync(path, { force: true });
    },
  };
}

/** Leftovers of processes that died while taking over: guards of records gone for good, old temporary files. */
function sweep(path: string, nonce: string): void {
  const dir = dirname(path);
  const name = basename(path);
  for (const file of readdirSync(dir)) {
    if (!file.startsWith(`${name}.`) || file.includes(nonce)) continue;
    const full = join(dir, file);
    try {
      if (file.startsWith(`${name}.takeover-`) || (file.endsWith('.tmp') && Date.now() - statSync(full).mtimeMs > 60_000))
        rmSync(full, { force: true });
    } catch {
      // Gone already.
    }
  }
}
