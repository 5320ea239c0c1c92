import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { startApp } from '../support/app.js';
import { autocannon } from '../support/autocannon.js';
import { caseWorld } from '../support/cases.js';
import { freshDatabase } from '../support/database.js';

const OUT = process.env.PROFILE_OUT ?? 'read.cpuprofile';
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 5);
const QUERY = process.env.PROFILE_QUERY ?? 'case';

/** CPU (µs) used so far by this machine's PostgreSQL server processes (Linux /proc; 0 elsewhere). */
function postgresCpu(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks * 10_000;
}

/**
 * A probe, not a bench row: a CPU profile of the API's process while autocannon (its own process, 10
 * connections) sends `case(id){state}` (PROFILE_QUERY=me: `me`) for PROFILE_SECONDS, after a warm-up;
 * prints requests/s and CPU per request (this process's, the PostgreSQL server's); PROFILE_OUT=none: no
 * profile. `npx nest build bench && DATABASE_URL=… node
 * dist/test/bench/probes/profile-read.js` (without DATABASE_URL: embedded).
 */
async function main() {
  const db = await freshDatabase(process.env.DATABASE_URL ? 'server' : 'embedded');
  const app = await startApp(db);
  const session = new Session();
  try {
    const world = await caseWorld(app);
    const [one] = await world.register(1);
    const body =
      QUERY === 'me'
        ? { query: '{ me { id username role } }' }
        : { query: 'query ($id: ID!) { case(id: $id) { state } }', variables: { id: one!.id } };
    await autocannon(app.url, body, world.handler, 10, 2);
    const profiling = OUT !== 'none';
    if (profiling) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
    }
    const cpu0 = process.cpuUsage();
    const pg0 = postgresCpu();
    const rps = await autocannon(app.url, body, world.handler, 10, SECONDS);
    const cpu = process.cpuUsage(cpu0);
    const pg = postgresCpu() - pg0;
    if (profiling) writeFileSync(OUT, JSON.stringify((await session.post('Profiler.stop')).profile));
    const n = rps * SECONDS;
    console.log(
      `${QUERY}: ${rps.toFixed(0)} requests/s; CPU per request: ${((cpu.user + cpu.system) / n).toFixed(0)} µs this process, ` +
        `${(pg / n).toFixed(0)} µs PostgreSQL server${profiling ? `; profile in ${OUT}` : ''}`,
    );
  } finally {
    if (OUT !== 'none') session.disconnect();
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
