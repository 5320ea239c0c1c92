import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The platform: jurisdictions, users, the audit trail (transition log) with its anchors, durable
 * deadlines and the outbox. Plain SQL that runs on PostgreSQL 15+ and on PGlite.
 */
const APPEND_ONLY_TABLES = ['audit_log', 'audit_anchors', 'audit_anchor_heads'];

export class Platform1763769600000 implements MigrationInterface {
  name = 'Platform1763769600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE jurisdictions (
        id uuid PRIMARY KEY,
        parent_id uuid REFERENCES jurisdictions (id),
        level text NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        code text UNIQUE CHECK (code ~ '^[0-9]{2,12}$'),
        path text NOT NULL UNIQUE,
        depth int NOT NULL CHECK (depth >= 0),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version int NOT NULL DEFAULT 1
      )`);
    // Subtree scoping is `path LIKE '/a/b/%'`: text_pattern_ops makes that an index range scan.
    await q.query(`CREATE INDEX jurisdictions_path_pattern_idx ON jurisdictions (path text_pattern_ops)`);
    await q.query(
      `CREATE UNIQUE INDEX jurisdictions_sibling_name_key ON jurisdictions (COALESCE(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), name)`,
    );

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        username text NOT NULL CHECK (username ~ '^[A-Za-z0-9._-]{3,64}$'),
        password_hash text NOT NULL,
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
        role text NOT NULL CHECK (role IN ('ADMIN', 'ELECTION_OFFICE', 'ELECTION_COMMITTEE', 'SUPERVISOR', 'PETITION_HANDLER', 'INSPECTOR')),
        jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
        active boolean NOT NULL DEFAULT true,
        token_version int NOT NULL DEFAULT 1,
        failed_login_count int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX users_username_key ON users (lower(username))`);
    await q.query(`CREATE INDEX users_jurisdiction_idx ON users (jurisdiction_id)`);

    // The audit trail. Workflow transitions and platform mutations alike; one hash chain per subject.
    await q.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY,
        position bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        seq int NOT NULL CHECK (seq > 0),
        action text NOT NULL,
        from_state text,
        to_state text,
        data jsonb NOT NULL,
        actor_kind text NOT NULL CHECK (actor_kind IN ('user', 'system', 'public')),
        actor_id uuid,
        actor_role text,
        actor_label text NOT NULL,
        actor_ip text,
        jurisdiction_id uuid,
        machine_version int,
        at timestamptz NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        UNIQUE (subject_id, seq)
      )`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at)`);

    await q.query(`
      CREATE FUNCTION scrutineer_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    // A periodic digest over the chain heads that changed since the previous anchor, itself chained.
    await q.query(`
      CREATE TABLE audit_anchors (
        id uuid PRIMARY KEY,
        position bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        at timestamptz NOT NULL,
        up_to_position bigint NOT NULL,
        head_count int NOT NULL,
        prev_digest text NOT NULL,
        digest text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE audit_anchor_heads (
        anchor_id uuid NOT NULL REFERENCES audit_anchors (id),
        subject_id uuid NOT NULL,
        seq int NOT NULL,
        hash text NOT NULL,
        PRIMARY KEY (anchor_id, subject_id)
      )`);
    await q.query(`CREATE INDEX audit_anchor_heads_subject_idx ON audit_anchor_heads (subject_id, seq)`);
    for (const table of APPEND_ONLY_TABLES) {
      await q.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION scrutineer_append_only()`,
      );
      await q.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION scrutineer_append_only()`,
      );
    }

    // Durable deadlines (ARCHITECTURE.md §4): at most one pending deadline per aggregate and kind.
    await q.query(`
      CREATE TABLE deadlines (
        id uuid PRIMARY KEY,
        aggregate_type text NOT NULL,
        aggregate_id uuid NOT NULL,
        kind text NOT NULL,
        due_at timestamptz NOT NULL,
        event jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        fired_at timestamptz,
        cancelled_at timestamptz,
        outcome text CHECK (outcome IN ('delivered', 'rejected', 'cancelled', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        next_attempt_at timestamptz
      )`);
    await q.query(
      `CREATE UNIQUE INDEX deadlines_pending_key ON deadlines (aggregate_id, kind) WHERE fired_at IS NULL AND cancelled_at IS NULL`,
    );
    await q.query(`CREATE INDEX deadlines_due_idx ON deadlines (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL`);

    // The outbox (ARCHITECTURE.md §5) and the record of which handler handled which message.
    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY,
        position bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        aggregate_type text NOT NULL,
        aggregate_id uuid NOT NULL,
        topic text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        available_at timestamptz NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        delivered_at timestamptz,
        dead_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (available_at) WHERE delivered_at IS NULL AND dead_at IS NULL`);
    await q.query(`
      CREATE TABLE outbox_deliveries (
        message_id uuid NOT NULL REFERENCES outbox (id),
        handler text NOT NULL,
        delivered_at timestamptz NOT NULL,
        PRIMARY KEY (message_id, handler)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'outbox_deliveries',
      'outbox',
      'deadlines',
      'audit_anchor_heads',
      'audit_anchors',
      'audit_log',
      'users',
      'jurisdictions',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS scrutineer_append_only()`);
  }
}
