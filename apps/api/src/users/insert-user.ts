import { randomUUID } from 'node:crypto';
import type { Role, WorkflowActor } from '@scrutineer/domain';
import { UserEntity } from '@scrutineer/db';
import type { EntityManager } from 'typeorm';
import type { RecordEvent } from '../audit/record-event.js';

export interface NewUser {
  username: string;
  passwordHash: string;
  displayName: string;
  role: Role;
  jurisdictionId: string;
}

/** Insert an active account and its `user.create` audit entry, in the caller's transaction. */
export async function insertUser(
  tx: EntityManager,
  record: RecordEvent,
  actor: WorkflowActor,
  now: Date,
  input: NewUser,
): Promise<UserEntity> {
  const user = tx.create(UserEntity, {
    ...input,
    id: randomUUID(),
    active: true,
    tokenVersion: 1,
    failedLoginCount: 0,
    lockedUntil: null,
    lastLoginAt: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  await tx.insert(UserEntity, user);
  await record(tx, {
    subjectType: 'user',
    subjectId: user.id,
    action: 'user.create',
    actor,
    jurisdictionId: user.jurisdictionId,
    data: { username: user.username, displayName: user.displayName, role: user.role, jurisdictionId: user.jurisdictionId },
  });
  return user;
}
