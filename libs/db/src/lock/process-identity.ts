import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** Who holds a lock: enough to tell, later, whether that very process still runs. */
export interface LockOwner {
  pid: number;
  /** When the process started, as the OS records it; absent where it cannot be read. */
  start?: string;
  /** Linux boot id: a different one means the machine restarted since. */
  boot?: string;
  host: string;
  /** Unique per acquisition: tells this record from any later one. */
  nonce: string;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * A process's start time: the same for as long as it runs, different for a later process that
 * reuses its pid. Linux: /proc/<pid>/stat field 22; macOS and BSD: `ps -o lstart`; else unknown.
 */
export function processStartTime(pid: number): string | undefined {
  if (process.platform === 'linux') {
    const stat = readText(`/proc/${pid}/stat`);
    // Field 2, the command name, may hold spaces and parentheses: count from the last ')'.
    return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  }
  if (process.platform === 'win32') return undefined;
  const ps = spawnSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8' });
  return (ps.status === 0 && ps.stdout.trim()) || undefined;
}

export const bootId = (): string | undefined => readText('/proc/sys/kernel/random/boot_id')?.trim();

export function currentOwner(): LockOwner {
  const start = processStartTime(process.pid);
  const boot = bootId();
  return {
    pid: process.pid,
    ...(start ? { start } : {}),
    ...(boot ? { boot } : {}),
    host: hostname(),
    nonce: randomBytes(8).toString('hex'),
  };
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the process that wrote `owner` still runs. A lock written on another host (a shared
 * disk, another container) cannot be checked from here and counts as alive.
 */
export function ownerIsAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  const boot = bootId();
  if (owner.boot && boot && owner.boot !== boot) return false;
  if (!pidExists(owner.pid)) return false;
  const start = processStartTime(owner.pid);
  // The pid runs, but it is the owner only if it started when the owner did (pids are reused).
  return !(owner.start && start && owner.start !== start);
}
