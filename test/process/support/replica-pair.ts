import { execFile as execFileCb, execFileSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const execFile = promisify(execFileCb);

/**
 * A PostgreSQL primary and a streaming standby of it, started for one test in a temporary
 * directory on free local ports. The machine's own server is not used: its pg_hba.conf admits no
 * replication connections, and pg_basebackup copies a whole cluster (every test database of every
 * run), where this one is a fresh initdb of a few tens of MB.
 */
export interface ReplicaPair {
  primaryUrl(database: string): string;
  standbyUrl(database: string): string;
  /** One statement on the primary or the standby (its own connection). */
  query<T = Record<string, unknown>>(on: 'primary' | 'standby', text: string, database?: string): Promise<T[]>;
  stop(): Promise<void>;
}

/** PG_BINDIR, else the newest /usr/lib/postgresql/N/bin (Debian's layout). */
function binDir(): string {
  if (process.env.PG_BINDIR) return process.env.PG_BINDIR;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('No PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup): install postgresql or set PG_BINDIR');
  return join(root, newest, 'bin');
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

export async function startReplicaPair(): Promise<ReplicaPair> {
  const bin = binDir();
  const root = mkdtempSync(join(tmpdir(), 'scr-replica-'));
  // PostgreSQL refuses to run as root: as root (CI, containers) the clusters belong to `postgres`.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(root, uid, gid);
  }
  const run = async (tool: string, args: string[]) => {
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    try {
      await execFile(cmd, argv, { timeout: 60_000 });
    } catch (err) {
      const e = err as Error & { stderr?: string };
      throw new Error(`${tool} ${args.join(' ')} failed: ${e.stderr || e.message}`);
    }
  };
  const primary = join(root, 'primary');
  const standby = join(root, 'standby');
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const started: string[] = [];

  const stop = async () => {
    for (const dir of started.reverse()) await run('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await run('initdb', ['-D', primary, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    appendFileSync(
      join(primary, 'postgresql.conf'),
      [
        "listen_addresses = '127.0.0.1'",
        `port = ${primaryPort}`,
        `unix_socket_directories = '${root}'`,
        'wal_level = replica',
        'max_wal_senders = 4',
        'shared_buffers = 16MB',
        // A throwaway cluster: durability is not what is tested.
        'fsync = off',
        '',
      ].join('\n'),
    );
    appendFileSync(join(primary, 'pg_hba.conf'), 'host replication postgres 127.0.0.1/32 trust\n');
    await run('pg_ctl', ['-D', primary, '-l', join(root, 'primary.log'), '-w', '-t', '60', 'start']);
    started.push(primary);
    // -R: standby.signal and primary_conninfo; -X stream: the WAL written meanwhile comes along.
    await run('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      standby,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
      '-N',
    ]);
    appendFileSync(join(standby, 'postgresql.conf'), `port = ${standbyPort}\nhot_standby = on\n`);
    await run('pg_ctl', ['-D', standby, '-l', join(root, 'standby.log'), '-w', '-t', '60', 'start']);
    started.push(standby);
  } catch (err) {
    await stop();
    throw err;
  }

  const url = (port: number, database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    primaryUrl: (database) => url(primaryPort, database),
    standbyUrl: (database) => url(standbyPort, database),
    async query<T>(on: 'primary' | 'standby', text: string, database = 'postgres') {
      const client = new pg.Client({ connectionString: url(on === 'primary' ? primaryPort : standbyPort, database) });
      await client.connect();
      try {
        return (await client.query(text)).rows as T[];
      } finally {
        await client.end();
      }
    },
    stop,
  };
}
