import { fileURLToPath } from 'node:url';
import { shareRow, type RowResult } from '../report.js';
import { startApp } from '../support/app.js';
import { autocannon } from '../support/autocannon.js';
import { caseWorld } from '../support/cases.js';
import { startChild } from '../support/child.js';
import { freshDatabase } from '../support/database.js';
import type { BenchOptions, DatabaseKind } from '../support/options.js';
import { interleave } from '../support/stats.js';

const HELLO = fileURLToPath(new URL('../anchors/hello-app.js', import.meta.url));
const CONNECTIONS = 10;

/**
 * Row 2: cheap authenticated reads (`me`, `case(id){state}`) with autocannon, 10 connections, against a
 * hello-world NestJS + Apollo app (its own process) at 10 connections, interleaved.
 */
export async function readRows(kind: DatabaseKind, options: BenchOptions): Promise<RowResult[]> {
  const db = await freshDatabase(kind);
  const app = await startApp(db);
  const hello = startChild(HELLO);
  try {
    const helloUrl = `http://127.0.0.1:${await hello.firstLine}/graphql`;
    const world = await caseWorld(app);
    const [one] = await world.register(1);
    const reads = [
      { row: '`me` (authenticated), autocannon 10 connections', body: { query: '{ me { id username role } }' } },
      {
        row: '`case(id){state}`, autocannon 10 connections',
        body: { query: 'query ($id: ID!) { case(id: $id) { state } }', variables: { id: one!.id } },
      },
    ];
    const anchorBody = { query: '{ hello }' };
    // Both answer without errors before they are timed; then a short warm-up.
    await app.gql(reads[1]!.body.query, reads[1]!.body.variables, world.handler);
    for (const r of reads) await autocannon(app.url, r.body, world.handler, CONNECTIONS, 1);
    await autocannon(helloUrl, anchorBody, undefined, CONNECTIONS, 1);
    const out: RowResult[] = [];
    for (const r of reads) {
      const rounds = await interleave(
        options.rounds,
        () => autocannon(helloUrl, anchorBody, undefined, CONNECTIONS, options.seconds),
        () => autocannon(app.url, r.body, world.handler, CONNECTIONS, options.seconds),
        `${kind} ${r.row}`,
      );
      out.push(
        shareRow({ database: kind, row: r.row, anchorLabel: 'hello-world NestJS + Apollo, 10 connections', unit: 'rps' }, rounds, 0.5),
      );
    }
    return out;
  } finally {
    await hello.stop();
    await app.close();
    await db.drop();
  }
}
