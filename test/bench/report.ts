import { fmt, median, type Paired } from './support/stats.js';
import type { DatabaseKind } from './support/options.js';

/** One line of the bench table: medians over the interleaved rounds, their ratio, the goal. */
export interface RowResult {
  database: DatabaseKind;
  row: string;
  anchorLabel: string;
  unit: string;
  anchor: number;
  subject: number;
  /** subject / anchor (a share for throughput, a factor for latency and memory). */
  ratio: number;
  ratioText: string;
  goal: string;
  /** null: no goal for this line. */
  met: boolean | null;
  note?: string;
  rounds: Paired;
}

type Base = Pick<RowResult, 'database' | 'row' | 'anchorLabel' | 'unit'> & { note?: string };

/** Higher is better (ops/s, rps): ratio as a share of the anchor; goal a minimum share (and floor). */
export function shareRow(base: Base, rounds: Paired, goalShare: number | null, floor?: number): RowResult {
  const anchor = median(rounds.anchor);
  const subject = median(rounds.subject);
  const ratio = subject / anchor;
  const goals = [goalShare !== null ? `≥ ${(goalShare * 100).toFixed(0)}%` : '', floor !== undefined ? `≥ ${floor} ${base.unit}` : '']
    .filter(Boolean)
    .join(', ');
  const met =
    goalShare === null && floor === undefined
      ? null
      : (goalShare === null || ratio >= goalShare) && (floor === undefined || subject >= floor);
  return { ...base, anchor, subject, ratio, ratioText: `${(ratio * 100).toFixed(1)}%`, goal: goals || '—', met, rounds };
}

/** Lower is better (ms, MB): ratio as a factor of the anchor; goal a maximum factor and/or ceiling. */
export function factorRow(base: Base, rounds: Paired, maxFactor: number | null, ceiling?: number): RowResult {
  const anchor = median(rounds.anchor);
  const subject = median(rounds.subject);
  const ratio = subject / anchor;
  const goals = [ceiling !== undefined ? `< ${ceiling} ${base.unit}` : '', maxFactor !== null ? `≤ ${maxFactor}×` : '']
    .filter(Boolean)
    .join(', ');
  const met =
    maxFactor === null && ceiling === undefined
      ? null
      : (maxFactor === null || ratio <= maxFactor) && (ceiling === undefined || subject < ceiling);
  return { ...base, anchor, subject, ratio, ratioText: `${fmt(ratio)}×`, goal: goals || '—', met, rounds };
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The table as Markdown (it reads in a terminal and pastes into README). */
export function table(rows: RowResult[]): string {
  const head = '| db | row | anchor | anchor figure | our figure | ratio | goal | met? |\n|---|---|---|--:|--:|--:|---|---|\n';
  return (
    head +
    rows
      .map((r) =>
        [
          r.database,
          r.row + (r.note ? ` (${r.note})` : ''),
          r.anchorLabel,
          `${fmt(r.anchor)} ${r.unit}`,
          `${fmt(r.subject)} ${r.unit}`,
          r.ratioText,
          r.goal,
          r.met === null ? '—' : r.met ? 'yes' : '**no**',
        ]
          .map(cell)
          .join(' | '),
      )
      .map((line) => `| ${line} |`)
      .join('\n') +
    '\n'
  );
}

/** Every round's figures, for whoever wants to see the spread. */
export function rounds(rows: RowResult[]): string {
  return rows
    .map(
      (r) =>
        `${r.database} · ${r.row}: anchor [${r.rounds.anchor.map(fmt).join(', ')}]  ours [${r.rounds.subject.map(fmt).join(', ')}] ${r.unit}`,
    )
    .join('\n');
}
