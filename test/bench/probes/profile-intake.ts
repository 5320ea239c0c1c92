import '../support/production-mode.js';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { batch, SUBMIT } from '../rows/intake.js';
import { startApp } from '../support/app.js';
import { freshDatabase } from '../support/database.js';
import { median } from '../support/stats.js';

const OUT = process.env.PROFILE_OUT ?? 'intake.cpuprofile';
const BATCHES = Number(process.env.BATCHES ?? 30);

/**
 * A probe, not a bench row: a CPU profile of this process (the API and its in-process client) over
 * BATCHES (30) sequential 1,000-item submitObservations, after 5 to warm up.
 * `npx nest build bench && DATABASE_URL=… node dist/test/bench/probes/profile-intake.js` (without
 * DATABASE_URL: embedded).
 */
async function main() {
  const db = await freshDatabase(process.env.DATABASE_URL ? 'server' : 'embedded');
  const app = await startApp(db);
  const session = new Session();
  try {
    const office = await app.login('demo-office');
    const leader = await app.login('demo-supervisor');
    const elections = await app.gql('{ elections(first: 50) { edges { node { id organization { name } } } } }', {}, office);
    const electionId = elections.elections.edges.find((e: any) => e.node.organization.name === '东村党支部')?.node.id as string;
    const observedAt = new Date(Date.now() - 10 * 60_000).toISOString();
    const submit = async () => {
      const data = await app.gql(SUBMIT, { input: { observations: batch(electionId, observedAt) } }, leader);
      if (data.submitObservations.some((r: { status: string }) => r.status !== 'CREATED')) throw new Error('not all created');
    };
    for (let i = 0; i < 5; i += 1) await submit();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const cpu0 = process.cpuUsage();
    const ms: number[] = [];
    for (let i = 0; i < BATCHES; i += 1) {
      const t = performance.now();
      await submit();
      ms.push(performance.now() - t);
    }
    const cpu = process.cpuUsage(cpu0);
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(OUT, JSON.stringify(profile));
    console.log(
      `${((cpu.user + cpu.system) / 1000 / BATCHES).toFixed(1)} ms of CPU, ${median(ms).toFixed(1)} ms median per batch; profile in ${OUT}`,
    );
  } finally {
    session.disconnect();
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
