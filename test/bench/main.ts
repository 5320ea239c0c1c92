import './support/production-mode.js';
import 'reflect-metadata';
import { rounds, table, type RowResult } from './report.js';
import { intakeRow } from './rows/intake.js';
import { memoryRow } from './rows/memory.js';
import { readRows } from './rows/read.js';
import { scaleRows } from './rows/scale.js';
import { transitionRow } from './rows/transition.js';
import { workflowSection } from './rows/workflow.js';
import { dropAll } from './support/database.js';
import { machine } from './support/machine.js';
import { parseOptions, type BenchOptions, type DatabaseKind, type Part } from './support/options.js';

/**
 * `npm run bench`: every row of issue 12's table, each with its anchor in the same run, interleaved,
 * on the PostgreSQL server (DATABASE_URL: a fresh database, dropped at the end) and on the embedded
 * database. It reports; it never fails on a missed goal. See README, "Performance".
 */
const ROWS: Partial<Record<Part, (kind: DatabaseKind, options: BenchOptions) => Promise<RowResult[]>>> = {
  transition: transitionRow,
  read: readRows,
  intake: intakeRow,
  scale: scaleRows,
};

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), process.env);
  process.stdout.write(`${await machine()}\n`);
  process.stdout.write(
    `parts: ${[...options.parts].join(', ')}  ·  databases: ${options.databases.join(', ')}  ·  ${options.rounds} rounds of ${options.seconds} s\n\n`,
  );
  const results: RowResult[] = [];
  const extra: string[] = [];
  for (const kind of options.databases) {
    for (const [part, run] of Object.entries(ROWS) as [Part, (typeof ROWS)[Part]][]) {
      if (!options.parts.has(part) || !run) continue;
      if (part === 'scale' && kind === 'embedded' && options.scaleSizes[1] > 100_000 && !process.argv.includes('--scale-embedded')) {
        process.stderr.write(
          `scale: skipped on embedded (PGlite at ${options.scaleSizes[1]} cases is too slow; --scale-embedded forces it)\n`,
        );
        continue;
      }
      process.stderr.write(`${kind} · ${part}\n`);
      try {
        results.push(...(await run(kind, options)));
      } catch (err) {
        process.stderr.write(`${kind} · ${part} FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        extra.push(`${kind} · ${part}: failed (${err instanceof Error ? err.message : String(err)})`);
      }
    }
    if (options.parts.has('workflow')) extra.push(await workflowSection(kind));
  }
  if (options.parts.has('memory')) {
    try {
      results.push(...(await memoryRow(options)));
    } catch (err) {
      extra.push(`memory: failed (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  process.stdout.write(`\n${table(results)}\nEvery round (anchor, then ours):\n${rounds(results)}\n`);
  if (extra.length) process.stdout.write(`\n${extra.join('\n\n')}\n`);
}

main()
  .catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await dropAll();
    // Pools, PGlite instances and keep-alive sockets of closed apps must not hold the process.
    process.exit();
  });
