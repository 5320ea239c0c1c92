import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case statistics from counters instead of a scan of `cases` (issue 12). Each case counts under a
 * set of keys (`state:…`, `channel:…`, `category:…`, `level:…`, `finding:…`, `accepted`, `resolved`,
 * `outstanding`, and `clock:STEP:MET|LATE` once per clock), by its unit and day of receipt.
 *
 * Triggers on `cases` keep them in step in the writer's own transaction, whoever writes (engine,
 * merges, transfers, seeds): a row adds +1 for the new row's keys and −1 for the old row's, as
 * insert-only rows of `case_counter_deltas`, so concurrent transitions in one unit never wait on a
 * shared counter row. The worker folds the deltas into `case_counts_daily` (for the partial months
 * at a range's edges) and `case_counts_monthly` (whole months) with scrutineer_compact_case_counters().
 * A query reads the three: O(units × months × keys), however many cases.
 */
export class CaseCounters1764331200000 implements MigrationInterface {
  name = 'CaseCounters1764331200000';

  async up(q: QueryRunner): Promise<void> {
    // No foreign keys: the case rows already hold them, and a check per delta would cost every transition.
    await q.query(`
      CREATE TABLE case_counter_deltas (
        jurisdiction_id uuid NOT NULL,
        received_on date NOT NULL,
        key text NOT NULL,
        n int NOT NULL
      )`);
    await q.query(`
      CREATE TABLE case_counts_daily (
        day date NOT NULL,
        jurisdiction_id uuid NOT NULL,
        key text NOT NULL,
        n int NOT NULL,
        PRIMARY KEY (day, jurisdiction_id, key)
      )`);
    await q.query(`
      CREATE TABLE case_counts_monthly (
        jurisdiction_id uuid NOT NULL,
        month date NOT NULL,
        key text NOT NULL,
        n int NOT NULL,
        PRIMARY KEY (jurisdiction_id, month, key)
      )`);

    // The keys a case counts under. `accepted`: the handling clock started (受理, or registered where the
    // profile has no acceptance step) and past the awaiting states; `resolved`: its written reply is
    // recorded (办结); `outstanding`: accepted, open, no reply yet. A clock counts once per MET/LATE entry.
    await q.query(`
      CREATE FUNCTION scrutineer_case_counter_keys(state text, channel text, category text, level text, finding text,
                                                   replied_on date, clocks jsonb)
      RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT array_remove(ARRAY[
                 'state:' || state, 'channel:' || channel, 'category:' || category, 'level:' || level,
                 'finding:' || coalesce(finding, 'NONE'),
                 CASE WHEN a.accepted THEN 'accepted' END,
                 CASE WHEN replied_on IS NOT NULL THEN 'resolved' END,
                 CASE WHEN a.accepted AND replied_on IS NULL AND starts_with(state, 'open.') THEN 'outstanding' END
               ], NULL)
               || ARRAY(SELECT 'clock:' || (k->>'step') || ':' || (k->>'outcome')
                          FROM jsonb_array_elements(CASE jsonb_typeof(clocks) WHEN 'array' THEN clocks END) k
                         WHERE k->>'outcome' IN ('MET', 'LATE') AND k->>'step' IS NOT NULL)
          FROM (SELECT coalesce(clocks @> '[{"step":"HANDLING"}]'::jsonb, false)
                       AND state NOT IN ('open.received', 'open.registered') AS accepted) a
      $$`);

    // Row-level: −1 for the old row's keys, +1 for the new row's, only where they differ. (A statement-level
    // trigger with transition tables was measured 3–4× dearer per transition: its query is planned anew
    // on every firing.) The update trigger fires only when a counted column changed, so assignments,
    // overdue flags and notes cost nothing.
    const keys = (r: string) =>
      `scrutineer_case_counter_keys(${r}.state, ${r}.channel, ${r}.category, ${r}.level, ${r}.finding, ${r}.replied_on, ${r}.snapshot->'context'->'clocks')`;
    await q.query(`
      CREATE FUNCTION scrutineer_case_counters_track() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        gone text[] := '{}';
        came text[] := '{}';
      BEGIN
        IF TG_OP <> 'INSERT' THEN gone := ${keys('OLD')}; END IF;
        IF TG_OP <> 'DELETE' THEN came := ${keys('NEW')}; END IF;
        IF TG_OP = 'UPDATE' AND gone = came AND OLD.jurisdiction_id = NEW.jurisdiction_id AND OLD.received_on = NEW.received_on THEN
          RETURN NULL;
        END IF;
        INSERT INTO case_counter_deltas (jurisdiction_id, received_on, key, n)
        SELECT jurisdiction_id, received_on, key, sum(n)::int
          FROM (SELECT NEW.jurisdiction_id, NEW.received_on, k, 1 FROM unnest(came) k
                UNION ALL
                SELECT OLD.jurisdiction_id, OLD.received_on, k, -1 FROM unnest(gone) k) AS d (jurisdiction_id, received_on, key, n)
         GROUP BY 1, 2, 3 HAVING sum(n) <> 0;
        RETURN NULL;
      END $$`);
    const track = 'FOR EACH ROW EXECUTE FUNCTION scrutineer_case_counters_track()';
    await q.query(`CREATE TRIGGER cases_counters_insert AFTER INSERT ON cases ${track}`);
    await q.query(`
      CREATE TRIGGER cases_counters_update AFTER UPDATE ON cases FOR EACH ROW
      WHEN (OLD.state IS DISTINCT FROM NEW.state OR OLD.jurisdiction_id IS DISTINCT FROM NEW.jurisdiction_id
         OR OLD.received_on IS DISTINCT FROM NEW.received_on OR OLD.channel IS DISTINCT FROM NEW.channel
         OR OLD.category IS DISTINCT FROM NEW.category OR OLD.level IS DISTINCT FROM NEW.level
         OR OLD.finding IS DISTINCT FROM NEW.finding OR OLD.replied_on IS DISTINCT FROM NEW.replied_on
         OR OLD.snapshot->'context'->'clocks' IS DISTINCT FROM NEW.snapshot->'context'->'clocks')
      EXECUTE FUNCTION scrutineer_case_counters_track()`);
    await q.query(`CREATE TRIGGER cases_counters_delete AFTER DELETE ON cases ${track}`);
    await q.query(`
      CREATE FUNCTION scrutineer_case_counters_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE case_counter_deltas, case_counts_daily, case_counts_monthly;
        RETURN NULL;
      END $$`);
    await q.query(
      'CREATE TRIGGER cases_counters_truncate AFTER TRUNCATE ON cases FOR EACH STATEMENT EXECUTE FUNCTION scrutineer_case_counters_truncate()',
    );

    // Fold the deltas into the day and month counts: one statement, so a reader sees them before or
    // after, never half. Several workers may run it at once: each delta row is deleted (and summed)
    // by exactly one of them; the others skip it. Sorted upserts take row locks in one order; should
    // two still collide, the loser rolls back whole and its deltas wait for the next pass.
    await q.query(`
      CREATE FUNCTION scrutineer_compact_case_counters() RETURNS int LANGUAGE sql VOLATILE AS $$
        WITH moved AS (
          DELETE FROM case_counter_deltas RETURNING jurisdiction_id, received_on, key, n
        ), daily AS (
          INSERT INTO case_counts_daily AS c (day, jurisdiction_id, key, n)
          SELECT received_on, jurisdiction_id, key, sum(n)::int FROM moved GROUP BY 1, 2, 3 HAVING sum(n) <> 0 ORDER BY 1, 2, 3
          ON CONFLICT (day, jurisdiction_id, key) DO UPDATE SET n = c.n + excluded.n
          RETURNING 1
        ), monthly AS (
          INSERT INTO case_counts_monthly AS c (jurisdiction_id, month, key, n)
          SELECT jurisdiction_id, date_trunc('month', received_on::timestamp)::date, key, sum(n)::int
            FROM moved GROUP BY 1, 2, 3 HAVING sum(n) <> 0 ORDER BY 1, 2, 3
          ON CONFLICT (jurisdiction_id, month, key) DO UPDATE SET n = c.n + excluded.n
          RETURNING 1
        )
        SELECT count(*)::int FROM moved
      $$`);

    // Counts from the cases as they are: the backfill, and after a bulk load with the triggers off.
    // SHARE mode holds writers off until the transaction ends, so no delta is lost or counted twice.
    await q.query(`
      CREATE FUNCTION scrutineer_rebuild_case_counters() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE cases IN SHARE MODE;
        DELETE FROM case_counter_deltas;
        DELETE FROM case_counts_daily;
        DELETE FROM case_counts_monthly;
        INSERT INTO case_counts_daily (day, jurisdiction_id, key, n)
        SELECT c.received_on, c.jurisdiction_id, k, count(*)::int FROM cases c, unnest(${keys('c')}) k GROUP BY 1, 2, 3;
        INSERT INTO case_counts_monthly (jurisdiction_id, month, key, n)
        SELECT jurisdiction_id, date_trunc('month', day::timestamp)::date, key, sum(n)::int FROM case_counts_daily GROUP BY 1, 2, 3;
      END $$`);
    await q.query('SELECT scrutineer_rebuild_case_counters()');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER cases_counters_truncate ON cases');
    await q.query('DROP TRIGGER cases_counters_delete ON cases');
    await q.query('DROP TRIGGER cases_counters_update ON cases');
    await q.query('DROP TRIGGER cases_counters_insert ON cases');
    await q.query('DROP FUNCTION scrutineer_rebuild_case_counters()');
    await q.query('DROP FUNCTION scrutineer_compact_case_counters()');
    await q.query('DROP FUNCTION scrutineer_case_counters_truncate()');
    await q.query('DROP FUNCTION scrutineer_case_counters_track()');
    await q.query('DROP FUNCTION scrutineer_case_counter_keys(text, text, text, text, text, date, jsonb)');
    await q.query('DROP TABLE case_counts_monthly');
    await q.query('DROP TABLE case_counts_daily');
    await q.query('DROP TABLE case_counter_deltas');
  }
}
