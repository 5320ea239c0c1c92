/** Command-line options of `npm run bench` (after `--`). */
export const PARTS = ['transition', 'read', 'intake', 'scale', 'memory', 'workflow'] as const;
export type Part = (typeof PARTS)[number];
export type DatabaseKind = 'server' | 'embedded';

export interface BenchOptions {
  /** Parts to run; every part but `scale` unless --scale or --only names it. */
  parts: Set<Part>;
  /** Databases to run on: the server (needs DATABASE_URL) first, then the embedded one. */
  databases: DatabaseKind[];
  /** Interleaved rounds per row (anchor, subject, anchor, subject …). */
  rounds: number;
  /** Seconds of load per round for the timed rows (pgbench, autocannon, transitions). */
  seconds: number;
  /** Case counts of --scale: the anchor's and the subject's. */
  scaleSizes: [number, number];
}

const USAGE = `npm run bench -- [--only ${PARTS.join('|')}[,…]] [--scale] [--db server|embedded] [--rounds N] [--seconds S] [--scale-sizes 10000,1000000]`;

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const only = value('--only')?.split(',');
  for (const p of only ?? []) if (!PARTS.includes(p as Part)) throw new Error(`unknown part "${p}"; ${USAGE}`);
  const parts = new Set<Part>(only ? (only as Part[]) : PARTS.filter((p) => p !== 'scale'));
  if (argv.includes('--scale')) parts.add('scale');
  const db = value('--db');
  if (db && db !== 'server' && db !== 'embedded') throw new Error(`--db is server or embedded; ${USAGE}`);
  if (db === 'server' && !env.DATABASE_URL) throw new Error('--db server needs DATABASE_URL');
  const databases: DatabaseKind[] = db ? [db as DatabaseKind] : env.DATABASE_URL ? ['server', 'embedded'] : ['embedded'];
  const sizes = (value('--scale-sizes') ?? '10000,1000000').split(',').map(Number);
  if (sizes.length !== 2 || sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error(`--scale-sizes a,b; ${USAGE}`);
  return {
    parts,
    databases,
    rounds: Number(value('--rounds') ?? 3),
    seconds: Number(value('--seconds') ?? 5),
    scaleSizes: [sizes[0]!, sizes[1]!],
  };
}
