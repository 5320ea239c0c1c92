import type { EntityManager } from 'typeorm';
import type { PlatformEvent } from './platform-audit.service.js';

/** Writes one platform audit entry in the caller's transaction. */
export type RecordEvent = (tx: EntityManager, event: PlatformEvent) => Promise<{ id: string }>;
