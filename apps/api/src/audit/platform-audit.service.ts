import { CLOCK } from '@scrutineer/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Clock, WorkflowActor } from '@scrutineer/domain';
import { AuditLog, type AuditEntryRecord, type PlannedEntries } from '@scrutineer/workflow';
import type { EntityManager } from 'typeorm';

export interface PlatformEvent {
  subjectType: 'jurisdiction' | 'user' | 'auth' | 'organization' | 'campaign' | 'case' | 'team' | 'observation' | 'observation_batch';
  subjectId: string;
  /** Dotted verb: `user.create`, `auth.login_failed`. */
  action: string;
  actor: WorkflowActor;
  jurisdictionId: string | null;
  data?: Record<string, unknown>;
  /** The entry's id, when it is named before it is written. */
  id?: string;
}

/** Id of the audit chain for sign-in attempts on usernames that do not exist. */
export const UNKNOWN_ACCOUNT_SUBJECT = '00000000-0000-0000-0000-000000000000';

/**
 * Audit entries for the platform's own mutations (accounts, jurisdictions, sign-ins), written in the
 * same transaction as the change and on the same hash-chained trail as workflow transitions.
 */
@Injectable()
export class PlatformAudit {
  constructor(
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  record(manager: EntityManager, event: PlatformEvent): Promise<AuditEntryRecord> {
    return this.audit.append(manager, { ...event, at: this.clock.now() });
  }

  /** The first entries of subjects this transaction just created, in a few statements (AuditLog.appendMany). */
  recordFirst(manager: EntityManager, events: PlatformEvent[]): Promise<AuditEntryRecord[]> {
    return this.audit.appendMany(manager, this.stamped(events));
  }

  /** recordFirst in two steps: the entries hashed now, then written (`writeFirst`) in the same transaction. */
  planFirst(events: PlatformEvent[]): PlannedEntries {
    return this.audit.planFirst(this.stamped(events));
  }

  writeFirst(manager: EntityManager, planned: PlannedEntries): Promise<AuditEntryRecord[]> {
    return this.audit.writeFirst(manager, planned);
  }

  private stamped(events: PlatformEvent[]) {
    const at = this.clock.now();
    return events.map((e) => ({ ...e, at }));
  }
}
