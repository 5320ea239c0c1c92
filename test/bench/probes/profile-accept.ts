import '../support/production-mode.js';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { startApp } from '../support/app.js';
import { caseWorld } from '../support/cases.js';
import { freshDatabase } from '../support/database.js';

const ACCEPT = 'mutation ($input: AcceptCaseInput!) { acceptCase(input: $input) { id version state } }';
const OUT = process.env.PROFILE_OUT ?? 'accept.cpuprofile';

/**
 * A probe, not a bench row: a CPU profile of this process (the API and its in-process client) over 600
 * sequential acceptCase, after 100 to warm up; open the file in Chrome DevTools or speedscope.
 * `npx nest build bench && DATABASE_URL=… node dist/test/bench/probes/profile-accept.js` (without
 * DATABASE_URL: embedded).
 */
async function main() {
  const db = await freshDatabase(process.env.DATABASE_URL ? 'server' : 'embedded');
  const app = await startApp(db);
  const session = new Session();
  try {
    const world = await caseWorld(app);
    const cases = await world.register(700);
    const accept = (c: { id: string; version: number }) =>
      app.gql(ACCEPT, { input: { id: c.id, expectedVersion: c.version } }, world.handler);
    for (const c of cases.slice(0, 100)) await accept(c);
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    const cpu0 = process.cpuUsage();
    for (const c of cases.slice(100)) await accept(c);
    const cpu = process.cpuUsage(cpu0);
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(OUT, JSON.stringify(profile));
    console.log(`${((cpu.user + cpu.system) / 1000 / (cases.length - 100)).toFixed(2)} ms of CPU per accept; profile in ${OUT}`);
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
