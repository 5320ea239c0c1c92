import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public pages (issue 13). `proof_of_work_spent`: each ALTCHA solution is accepted once, so its
 * challenge's signature is kept until the challenge expires (then it could not be used anyway).
 * `observation_attachments` also holds a complaint's photos, uploaded without an account: such an
 * upload has no uploader but an `upload_key` (the SHA-256 of the proof of work that admitted it, which
 * the uploader sends again to continue), and names its case once the complaint is filed.
 */
export class PublicFiling1764374400000 implements MigrationInterface {
  name = 'PublicFiling1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proof_of_work_spent (
        signature text PRIMARY KEY,
        expires_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX proof_of_work_spent_expires_idx ON proof_of_work_spent (expires_at)');
    await q.query('ALTER TABLE observation_attachments ALTER COLUMN uploaded_by DROP NOT NULL');
    await q.query('ALTER TABLE observation_attachments ADD COLUMN upload_key text');
    await q.query('ALTER TABLE observation_attachments ADD COLUMN case_id uuid REFERENCES cases (id)');
    await q.query(
      'ALTER TABLE observation_attachments ADD CONSTRAINT observation_attachments_uploader_check CHECK (uploaded_by IS NOT NULL OR upload_key IS NOT NULL)',
    );
    await q.query('CREATE INDEX observation_attachments_case_idx ON observation_attachments (case_id) WHERE case_id IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX observation_attachments_case_idx');
    await q.query('ALTER TABLE observation_attachments DROP CONSTRAINT observation_attachments_uploader_check');
    await q.query('ALTER TABLE observation_attachments DROP COLUMN case_id');
    await q.query('ALTER TABLE observation_attachments DROP COLUMN upload_key');
    await q.query('DELETE FROM observation_attachments WHERE uploaded_by IS NULL');
    await q.query('ALTER TABLE observation_attachments ALTER COLUMN uploaded_by SET NOT NULL');
    await q.query('DROP TABLE proof_of_work_spent');
  }
}
