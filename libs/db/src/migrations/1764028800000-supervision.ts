import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supervision: teams and what they cover, observations (immutable once submitted; corrections are
 * amendments beside them), attachments, and rectification orders (workflow aggregates).
 */
export class Supervision1764028800000 implements MigrationInterface {
  name = 'Supervision1764028800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE supervision_teams (
        id uuid PRIMARY KEY,
        jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
        kind text NOT NULL CHECK (kind IN ('SUPERVISION', 'GUIDANCE', 'INSPECTION', 'OBSERVERS')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        leader_id uuid REFERENCES users (id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX supervision_teams_name_key ON supervision_teams (jurisdiction_id, name)`);
    await q.query(`
      CREATE TABLE supervision_team_members (
        team_id uuid NOT NULL REFERENCES supervision_teams (id),
        user_id uuid NOT NULL REFERENCES users (id),
        added_at timestamptz NOT NULL,
        PRIMARY KEY (team_id, user_id)
      )`);
    await q.query(`CREATE INDEX supervision_team_members_user_idx ON supervision_team_members (user_id)`);
    // What a team covers: whole jurisdictions (subtrees) or single elections.
    await q.query(`
      CREATE TABLE supervision_assignments (
        id uuid PRIMARY KEY,
        team_id uuid NOT NULL REFERENCES supervision_teams (id),
        election_id uuid REFERENCES elections (id),
        jurisdiction_id uuid REFERENCES jurisdictions (id),
        created_at timestamptz NOT NULL,
        CHECK ((election_id IS NULL) <> (jurisdiction_id IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX supervision_assignments_key ON supervision_assignments (team_id, coalesce(election_id, jurisdiction_id))`,
    );

    // The id is the client's (offline devices make them): a re-sent observation is recognised by it.
    await q.query(`
      CREATE TABLE observations (
        id uuid PRIMARY KEY,
        election_id uuid NOT NULL REFERENCES elections (id),
        jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
        team_id uuid NOT NULL REFERENCES supervision_teams (id),
        observer_id uuid NOT NULL REFERENCES users (id),
        stage text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('WEB', 'MOBILE_OFFLINE', 'API')),
        site_key text NOT NULL,
        site jsonb NOT NULL,
        observed_at timestamptz NOT NULL,
        submitted_at timestamptz NOT NULL,
        checklist jsonb NOT NULL,
        violations jsonb NOT NULL,
        flags jsonb NOT NULL,
        narrative text NOT NULL,
        max_severity text,
        content_hash text NOT NULL
      )`);
    for (const column of ['election_id', 'team_id', 'observer_id', 'observed_at']) {
      await q.query(`CREATE INDEX observations_${column}_idx ON observations (${column})`);
    }
    await q.query(`CREATE INDEX observations_site_idx ON observations (election_id, site_key, stage)`);
    await q.query(`
      CREATE TABLE observation_amendments (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        observation_id uuid NOT NULL REFERENCES observations (id),
        amended_by uuid NOT NULL REFERENCES users (id),
        amended_at timestamptz NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        changes jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX observation_amendments_observation_idx ON observation_amendments (observation_id, amended_at)`);
    // Submitted is final: the row and its amendments are never updated or deleted.
    for (const table of ['observations', 'observation_amendments']) {
      await q.query(`
        CREATE OR REPLACE FUNCTION ${table}_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '${table} are immutable once submitted: record an amendment instead'; END $$`);
      await q.query(
        `CREATE TRIGGER ${table}_no_update BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_immutable()`,
      );
    }

    await q.query(`
      CREATE TABLE observation_attachments (
        id uuid PRIMARY KEY,
        observation_id uuid REFERENCES observations (id),
        uploaded_by uuid NOT NULL REFERENCES users (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        media_type text NOT NULL,
        size bigint NOT NULL CHECK (size >= 0),
        sha256 text,
        storage_key text NOT NULL,
        created_at timestamptz NOT NULL,
        completed_at timestamptz
      )`);
    await q.query(`CREATE INDEX observation_attachments_observation_idx ON observation_attachments (observation_id)`);

    await q.query(`
      CREATE TABLE rectification_orders (
        id uuid PRIMARY KEY,
        jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
        election_id uuid NOT NULL REFERENCES elections (id),
        observation_id uuid REFERENCES observations (id),
        team_id uuid NOT NULL REFERENCES supervision_teams (id),
        blocking boolean NOT NULL,
        due_on date NOT NULL,
        overdue boolean NOT NULL DEFAULT false,
        state text NOT NULL,
        snapshot jsonb NOT NULL,
        machine_version int NOT NULL,
        version int NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    for (const column of ['election_id', 'team_id', 'state', 'observation_id']) {
      await q.query(`CREATE INDEX rectification_orders_${column}_idx ON rectification_orders (${column})`);
    }
    // A case opened from an observation, exactly once per observation.
    await q.query(`ALTER TABLE cases ADD COLUMN observation_id uuid REFERENCES observations (id)`);
    await q.query(`CREATE UNIQUE INDEX cases_observation_key ON cases (observation_id) WHERE observation_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX cases_observation_key');
    await q.query('ALTER TABLE cases DROP COLUMN observation_id');
    for (const table of ['rectification_orders', 'observation_attachments', 'observation_amendments', 'observations']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query('DROP FUNCTION observations_immutable, observation_amendments_immutable');
    for (const table of ['supervision_assignments', 'supervision_team_members', 'supervision_teams']) await q.query(`DROP TABLE ${table}`);
  }
}
