import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The order every case list uses: due first, no running clock last (CasesService.list; ties by id). */
const CASE_DUE_KEY = `coalesce(due_on, '9999-12-31'::date)`;

/**
 * Case lists that stay fast at a million cases (issue 12; plans in docs/performance/case-queues.md).
 * Each list is `ORDER BY due key, id LIMIT n` under a subtree scope, so:
 * - `jurisdiction_path` copies the handling unit's path onto the case, kept by a trigger (a case moves
 *   when transferred; a jurisdiction's path never changes once made), in the "C" collation, so that a
 *   subtree is a prefix range of one indexed column, not a lookup in `jurisdictions` row by row;
 * - one index per queue in exactly that order, so a page walks its index and stops after n rows:
 *   the path's (MY_UNIT; also the subtree's counts, with the columns the common filters test), the
 *   assignee's (MINE), the overdue cases' (a partial index), everyone's (the default page, the
 *   filters); each carries the columns its scope test reads, so a queue's capped count reads no rows.
 * The single-column indexes on assignee_id and due_on, which the new ones begin with, are dropped.
 */
export class CaseQueues1764288000000 implements MigrationInterface {
  name = 'CaseQueues1764288000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN jurisdiction_path text COLLATE "C"`);
    await q.query(`UPDATE cases c SET jurisdiction_path = j.path FROM jurisdictions j WHERE j.id = c.jurisdiction_id`);
    await q.query(`ALTER TABLE cases ALTER COLUMN jurisdiction_path SET NOT NULL`);
    await q.query(`
      CREATE FUNCTION cases_jurisdiction_path() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.jurisdiction_path := (SELECT path FROM jurisdictions WHERE id = NEW.jurisdiction_id);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER cases_jurisdiction_path_insert BEFORE INSERT ON cases
        FOR EACH ROW EXECUTE FUNCTION cases_jurisdiction_path()`);
    // Every step writes jurisdiction_id (the workflow keeps it in step); only a move looks the path up.
    await q.query(`
      CREATE TRIGGER cases_jurisdiction_path_update BEFORE UPDATE OF jurisdiction_id ON cases
        FOR EACH ROW WHEN (OLD.jurisdiction_id IS DISTINCT FROM NEW.jurisdiction_id) EXECUTE FUNCTION cases_jurisdiction_path()`);

    for (const column of ['assignee_id', 'due_on']) await q.query(`DROP INDEX cases_${column}_idx`);
    // The default page and the filters walk this one; a small subtree is a range of the next.
    await q.query(`CREATE INDEX cases_due_queue_idx ON cases ((${CASE_DUE_KEY}), id)`);
    // MY_UNIT (one path, in order); the subtree's counts, with the columns the common filters test.
    await q.query(`
      CREATE INDEX cases_scope_queue_idx ON cases (jurisdiction_path, (${CASE_DUE_KEY}), id) INCLUDE (state, overdue, category)`);
    await q.query(`
      CREATE INDEX cases_assignee_queue_idx ON cases (assignee_id, (${CASE_DUE_KEY}), id)
        INCLUDE (jurisdiction_path) WHERE assignee_id IS NOT NULL`);
    await q.query(`
      CREATE INDEX cases_overdue_queue_idx ON cases ((${CASE_DUE_KEY}), id)
        INCLUDE (jurisdiction_path, supervising_jurisdiction_id) WHERE overdue`);
    // Statistics for the new column and the index expressions, so the planner chooses well from the start.
    await q.query('ANALYZE cases');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['due', 'scope', 'assignee', 'overdue']) await q.query(`DROP INDEX cases_${name}_queue_idx`);
    for (const column of ['assignee_id', 'due_on']) await q.query(`CREATE INDEX cases_${column}_idx ON cases (${column})`);
    await q.query('DROP TRIGGER cases_jurisdiction_path_update ON cases');
    await q.query('DROP TRIGGER cases_jurisdiction_path_insert ON cases');
    await q.query('DROP FUNCTION cases_jurisdiction_path()');
    await q.query('ALTER TABLE cases DROP COLUMN jurisdiction_path');
  }
}
