import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { shareRow, type RowResult } from '../report.js';
import { startApp } from '../support/app.js';
import { freshDatabase } from '../support/database.js';
import type { BenchOptions, DatabaseKind } from '../support/options.js';
import { interleave, timed } from '../support/stats.js';

const BATCH = 1000;
export const SUBMIT = 'mutation ($input: SubmitObservationsInput!) { submitObservations(input: $input) { id status } }';

/** A batch of observations as a device sends it after a day offline (test/e2e/supervision.e2e.spec.ts). */
export function batch(electionId: string, observedAt: string) {
  return Array.from({ length: BATCH }, (_, i) => ({
    id: randomUUID(),
    electionId,
    stage: 'ELECTION_MEETING',
    observedAt,
    channel: 'MOBILE_OFFLINE',
    site: { name: `第${i + 1}投票站`, kind: 'POLLING_POINT', latitude: 34.75, longitude: 113.62 },
    checklist: [
      { item: 'ATTENDANCE_COUNTED', answer: 'YES', numbers: { entitled: 46, present: 42 } },
      { item: 'SECRET_BOOTH', answer: 'YES' },
    ],
    violations: [],
    narrative: '秩序良好，唱票公开',
  }));
}

/** A table's stored rows, ready to be inserted again as one multi-row INSERT with `fresh` columns given new uuids. */
async function copyOf(dataSource: DataSource, table: string, where: string, params: unknown[], fresh: string[]) {
  const columns = (await dataSource.query(
    `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
      WHERE attrelid = '${table}'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' AND attidentity = ''
      ORDER BY attnum`,
  )) as { name: string; type: string }[];
  const rows = (await dataSource.query(
    `SELECT ${columns.map((c) => `"${c.name}"::text`).join(', ')} FROM ${table} WHERE ${where}`,
    params,
  )) as Record<string, string | null>[];
  const width = columns.length;
  if (rows.length * width > 65535) throw new Error(`too many parameters for one INSERT into ${table}`);
  const values = rows.map((_, r) => `(${columns.map((c, i) => `$${r * width + i + 1}::${c.type}`).join(', ')})`).join(', ');
  return {
    count: rows.length,
    text: `INSERT INTO ${table} (${columns.map((c) => `"${c.name}"`).join(', ')}) VALUES ${values}`,
    params: () => rows.flatMap((row) => columns.map((c) => (fresh.includes(c.name) ? randomUUID() : (row[c.name] ?? null)))),
  };
}

/**
 * The anchor: the rows the app stored for one batch — its observations and their audit entries (one per
 * observation, starting its chain, and the batch's own) — inserted again with new ids as one plain
 * multi-row INSERT per table, in one transaction, through the app's own DataSource (same driver, same pool).
 */
export async function plainInsert(dataSource: DataSource, sampleIds: string[]): Promise<() => Promise<void>> {
  const observations = await copyOf(dataSource, 'observations', 'id = ANY($1)', [sampleIds], ['id']);
  if (observations.count !== BATCH) throw new Error(`expected ${BATCH} stored observations, found ${observations.count}`);
  // Each copied entry gets a new subject (a new chain at seq 1), as each new observation does.
  const audit = await copyOf(
    dataSource,
    'audit_log',
    `subject_id = ANY($1) OR id = (SELECT (data->>'batchEntryId')::uuid FROM audit_log WHERE subject_id = $2)`,
    [sampleIds, sampleIds[0]],
    ['id', 'subject_id'],
  );
  if (audit.count !== BATCH + 1) throw new Error(`expected ${BATCH + 1} audit entries for the batch, found ${audit.count}`);
  return async () => {
    await dataSource.transaction(async (tx) => {
      await tx.query(observations.text, observations.params());
      await tx.query(audit.text, audit.params());
    });
  };
}

/** Row 3: `submitObservations` in 1,000-item batches against the same rows as a plain multi-row INSERT. */
export async function intakeRow(kind: DatabaseKind, options: BenchOptions): Promise<RowResult[]> {
  const db = await freshDatabase(kind);
  const app = await startApp(db);
  try {
    const office = await app.login('demo-office');
    const leader = await app.login('demo-supervisor');
    const elections = await app.gql('{ elections(first: 50) { edges { node { id organization { name } } } } }', {}, office);
    const electionId = elections.elections.edges.find((e: any) => e.node.organization.name === '东村党支部')?.node.id as string;
    const observedAt = new Date(Date.now() - 10 * 60_000).toISOString();
    const submit = async () => {
      const b = batch(electionId, observedAt);
      const body = JSON.stringify({ query: SUBMIT, variables: { input: { observations: b } } });
      const ms = await timed(async () => {
        const data = await app.post(body, leader);
        const created = data.submitObservations.filter((r: { status: string }) => r.status === 'CREATED').length;
        if (created !== BATCH) throw new Error(`only ${created} of ${BATCH} observations were created`);
      });
      return { ms, ids: b.map((o) => o.id) };
    };
    const first = await submit(); // warm-up, and the rows the anchor copies
    const insert = await plainInsert(app.dataSource, first.ids);
    await insert();
    const rounds = await interleave(
      Math.max(options.rounds, 5),
      async () => (BATCH / (await timed(insert))) * 1000,
      async () => (BATCH / (await submit()).ms) * 1000,
      `${kind} intake`,
    );
    return [
      shareRow(
        {
          database: kind,
          row: 'submitObservations, 1,000-item batches',
          anchorLabel: 'the same rows (observations and their audit entries) as plain multi-row INSERTs, one transaction',
          unit: 'obs/s',
        },
        rounds,
        0.8,
        5000,
      ),
    ];
  } finally {
    await app.close();
    await db.drop();
  }
}
