import { badInput } from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import type { EntityManager } from 'typeorm';

/**
 * Give a public filing its photos: anonymous uploads (supervision/attachment-uploads.ts), complete and
 * not yet given to any case or observation. Each is named once; an id that is none of these is refused
 * like a bad field, without saying which of the reasons it was.
 */
export async function attachPhotos(tx: EntityManager, caseId: string, attachmentIds: readonly string[]): Promise<void> {
  const ids = [...new Set(attachmentIds)];
  if (ids.length === 0) return;
  const attached = await sql<{ id: string }>(
    tx,
    `UPDATE observation_attachments SET case_id = $1
      WHERE id = ANY($2::uuid[]) AND uploaded_by IS NULL AND case_id IS NULL AND observation_id IS NULL AND completed_at IS NOT NULL
      RETURNING id`,
    [caseId, ids],
  );
  if (attached.length !== ids.length) {
    throw badInput('attachmentIds names an upload that is not a complete anonymous upload free to attach', { field: 'attachmentIds' });
  }
}

/** A case's photos, for staff who may read the case. */
export interface CaseAttachmentRow {
  id: string;
  name: string;
  media_type: string;
  size: string;
  sha256: string | null;
}

export const caseAttachments = (manager: EntityManager, caseId: string): Promise<CaseAttachmentRow[]> =>
  sql<CaseAttachmentRow>(
    manager,
    'SELECT id, name, media_type, size, sha256 FROM observation_attachments WHERE case_id = $1 ORDER BY created_at, id',
    [caseId],
  );
