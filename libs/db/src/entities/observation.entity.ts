import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A submitted observation, for reading (lists and pages); written by the supervision service with
 * plain SQL and never updated. Properties keep the column names: the rows are used as they are.
 */
@Entity({ name: 'observations' })
export class ObservationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  election_id!: string;

  @Column('uuid')
  jurisdiction_id!: string;

  @Column('uuid')
  team_id!: string;

  @Column('uuid')
  observer_id!: string;

  @Column('text')
  stage!: string;

  @Column('text')
  channel!: string;

  @Column('text')
  site_key!: string;

  @Column('jsonb')
  site!: never;

  @Column('timestamptz')
  observed_at!: Date;

  @Column('timestamptz')
  submitted_at!: Date;

  /** Observed more than LATE_ENTRY_DAYS before it was submitted: submitted with `late_reason`. */
  @Column('boolean')
  recorded_late!: boolean;

  @Column('text', { nullable: true })
  late_reason!: string | null;

  @Column('jsonb')
  checklist!: never;

  @Column('jsonb')
  violations!: never;

  @Column('jsonb')
  flags!: never;

  @Column('text')
  narrative!: string;

  @Column('text', { nullable: true })
  max_severity!: string | null;

  @Column('text')
  content_hash!: string;
}
