import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One entry of the audit trail (the transition log): append-only, one hash chain per subject.
 * Written only through the workflow library's AuditLog; this entity is for reading.
 */
@Entity({ name: 'audit_log' })
export class AuditEntryEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'subject_type' })
  subjectType!: string;

  @Column('uuid', { name: 'subject_id' })
  subjectId!: string;

  @Column('int')
  seq!: number;

  @Column('text')
  action!: string;

  @Column('text', { name: 'from_state', nullable: true })
  fromState!: string | null;

  @Column('text', { name: 'to_state', nullable: true })
  toState!: string | null;

  @Column('jsonb')
  data!: Record<string, unknown>;

  @Column('text', { name: 'actor_kind' })
  actorKind!: string;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text', { name: 'actor_role', nullable: true })
  actorRole!: string | null;

  @Column('text', { name: 'actor_label' })
  actorLabel!: string;

  @Column('text', { name: 'actor_ip', nullable: true })
  actorIp!: string | null;

  @Column('uuid', { name: 'jurisdiction_id', nullable: true })
  jurisdictionId!: string | null;

  @Column('int', { name: 'machine_version', nullable: true })
  machineVersion!: number | null;

  @Column('timestamptz')
  at!: Date;

  @Column('text', { name: 'prev_hash' })
  prevHash!: string;

  @Column('text')
  hash!: string;
}
