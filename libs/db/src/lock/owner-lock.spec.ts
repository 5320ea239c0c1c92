import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireLock, LockHeldError } from './owner-lock.js';
import { currentOwner, ownerIsAlive, processStartTime, type LockOwner } from './process-identity.js';

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('the owner lock', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'scrutineer-lock-'));
    path = join(dir, 'scrutineer.lock');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const writeRecord = (owner: Partial<LockOwner>) => writeFileSync(path, JSON.stringify({ ...currentOwner(), nonce: 'old', ...owner }));

  it('is exclusive while its owner runs, and free again once released', () => {
    const lock = acquireLock(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    expect(() => acquireLock(path)).toThrow(LockHeldError);
    try {
      acquireLock(path);
    } catch (err) {
      expect((err as LockHeldError).owner).toMatchObject({ pid: process.pid });
    }
    expect(lock.isHeld()).toBe(true);
    lock.release();
    expect(existsSync(path)).toBe(false);
    acquireLock(path).release();
    // No temporary or guard files left behind.
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is taken over at once when its owner has died', () => {
    const pid = deadPid();
    writeRecord({ pid });
    const lock = acquireLock(path);
    expect(lock.owner.pid).toBe(process.pid);
    expect(lock.previous).toMatchObject({ pid });
    expect(lock.isHeld()).toBe(true);
    lock.release();
  });

  it('is taken over when its pid now belongs to a process that started later', () => {
    // Linux and macOS can tell; elsewhere a live pid keeps the lock (the safe side).
    if (!processStartTime(process.pid)) return;
    writeRecord({ start: 'another start time' });
    expect(ownerIsAlive(JSON.parse(readFileSync(path, 'utf8')) as LockOwner)).toBe(false);
    acquireLock(path).release();
  });

  it('is taken over after a reboot, and refused when written on another host', () => {
    if (currentOwner().boot) {
      writeRecord({ boot: 'a boot before this one' });
      acquireLock(path).release();
    }
    writeRecord({ pid: deadPid(), host: 'another-host' });
    expect(() => acquireLock(path)).toThrow(LockHeldError);
  });

  it('is refused when the file is not a lock record', () => {
    writeFileSync(path, 'not json');
    expect(() => acquireLock(path)).toThrow(LockHeldError);
  });

  it('takes over the old lock directory only once it is stale (60 s unrefreshed)', () => {
    mkdirSync(path);
    expect(() => acquireLock(path)).toThrow(LockHeldError);
    const old = new Date(Date.now() - 120_000);
    utimesSync(path, old, old);
    acquireLock(path).release();
  });

  it('clears guards left by a process that died while taking over', () => {
    writeFileSync(`${path}.takeover-gone`, JSON.stringify({ ...currentOwner(), pid: deadPid(), nonce: 'g' }));
    const lock = acquireLock(path);
    expect(readdirSync(dir)).toEqual(['scrutineer.lock']);
    lock.release();
  });

  it('takes over through a guard whose own holder died, so a dead guard never blocks', () => {
    writeRecord({ pid: deadPid(), nonce: 'dead' });
    writeFileSync(`${path}.takeover-dead`, JSON.stringify({ ...currentOwner(), pid: deadPid(), nonce: 'dead-guard' }));
    const lock = acquireLock(path);
    expect(readdirSync(dir)).toEqual(['scrutineer.lock']);
    lock.release();
  });
});
