import { randomUUID } from 'node:crypto';
import type { OrganizationType, WorkflowActor } from '@scrutineer/domain';
import { OrganizationEntity } from '@scrutineer/db';
import type { EntityManager } from 'typeorm';
import type { RecordEvent } from '../audit/record-event.js';

export interface NewOrganization {
  jurisdictionId: string;
  type: OrganizationType;
  name: string;
  memberCount: number;
}

/** Insert a body to be elected and its `organization.create` audit entry, in the caller's transaction. */
export async function insertOrganization(
  tx: EntityManager,
  record: RecordEvent,
  actor: WorkflowActor,
  now: Date,
  input: NewOrganization,
): Promise<OrganizationEntity> {
  const organization = tx.create(OrganizationEntity, { ...input, id: randomUUID(), createdAt: now, updatedAt: now, version: 1 });
  await tx.insert(OrganizationEntity, organization);
  await record(tx, {
    subjectType: 'organization',
    subjectId: organization.id,
    action: 'organization.create',
    actor,
    jurisdictionId: organization.jurisdictionId,
    data: { ...input },
  });
  return organization;
}
