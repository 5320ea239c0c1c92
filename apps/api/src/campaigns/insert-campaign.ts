import { randomUUID } from 'node:crypto';
import type { WorkflowActor } from '@scrutineer/domain';
import { CampaignEntity } from '@scrutineer/db';
import type { EntityManager } from 'typeorm';
import type { RecordEvent } from '../audit/record-event.js';

export interface NewCampaign {
  jurisdictionId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  targetOn: string;
}

/** Insert a campaign (换届) and its `campaign.create` audit entry, in the caller's transaction. */
export async function insertCampaign(
  tx: EntityManager,
  record: RecordEvent,
  actor: WorkflowActor,
  now: Date,
  input: NewCampaign,
): Promise<CampaignEntity> {
  const campaign = tx.create(CampaignEntity, { ...input, id: randomUUID(), createdAt: now, updatedAt: now, version: 1 });
  await tx.insert(CampaignEntity, campaign);
  await record(tx, {
    subjectType: 'campaign',
    subjectId: campaign.id,
    action: 'campaign.create',
    actor,
    jurisdictionId: campaign.jurisdictionId,
    data: { ...input },
  });
  return campaign;
}
