import type { WorkflowActor } from '@scrutineer/domain';
import canonicalize from 'canonicalize';

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
  /** The entry's id, when the writer names it before it is written (a batch's entries name the batch's own). */
  id?: string;
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

/** hashedBody's keys as canonical JSON orders them (code-unit order, as the canonicalize package sorts). */
const BODY_KEYS = Object.keys(
  hashedBody({
    subjectType: '',
    subjectId: '',
    seq: 0,
    action: '',
    fromState: null,
    toState: null,
    data: {},
    actor: { kind: 'system', id: null, role: null, label: '', ip: null },
    jurisdictionId: null,
    machineVersion: null,
    at: new Date(0),
  }),
).sort();

/** The last actor written out and its text: the entries of a batch share one actor. */
let lastActor: { actor: WorkflowActor; text: string } | null = null;

const sameActor = (a: WorkflowActor, b: WorkflowActor) =>
  a.kind === b.kind && a.id === b.id && a.role === b.role && a.label === b.label && a.ip === b.ip;

function actorText(actor: WorkflowActor): string {
  if (lastActor && sameActor(lastActor.actor, actor)) return lastActor.text;
  const text = canonicalize(actor);
  if (text === undefined) throw new Error('Audit entry actor cannot be canonicalised');
  lastActor = { actor, text };
  return text;
}

/**
 * `canonicalize(hashedBody(entry))`, written out: the body's keys are fixed, so they are put in canonical
 * order once, and only its values go through canonicalize (the actor's text is reused from the entry
 * before when it is the same actor). A batch of a thousand entries spends a third of the time.
 */
export function canonicalBody(entry: Omit<AuditEntryRecord, 'id' | 'prevHash' | 'hash'>): string {
  const body = hashedBody(entry);
  const parts: string[] = [];
  for (const key of BODY_KEYS) {
    const value = body[key];
    // canonicalize leaves out undefined members, as JSON does.
    if (value === undefined) continue;
    const text = key === 'actor' ? actorText(value as WorkflowActor) : canonicalize(value);
    if (text === undefined) throw new Error('Audit entry body cannot be canonicalised');
    parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
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
