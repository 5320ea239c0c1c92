import { randomUUID } from 'node:crypto';
import { childPath, type JurisdictionLevel, type WorkflowActor } from '@scrutineer/domain';
import { JurisdictionEntity } from '@scrutineer/db';
import type { EntityManager } from 'typeorm';
import type { RecordEvent } from '../audit/record-event.js';

export interface NewJurisdiction {
  /** null for a root of the tree. */
  parent: JurisdictionEntity | null;
  level: JurisdictionLevel;
  name: string;
  code: string | null;
}

/** Insert a jurisdiction below its parent (path, depth) and its audit entry, in the caller's transaction. */
export async function insertJurisdiction(
  tx: EntityManager,
  record: RecordEvent,
  actor: WorkflowActor,
  now: Date,
  input: NewJurisdiction,
): Promise<JurisdictionEntity> {
  const id = randomUUID();
  const jurisdiction = tx.create(JurisdictionEntity, {
    id,
    parentId: input.parent?.id ?? null,
    level: input.level,
    name: input.name,
    code: input.code,
    path: childPath(input.parent?.path ?? null, id),
    depth: input.parent ? input.parent.depth + 1 : 0,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  await tx.insert(JurisdictionEntity, jurisdiction);
  await record(tx, {
    subjectType: 'jurisdiction',
    subjectId: id,
    action: 'jurisdiction.create',
    actor,
    jurisdictionId: id,
    data: { parentId: jurisdiction.parentId, level: input.level, name: input.name, code: input.code },
  });
  return jurisdiction;
}
