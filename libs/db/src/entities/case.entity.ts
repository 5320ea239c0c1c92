import type { CaseContext } from '@scrutineer/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A complaint or petition case: a workflow aggregate. Written through the workflow runtime; this entity reads. */
@Entity({ name: 'cases' })
export class CaseEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'jurisdiction_id' })
  jurisdictionId!: string;

  @Column('uuid', { name: 'supervising_jurisdiction_id', nullable: true })
  supervisingJurisdictionId!: string | null;

  @Column('text', { name: 'tracking_code' })
  trackingCode!: string;

  @Column('text')
  kind!: string;

  @Column('text')
  channel!: string;

  @Column('text')
  category!: string;

  @Column('uuid', { name: 'election_id', nullable: true })
  electionId!: string | null;

  @Column('uuid', { name: 'candidate_id', nullable: true })
  candidateId!: string | null;

  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId!: string | null;

  @Column('uuid', { name: 'subject_jurisdiction_id', nullable: true })
  subjectJurisdictionId!: string | null;

  @Column('uuid', { name: 'assignee_id', nullable: true })
  assigneeId!: string | null;

  @Column('text')
  level!: string;

  @Column('text', { name: 'highest_level' })
  highestLevel!: string;

  @Column('boolean', { name: 'cross_level' })
  crossLevel!: boolean;

  @Column('boolean')
  blocking!: boolean;

  @Column('date', { name: 'due_on', nullable: true })
  dueOn!: string | null;

  @Column('boolean')
  overdue!: boolean;

  @Column('text', { nullable: true })
  finding!: string | null;

  @Column('uuid', { name: 'merged_into_id', nullable: true })
  mergedIntoId!: string | null;

  @Column('text')
  title!: string;

  @Column('text')
  body!: string;

  @Column('boolean')
  anonymous!: boolean;

  @Column('boolean', { name: 'filed_by_public' })
  filedByPublic!: boolean;

  @Column('date', { name: 'received_on' })
  receivedOn!: string;

  /** The day of the written reply (书面答复): from then the case counts as 办结. */
  @Column('date', { name: 'replied_on', nullable: true })
  repliedOn!: string | null;

  @Column('text')
  state!: string;

  @Column('jsonb')
  snapshot!: { value: unknown; context: CaseContext };

  @Column('int', { name: 'machine_version' })
  machineVersion!: number;

  @Column('int')
  version!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
