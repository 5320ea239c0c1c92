import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Complaint and petition cases (workflow aggregates) and their links (duplicates, the same matter).
 * A complainant's identity is stored only sealed (AES-256-GCM, bound to
 * the case id); the tracking PIN only as an argon2 hash.
 */
export class Cases1763942400000 implements MigrationInterface {
  name = 'Cases1763942400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY,
        jurisdiction_id uuid NOT NULL REFERENCES jurisdictions (id),
        supervising_jurisdiction_id uuid REFERENCES jurisdictions (id),
        tracking_code text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PETITION', 'REPORT', 'OBJECTION', 'ENQUIRY', 'SUPERVISION_FINDING')),
        channel text NOT NULL,
        category text NOT NULL,
        profile_id text NOT NULL,
        profile_version int NOT NULL,
        election_id uuid REFERENCES elections (id),
        candidate_id uuid REFERENCES candidates (id),
        organization_id uuid REFERENCES organizations (id),
        subject_jurisdiction_id uuid REFERENCES jurisdictions (id),
        assignee_id uuid REFERENCES users (id),
        level text NOT NULL,
        highest_level text NOT NULL,
        cross_level boolean NOT NULL,
        blocking boolean NOT NULL,
        due_on date,
        overdue boolean NOT NULL DEFAULT false,
        finding text,
        merged_into_id uuid REFERENCES cases (id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        anonymous boolean NOT NULL,
        filed_by_public boolean NOT NULL,
        received_on date NOT NULL,
        state text NOT NULL,
        snapshot jsonb NOT NULL,
        machine_version int NOT NULL,
        version int NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX cases_tracking_code_key ON cases (tracking_code)`);
    for (const column of ['jurisdiction_id', 'supervising_jurisdiction_id', 'election_id', 'assignee_id', 'state', 'due_on']) {
      await q.query(`CREATE INDEX cases_${column}_idx ON cases (${column})`);
    }
    await q.query(`CREATE INDEX cases_subject_idx ON cases (category, received_on)`);

    // Kept apart from the case row, so that no query of cases, export or audit entry carries them.
    await q.query(`
      CREATE TABLE case_secrets (
        case_id uuid PRIMARY KEY REFERENCES cases (id),
        pin_hash text NOT NULL,
        identity_sealed text
      )`);

    // DUPLICATE: merged into; SAME_MATTER: a new case on a matter already decided; RELATED: a handler's note.
    await q.query(`
      CREATE TABLE case_links (
        case_id uuid NOT NULL REFERENCES cases (id),
        linked_case_id uuid NOT NULL REFERENCES cases (id),
        kind text NOT NULL CHECK (kind IN ('DUPLICATE', 'SAME_MATTER', 'RELATED')),
        note text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL,
        created_by uuid REFERENCES users (id),
        PRIMARY KEY (case_id, linked_case_id, kind),
        CHECK (case_id <> linked_case_id)
      )`);
    await q.query(`CREATE INDEX case_links_linked_idx ON case_links (linked_case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE case_links');
    await q.query('DROP TABLE case_secrets');
    await q.query('DROP TABLE cases');
  }
}
