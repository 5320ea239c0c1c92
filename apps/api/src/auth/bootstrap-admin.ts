import { randomUUID } from 'node:crypto';
import { childPath, systemActor, type Clock, type JurisdictionLevel } from '@scrutineer/domain';
import { JurisdictionEntity, UserEntity } from '@scrutineer/db';
import type { AuditLog } from '@scrutineer/workflow';
import type { DataSource } from 'typeorm';
import { hashPassword } from './passwords.js';

export interface AdminSpec {
  username: string;
  password: string;
  displayName: string;
  /** The root jurisdiction the admin is placed in: found by name among the roots, or created. */
  jurisdiction: { name: string; level: JurisdictionLevel; code: string | null };
}

export type AdminOutcome = { created: true; userId: string; jurisdictionId: string } | { created: false; reason: 'exists' };

/**
 * Create the first administrator (and their root jurisdiction) unless the username exists.
 * Used by `npm run create-admin`, by ADMIN_USERNAME/ADMIN_PASSWORD at start-up, and by the
 * first start in embedded mode. Audited as `system:bootstrap`.
 */
export async function ensureAdmin(dataSource: DataSource, audit: AuditLog, clock: Clock, spec: AdminSpec): Promise<AdminOutcome> {
  if (!/^[A-Za-z0-9._-]{3,64}$/.test(spec.username)) throw new Error('The admin username must be 3 to 64 letters, digits, ".", "_" or "-"');
  if (spec.password.length < 10) throw new Error('The admin password must be at least 10 characters long');
  const passwordHash = await hashPassword(spec.password);
  const actor = systemActor('bootstrap');
  return dataSource.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7305202613)');
    const exists = await tx.createQueryBuilder(UserEntity, 'u').where('lower(u.username) = lower(:u)', { u: spec.username }).getExists();
    if (exists) return { created: false, reason: 'exists' } as const;
    const now = clock.now();
    let root = await tx.findOne(JurisdictionEntity, { where: { name: spec.jurisdiction.name, depth: 0 } });
    if (!root) {
      const id = randomUUID();
      root = tx.create(JurisdictionEntity, {
        id,
        parentId: null,
        level: spec.jurisdiction.level,
        name: spec.jurisdiction.name,
        code: spec.jurisdiction.code,
        path: childPath(null, id),
        depth: 0,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      await tx.insert(JurisdictionEntity, root);
      await audit.append(tx, {
        subjectType: 'jurisdiction',
        subjectId: id,
        action: 'jurisdiction.create',
        actor,
        jurisdictionId: id,
        data: { parentId: null, level: root.level, name: root.name, code: root.code },
        at: now,
      });
    }
    const userId = randomUUID();
    await tx.insert(UserEntity, {
      id: userId,
      username: spec.username,
      passwordHash,
      displayName: spec.displayName,
      role: 'ADMIN',
      jurisdictionId: root.id,
      active: true,
      tokenVersion: 1,
      failedLoginCount: 0,
      lockedUntil: null,
      lastLoginAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await audit.append(tx, {
      subjectType: 'user',
      subjectId: userId,
      action: 'user.create',
      actor,
      jurisdictionId: root.id,
      data: { username: spec.username, displayName: spec.displayName, role: 'ADMIN', jurisdictionId: root.id },
      at: now,
    });
    return { created: true, userId, jurisdictionId: root.id } as const;
  });
}
