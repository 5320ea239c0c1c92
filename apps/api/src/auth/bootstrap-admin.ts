import { systemActor, type Clock, type JurisdictionLevel } from '@scrutineer/domain';
import { JurisdictionEntity, UserEntity } from '@scrutineer/db';
import type { AuditLog } from '@scrutineer/workflow';
import type { DataSource } from 'typeorm';
import type { RecordEvent } from '../audit/record-event.js';
import { insertJurisdiction } from '../jurisdictions/insert-jurisdiction.js';
import { insertUser } from '../users/insert-user.js';
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
    const record: RecordEvent = (t, event) => audit.append(t, { ...event, at: now });
    const root =
      (await tx.findOne(JurisdictionEntity, { where: { name: spec.jurisdiction.name, depth: 0 } })) ??
      (await insertJurisdiction(tx, record, actor, now, { parent: null, ...spec.jurisdiction }));
    const user = await insertUser(tx, record, actor, now, {
      username: spec.username,
      passwordHash,
      displayName: spec.displayName,
      role: 'ADMIN',
      jurisdictionId: root.id,
    });
    return { created: true, userId: user.id, jurisdictionId: root.id } as const;
  });
}
