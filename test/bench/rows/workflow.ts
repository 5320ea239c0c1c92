import { performance } from 'node:perf_hooks';
import { createDataSource, runMigrations, type DatabaseOptions } from '@scrutineer/db';
import { systemActor } from '@scrutineer/domain';
import { SystemClock, WorkflowEngine, WorkflowRegistry } from '@scrutineer/workflow';
import { createWidgetTable, widgetDefinition } from '../../workflow/support/widget.js';
import { freshDatabase } from '../support/database.js';
import type { DatabaseKind } from '../support/options.js';

const actor = systemActor('bench');

/**
 * The extra section: the workflow runtime alone (no HTTP, no GraphQL) on a test aggregate, as the
 * bench measured before issue 12. Absolute figures, no anchor: read them as a trend only.
 */
export async function workflowSection(kind: DatabaseKind): Promise<string> {
  const db = await freshDatabase(kind);
  const options: DatabaseOptions = kind === 'server' ? { kind, url: db.url!, poolSize: 16 } : { kind };
  const dataSource = await createDataSource(options).initialize();
  const lines = [`Workflow runtime alone (${kind}; absolute, no anchor):`];
  const time = async <T>(label: string, count: number, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    const ms = performance.now() - start;
    lines.push(
      `  ${label.padEnd(66)} ${String(count).padStart(6)} ops ${ms.toFixed(0).padStart(7)} ms ${((count / ms) * 1000).toFixed(0).padStart(7)} ops/s`,
    );
    return result;
  };
  try {
    await runMigrations(dataSource, kind);
    await createWidgetTable(dataSource);
    const engine = new WorkflowEngine(dataSource, new WorkflowRegistry([widgetDefinition]), new SystemClock());
    const ids = await time('create aggregates (sequential)', 300, async () => {
      const out: string[] = [];
      for (let i = 0; i < 300; i += 1) out.push((await engine.create('widget', { jurisdictionId: null }, actor)).id);
      return out;
    });
    await time('send, one aggregate after another (sequential)', 600, async () => {
      for (let i = 0; i < 600; i += 1) await engine.send({ type: 'widget', id: ids[i % ids.length]! }, { type: 'BUMP' }, actor);
    });
    await time('send, 16 at a time on different aggregates', 1200, async () => {
      let next = 0;
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next < 1200) {
            const i = next++;
            await engine.send({ type: 'widget', id: ids[i % ids.length]! }, { type: 'BUMP' }, actor);
          }
        }),
      );
    });
    const entries = (await engine.audit.trail(dataSource.manager, ids[0]!)).length;
    await time(`verify one audit chain of ${entries} entries`, entries, () => engine.audit.verify(dataSource.manager, ids[0]!));
    await time('availableActions', 300, async () => {
      for (let i = 0; i < 300; i += 1) await engine.availableActions({ type: 'widget', id: ids[i]! }, actor);
    });
  } finally {
    await dataSource.destroy();
    await db.drop();
  }
  return lines.join('\n');
}
