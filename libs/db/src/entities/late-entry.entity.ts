import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A date given more than LATE_ENTRY_DAYS before it was recorded (table late_entries, append-only). */
@Entity({ name: 'late_entries' })
export class LateEntryEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** Insertion order (bigint identity; read as a string). */
  @Column({ type: 'bigint', insert: false, update: false })
  position!: string;

  @Column('text', { name: 'subject_type' })
  subjectType!: string;

  @Column('uuid', { name: 'subject_id' })
  subjectId!: string;

  @Column('uuid', { name: 'jurisdiction_id', nullable: true })
  jurisdictionId!: string | null;

  @Column('text')
  step!: string;

  @Column('text')
  field!: string;

  @Column('date', { name: 'date_given' })
  dateGiven!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('int', { name: 'days_back' })
  daysBack!: number;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text', { name: 'actor_label' })
  actorLabel!: string;

  @Column('uuid', { name: 'audit_entry_id', nullable: true })
  auditEntryId!: string | null;
}
