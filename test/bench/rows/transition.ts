import { pgbenchAnchor, pgliteAnchor } from '../anchors/transition-sql.js';
import { shareRow, type RowResult } from '../report.js';
import { startApp } from '../support/app.js';
import { caseWorld } from '../support/cases.js';
import { freshDatabase } from '../support/database.js';
import type { BenchOptions, DatabaseKind } from '../support/options.js';
import { interleave, progress, throughput } from '../support/stats.js';

const ACCEPT = 'mutation ($input: AcceptCaseInput!) { acceptCase(input: $input) { id version state } }';

/**
 * Row 1: `acceptCase` over HTTP GraphQL, 8 clients at a time on different cases (registered before
 * each round, untimed), against pgbench running the same SQL shape (server) or that SQL through
 * PGlite directly (embedded).
 */
export async function transitionRow(kind: DatabaseKind, options: BenchOptions): Promise<RowResult[]> {
  const db = await freshDatabase(kind);
  const app = await startApp(db);
  const anchor = kind === 'server' ? await pgbenchAnchor(db.url!) : await pgliteAnchor();
  try {
    const world = await caseWorld(app);
    const accept = async (cases: { id: string; version: number }[], seconds: number) => {
      let next = 0;
      return throughput(8, seconds, async () => {
        const c = cases[next++];
        if (!c) return false;
        await app.gql(ACCEPT, { input: { id: c.id, expectedVersion: c.version } }, world.handler);
        return true;
      });
    };
    // Warm-up: the first requests compile and fill caches.
    await accept(await world.register(40), 60);
    await anchor.run(1);
    let rate = 0;
    const rounds = await interleave(
      options.rounds,
      () => anchor.run(options.seconds),
      async () => {
        const cases = await world.register(Math.ceil(Math.max(rate * 1.5, 30) * options.seconds));
        rate = await accept(cases, options.seconds);
        return rate;
      },
      `${kind} transition`,
    );
    progress(`${kind} transition: done`);
    return [
      shareRow(
        {
          database: kind,
          row: 'acceptCase over HTTP GraphQL, 8 clients',
          anchorLabel: anchor.label,
          unit: 'tps',
        },
        rounds,
        0.25,
      ),
    ];
  } finally {
    await anchor.close();
    await app.close();
    await db.drop();
  }
}
