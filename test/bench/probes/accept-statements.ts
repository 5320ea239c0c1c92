import '../support/production-mode.js';
import pg from 'pg';
import { startApp } from '../support/app.js';
import { caseWorld } from '../support/cases.js';
import { freshDatabase } from '../support/database.js';
import { throughput } from '../support/stats.js';

const ACCEPT = 'mutation ($input: AcceptCaseInput!) { acceptCase(input: $input) { id version state } }';

/**
 * A probe, not a bench row: the SQL statements one acceptCase sends (server, counted at node-postgres)
 * and their mean latency, then sequential accepts (wall and this process's CPU per accept) and 8 clients.
 * `npx nest build bench && DATABASE_URL=… node dist/test/bench/probes/accept-statements.js`
 */
async function main() {
  const db = await freshDatabase('server');
  const app = await startApp(db);
  let log: { text: string; ms: number }[] | null = null;
  const orig = pg.Client.prototype.query as (...a: unknown[]) => unknown;
  (pg.Client.prototype as unknown as { query: unknown }).query = function (this: unknown, ...args: unknown[]) {
    const q = args[0];
    const text = typeof q === 'string' ? q : (q as { text?: string })?.text;
    if (!log || !text) return orig.apply(this, args);
    const entry = { text: text.replace(/\s+/g, ' ').slice(0, 100), ms: NaN };
    log.push(entry);
    const t0 = performance.now();
    const done = () => (entry.ms = performance.now() - t0);
    const cb = args[args.length - 1];
    if (typeof cb === 'function') {
      args[args.length - 1] = (...r: unknown[]) => {
        done();
        return (cb as (...x: unknown[]) => unknown)(...r);
      };
      return orig.apply(this, args);
    }
    const out = orig.apply(this, args) as Promise<unknown> | undefined;
    out?.then?.(done, done);
    return out;
  };
  try {
    const world = await caseWorld(app);
    const cases = await world.register(900);
    for (const c of cases.slice(0, 20)) await app.gql(ACCEPT, { input: { id: c.id, expectedVersion: c.version } }, world.handler);
    const sums = new Map<string, number>();
    let n = 0;
    for (const c of cases.slice(20, 60)) {
      log = [];
      await app.gql(ACCEPT, { input: { id: c.id, expectedVersion: c.version } }, world.handler);
      for (const e of log) sums.set(e.text, (sums.get(e.text) ?? 0) + e.ms);
      n += 1;
      if (n === 1) console.log(`statements for one acceptCase: ${log.length}`);
    }
    log = null;
    for (const [text, ms] of sums) console.log(`  ${(ms / n).toFixed(2)} ms  ${text}`);
    const rest = cases.slice(60, 260);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (const r of rest) await app.gql(ACCEPT, { input: { id: r.id, expectedVersion: r.version } }, world.handler);
    const cpu = process.cpuUsage(cpu0);
    console.log(`sequential: ${((performance.now() - t0) / rest.length).toFixed(2)} ms per accept over ${rest.length}`);
    console.log(`node cpu: ${((cpu.user + cpu.system) / 1000 / rest.length).toFixed(2)} ms per accept`);
    let next = 260;
    const tps = await throughput(8, 4, async () => {
      const c = cases[next++];
      if (!c) return false;
      await app.gql(ACCEPT, { input: { id: c.id, expectedVersion: c.version } }, world.handler);
      return true;
    });
    console.log(`8 clients: ${tps.toFixed(1)} tps (${next - 260} accepts)`);
  } finally {
    await app.close();
    await db.drop();
  }
}
void main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
