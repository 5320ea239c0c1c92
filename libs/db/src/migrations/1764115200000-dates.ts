import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Honest dates: every date given more than LATE_ENTRY_DAYS before it was recorded is listed in
 * `late_entries` (append-only, beside the transition's audit entry) for inspectors; observations keep
 * the reason for a late submission; cases keep the day of their written reply (办结) for statistics;
 * elections keep the profile options they were created under.
 */
export class Dates1764115200000 implements MigrationInterface {
  name = 'Dates1764115200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE late_entries (
        id uuid PRIMARY KEY,
        -- Insertion order: the order they were recorded in, ties included.
        position bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        jurisdiction_id uuid REFERENCES jurisdictions (id),
        step text NOT NULL,
        field text NOT NULL,
        date_given date NOT NULL,
        recorded_at timestamptz NOT NULL,
        days_back int NOT NULL CHECK (days_back >= 0),
        reason text,
        actor_id uuid,
        actor_label text NOT NULL,
        -- The step's audit entry; no foreign key, so that audit_log's own TRUNCATE guard answers first.
        audit_entry_id uuid
      )`);
    await q.query('CREATE INDEX late_entries_recorded_idx ON late_entries (recorded_at)');
    await q.query('CREATE INDEX late_entries_subject_idx ON late_entries (subject_id)');
    await q.query('CREATE INDEX late_entries_jurisdiction_idx ON late_entries (jurisdiction_id)');
    await q.query(
      'CREATE TRIGGER late_entries_append_only BEFORE UPDATE OR DELETE ON late_entries FOR EACH ROW EXECUTE FUNCTION scrutineer_append_only()',
    );
    await q.query(
      'CREATE TRIGGER late_entries_no_truncate BEFORE TRUNCATE ON late_entries FOR EACH STATEMENT EXECUTE FUNCTION scrutineer_append_only()',
    );

    await q.query('ALTER TABLE observations ADD COLUMN recorded_late boolean NOT NULL DEFAULT false');
    await q.query('ALTER TABLE observations ADD COLUMN late_reason text');

    // The readings an election was created under (e.g. STRICT_MARGIN); its context keeps the profile whole.
    await q.query(`ALTER TABLE elections ADD COLUMN profile_options text[] NOT NULL DEFAULT '{}'`);

    await q.query('ALTER TABLE cases ADD COLUMN replied_on date');
    await q.query(`
      UPDATE cases SET replied_on = (
        SELECT min((r->>'on')::date) FROM jsonb_array_elements(snapshot->'context'->'replies') r WHERE r->>'stage' = 'HANDLING'
      )`);
    await q.query('CREATE INDEX cases_replied_on_idx ON cases (replied_on)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX cases_replied_on_idx');
    await q.query('ALTER TABLE cases DROP COLUMN replied_on');
    await q.query('ALTER TABLE elections DROP COLUMN profile_options');
    await q.query('ALTER TABLE observations DROP COLUMN late_reason');
    await q.query('ALTER TABLE observations DROP COLUMN recorded_late');
    await q.query('DROP TABLE late_entries');
  }
}
