import { CASE_CATEGORIES } from '@scrutineer/domain';
import type { DataSource } from 'typeorm';
import { progress } from '../support/stats.js';
import { pauseCaseCounters, rebuildCaseCounters } from './seed-counters.js';

/** Where seeded cases go: the demo's own units (copied as they are) and other counties of the province. */
export interface SeedPlaces {
  /** 示范县's handler: a share of the demo's cases is assigned to them (the MINE queue). */
  handlerId: string;
  /** Counties outside the demo (made through GraphQL before seeding). */
  otherCounties: string[];
}

const TITLES = ['选举程序问题', '贿选举报', '选民名单异议', '候选人资格异议', '计票争议', '拉票问题'];

/**
 * Cases by SQL `generate_series`, copied from templates: every case made through the engine so far
 * (the demo's, in six states, and the bench's own accepted ones), so each row carries a snapshot the
 * machine wrote for its state. Varied: id, tracking code, unit (20% the template's own — the demo
 * county's subtree — 80% spread over the other counties, subject and election links dropped there),
 * assignee (a fifth of the demo's to its handler), category, title, received day (the last year),
 * due day (−20…+70 days from today; `overdue` when past and still open). Pending deadlines are copied
 * beside open cases. The unit's path on each case (`jurisdiction_path`) is its trigger's. Indexes other than constraints are dropped for the insert and rebuilt after,
 * as the migrations define them; then VACUUM ANALYZE (what autovacuum would do in time).
 *
 * Rows numbered [from, to) so a database can grow in steps. Returns seconds taken.
 */
export async function seedCases(dataSource: DataSource, places: SeedPlaces, from: number, to: number): Promise<number> {
  const started = Date.now();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  const q = (text: string, params?: unknown[]) => runner.query(text, params);
  try {
    await q(`CREATE TABLE IF NOT EXISTS bench_templates AS
               SELECT (row_number() OVER (ORDER BY created_at, id) - 1)::int AS n, id FROM cases WHERE tracking_code NOT LIKE 'BN-%'`);
    const [{ k }] = await q('SELECT count(*)::int AS k FROM bench_templates');
    const columns = (
      (await q(
        `SELECT attname AS name FROM pg_attribute WHERE attrelid = 'cases'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
      )) as { name: string }[]
    ).map((c) => c.name);
    // $1 handler, $2 other counties, $3 categories, $4 titles, $5 from, $6 to, $7 template count
    const demo = `(g % 10 < 2)`;
    const due = `(current_date + ((g * 13) % 90 - 20))`;
    const value: Record<string, string> = {
      id: 'gen_random_uuid()',
      tracking_code: `'BN-' || lpad(g::text, 10, '0')`,
      jurisdiction_id: `CASE WHEN ${demo} THEN t.jurisdiction_id ELSE ($2::uuid[])[1 + (g / 10) % cardinality($2::uuid[])] END`,
      // The unit's path: set by the insert trigger (migration CaseQueues1764288000000) from jurisdiction_id.
      jurisdiction_path: 'NULL',
      supervising_jurisdiction_id: `CASE WHEN ${demo} THEN t.supervising_jurisdiction_id END`,
      subject_jurisdiction_id: `CASE WHEN ${demo} THEN t.subject_jurisdiction_id ELSE ($2::uuid[])[1 + (g / 10) % cardinality($2::uuid[])] END`,
      election_id: `CASE WHEN ${demo} THEN t.election_id END`,
      candidate_id: `CASE WHEN ${demo} THEN t.candidate_id END`,
      organization_id: `CASE WHEN ${demo} THEN t.organization_id END`,
      assignee_id: `CASE WHEN ${demo} AND g % 5 = 0 THEN $1::uuid WHEN ${demo} THEN t.assignee_id END`,
      merged_into_id: `CASE WHEN ${demo} THEN t.merged_into_id END`,
      observation_id: 'NULL',
      category: `($3::text[])[1 + g % cardinality($3::text[])]`,
      title: `($4::text[])[1 + (g / 7) % cardinality($4::text[])] || ' ' || g`,
      received_on: `current_date - (g % 365)`,
      due_on: `CASE WHEN t.due_on IS NOT NULL THEN ${due} END`,
      overdue: `t.due_on IS NOT NULL AND starts_with(t.state, 'open.') AND ${due} < current_date`,
      created_at: `(current_date - (g % 365))::timestamptz`,
      updated_at: `(current_date - (g % 365))::timestamptz`,
    };
    const indexes = (await q(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'cases'
          AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'cases'::regclass)`,
    )) as { name: string; def: string }[];
    for (const i of indexes) await q(`DROP INDEX ${i.name}`);
    await pauseCaseCounters(q);
    await q(
      `INSERT INTO cases (${columns.join(', ')})
       SELECT ${columns.map((c) => value[c] ?? `t.${c}`).join(', ')}
         FROM generate_series($5::int, $6::int - 1) g
         JOIN bench_templates bt ON bt.n = g % $7::int
         JOIN cases t ON t.id = bt.id`,
      [places.handlerId, places.otherCounties, [...CASE_CATEGORIES], TITLES, from, to, k],
    );
    // Rows kept in step with `cases` (counters …) are seeded here: after the cases, before the indexes.
    progress(`seed: ${to - from} cases inserted in ${((Date.now() - started) / 1000).toFixed(1)} s; rebuilding ${indexes.length} indexes`);
    await q(`SET maintenance_work_mem = '256MB'`);
    for (const i of indexes) await q(i.def);
    await q(`RESET maintenance_work_mem`);
    await q(
      `INSERT INTO deadlines (id, aggregate_type, aggregate_id, kind, due_at, event, created_at)
       SELECT gen_random_uuid(), d.aggregate_type, c.id, d.kind, c.due_on::timestamptz, d.event, c.created_at
         FROM cases c
         JOIN bench_templates bt ON bt.n = substr(c.tracking_code, 4)::int % $3::int
         JOIN deadlines d ON d.aggregate_id = bt.id AND d.fired_at IS NULL AND d.cancelled_at IS NULL
        WHERE c.tracking_code LIKE 'BN-%' AND substr(c.tracking_code, 4)::int >= $1 AND substr(c.tracking_code, 4)::int < $2
          AND c.due_on IS NOT NULL`,
      [from, to, k],
    );
    await rebuildCaseCounters(q);
    await q('VACUUM ANALYZE cases');
    await q('VACUUM ANALYZE deadlines');
  } finally {
    await runner.release();
  }
  return (Date.now() - started) / 1000;
}
