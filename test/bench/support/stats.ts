import { performance } from 'node:perf_hooks';

export const median = (xs: number[]): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export interface Paired {
  anchor: number[];
  subject: number[];
}

/**
 * Anchor, subject, anchor, subject … for `rounds` rounds: each returns its figure for the round.
 * Interleaving spreads the machine's noise over both series alike.
 */
export async function interleave(
  rounds: number,
  anchor: () => Promise<number>,
  subject: () => Promise<number>,
  label = '',
): Promise<Paired> {
  const out: Paired = { anchor: [], subject: [] };
  for (let r = 0; r < rounds; r += 1) {
    out.anchor.push(await anchor());
    out.subject.push(await subject());
    if (label) progress(`${label} round ${r + 1}/${rounds}: anchor ${fmt(out.anchor.at(-1)!)}, ours ${fmt(out.subject.at(-1)!)}`);
  }
  return out;
}

/** Run `work` with `clients` concurrent loops until `seconds` have passed; operations per second. */
export async function throughput(clients: number, seconds: number, work: (client: number) => Promise<boolean>): Promise<number> {
  const start = performance.now();
  const end = start + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      while (performance.now() < end) {
        if (!(await work(c))) return;
        done += 1;
      }
    }),
  );
  return (done / (performance.now() - start)) * 1000;
}

/** Milliseconds one call takes. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export const fmt = (n: number): string =>
  !Number.isFinite(n) ? String(n) : Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);

export function progress(line: string): void {
  process.stderr.write(`  · ${line}\n`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
