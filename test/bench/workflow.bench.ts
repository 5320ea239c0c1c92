import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createDataSource, runMigrations, type DatabaseOptions } from '@scrutineer/db';
import { systemActor } from '@scrutineer/domain';
import { SystemClock, WorkflowEngine, WorkflowRegistry } from '@scrutineer/workflow';
import pg from 'pg';
import { createWidgetTable, widgetDefinition } from '../workflow/support/widget.js';

/**
 * `npm run bench`: throughput of the workflow runtime on the database under test (embedded PGlite,
 * or a fresh database on the server named by DATABASE_URL). Numbers, not assertions.
 */
const actor = systemActor('bench');

async function database(): Promise<{ options: DatabaseOptions; drop: () => Promise<void>; label: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { options: { kind: 'embedded' }, drop: async () => undefined, label: 'embedded PGlite (in memory)' };
  const name = `scr_bench_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    options: { kind: 'server', url: u.toString(), poolSize: 16 },
    label: `PostgreSQL server (${u.host})`,
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function time<T>(label: string, count: number, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  process.stdout.write(
    `${label.padEnd(66)} ${count.toString().padStart(6)} ops  ${ms.toFixed(0).padStart(7)} ms  ${((count / ms) * 1000).toFixed(0).padStart(7)} ops/s\n`,
  );
  return result;
}

async function main(): Promise<void> {
  const db = await database();
  const dataSource = await createDataSource(db.options).initialize();
  try {
    await runMigrations(dataSource, db.options.kind);
    await createWidgetTable(dataSource);
    const engine = new WorkflowEngine(dataSource, new WorkflowRegistry([widgetDefinition]), new SystemClock());
    process.stdout.write(`Workflow runtime on ${db.label}\n`);

    const ids = await time('create aggregates (sequential)', 500, async () => {
      const out: string[] = [];
      for (let i = 0; i < 500; i += 1) out.push((await engine.create('widget', { jurisdictionId: null }, actor)).id);
      return out;
    });
    await time('send, one aggregate after another (sequential)', 1000, async () => {
      for (let i = 0; i < 1000; i += 1) await engine.send({ type: 'widget', id: ids[i % ids.length]! }, { type: 'BUMP' }, actor);
    });
    await time('send, 16 at a time on different aggregates', 2000, async () => {
      let next = 0;
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next < 2000) {
            const i = next++;
            await engine.send({ type: 'widget', id: ids[i % ids.length]! }, { type: 'BUMP' }, actor);
          }
        }),
      );
    });
    await time('send, 16 at a time on ONE aggregate (serialised by its row lock)', 400, async () => {
      await Promise.all(Array.from({ length: 400 }, () => engine.send({ type: 'widget', id: ids[0]! }, { type: 'BUMP' }, actor)));
    });
    const entries = (await engine.audit.trail(dataSource.manager, ids[0]!)).length;
    await time(`verify one audit chain of ${entries} entries`, entries, () => engine.audit.verify(dataSource.manager, ids[0]!));
    await time('availableActions', 500, async () => {
      for (let i = 0; i < 500; i += 1) await engine.availableActions({ type: 'widget', id: ids[i]! }, actor);
    });
  } finally {
    await dataSource.destroy();
    await db.drop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
