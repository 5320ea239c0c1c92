import { AuditEntryEntity } from './audit-entry.entity.js';
import { JurisdictionEntity } from './jurisdiction.entity.js';
import { UserEntity } from './user.entity.js';

export { AuditEntryEntity, JurisdictionEntity, UserEntity };

export const ENTITIES = [JurisdictionEntity, UserEntity, AuditEntryEntity];
