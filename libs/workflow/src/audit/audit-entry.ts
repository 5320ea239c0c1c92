import type { WorkflowActor } from '@scrutineer/domain';

/** What a writer gives to record one thing that happened to a subject. */
export interface AuditAppend {
  subjectType: string;
  subjectId: string;
  /** The event type for transitions (`SUBMIT`), a dotted verb for platform mutations (`user.create`). */
  action: string;
  fromState?: string | null;
  toState?: string | null;
  data?: Record<string, unknown>;
  actor: WorkflowActor;
  /** The subject's jurisdiction at that moment: who may read the entry is decided by it. */
  jurisdictionId?: string | null;
  machineVersion?: number | null;
  at: Date;
}

export interface AuditEntryRecord {
  id: string;
  subjectType: string;
  subjectId: string;
  seq: number;
  action: string;
  fromState: string | null;
  toState: string | null;
  data: Record<string, unknown>;
  actor: WorkflowActor;
  jurisdictionId: string | null;
  machineVersion: number | null;
  at: Date;
  prevHash: string;
  hash: string;
}

/** The hashed form of an entry. Its shape is part of the chain format: change it only with a new `v`. */
export function hashedBody(entry: Omit<AuditEntryRecord, 'id' | 'prevHash' | 'hash'>): Record<string, unknown> {
  return {
    v: 1,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    seq: entry.seq,
    action: entry.action,
    fromState: entry.fromState,
    toState: entry.toState,
    data: entry.data,
    actor: {
      kind: entry.actor.kind,
      id: entry.actor.id,
      role: entry.actor.role,
      label: entry.actor.label,
      ip: entry.actor.ip,
    },
    jurisdictionId: entry.jurisdictionId,
    machineVersion: entry.machineVersion,
    at: entry.at.toISOString(),
  };
}

export interface AuditRow {
  id: string;
  subject_type: string;
  subject_id: string;
  seq: number;
  action: string;
  from_state: string | null;
  to_state: string | null;
  data: Record<string, unknown>;
  actor_kind: WorkflowActor['kind'];
  actor_id: string | null;
  actor_role: WorkflowActor['role'];
  actor_label: string;
  actor_ip: string | null;
  jurisdiction_id: string | null;
  machine_version: number | null;
  at: Date | string;
  prev_hash: string;
  hash: string;
}

export const AUDIT_COLUMNS =
  'id, subject_type, subject_id, seq, action, from_state, to_state, data, actor_kind, actor_id, actor_role, actor_label, actor_ip, jurisdiction_id, machine_version, at, prev_hash, hash';

export function fromAuditRow(row: AuditRow): AuditEntryRecord {
  return {
    id: row.id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    seq: Number(row.seq),
    action: row.action,
    fromState: row.from_state,
    toState: row.to_state,
    data: row.data,
    actor: { kind: row.actor_kind, id: row.actor_id, role: row.actor_role, label: row.actor_label, ip: row.actor_ip },
    jurisdictionId: row.jurisdiction_id,
    machineVersion: row.machine_version === null ? null : Number(row.machine_version),
    at: new Date(row.at),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
