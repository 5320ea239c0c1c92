import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations being elected, campaigns (换届), elections and candidates (workflow aggregates), rounds. */
export class Elections1763856000000 implements MigrationInterface {
  name = 'Elections1763856000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY,
        jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
        type text NOT NULL CHECK (type IN ('VILLAGE_COMMITTEE', 'RESIDENTS_COMMITTEE', 'PARTY_BRANCH', 'PARTY_GENERAL_BRANCH', 'PARTY_COMMITTEE', 'YOUTH_LEAGUE_BRANCH', 'TRADE_UNION')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        member_count int NOT NULL CHECK (member_count >= 0),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX organizations_name_key ON organizations (jurisdiction_id, type, name)`);

    await q.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY,
        jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        target_on date NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version int NOT NULL DEFAULT 1,
        CHECK (starts_on <= ends_on),
        CHECK (target_on BETWEEN starts_on AND ends_on)
      )`);
    await q.query(`CREATE INDEX campaigns_jurisdiction_idx ON campaigns (jurisdiction_id)`);

    await q.query(`
      CREATE TABLE elections (
        id uuid PRIMARY KEY,
        jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        campaign_id uuid REFERENCES campaigns (id),
        profile_id text NOT NULL,
        profile_version int NOT NULL,
        election_day date NOT NULL,
        overdue boolean NOT NULL DEFAULT false,
        state text NOT NULL,
        snapshot jsonb NOT NULL,
        machine_version int NOT NULL,
        version int NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    for (const column of ['jurisdiction_id', 'organization_id', 'campaign_id', 'state', 'election_day']) {
      await q.query(`CREATE INDEX elections_${column}_idx ON elections (${column})`);
    }

    await q.query(`
      CREATE TABLE candidates (
        id uuid PRIMARY KEY,
        election_id uuid NOT NULL REFERENCES elections (id),
        jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
        post text NOT NULL,
        route text NOT NULL,
        name text NOT NULL,
        state text NOT NULL,
        snapshot jsonb NOT NULL,
        machine_version int NOT NULL,
        version int NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX candidates_election_idx ON candidates (election_id, post, state)`);

    await q.query(`
      CREATE TABLE election_rounds (
        id uuid PRIMARY KEY,
        election_id uuid NOT NULL REFERENCES elections (id),
        number int NOT NULL CHECK (number > 0),
        kind text NOT NULL CHECK (kind IN ('REGULAR', 'EXTRA')),
        revote boolean NOT NULL,
        outcome text NOT NULL,
        input jsonb NOT NULL,
        result jsonb NOT NULL,
        recorded_at timestamptz NOT NULL,
        recorded_by uuid,
        UNIQUE (election_id, number)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['election_rounds', 'candidates', 'elections', 'campaigns', 'organizations']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
