import type { ElectionContext, ProfileId } from '@scrutineer/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An election: a workflow aggregate. Written only through the workflow runtime; this entity reads. */
@Entity({ name: 'elections' })
export class ElectionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'jurisdiction_id' })
  jurisdictionId!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('uuid', { name: 'campaign_id', nullable: true })
  campaignId!: string | null;

  @Column('text', { name: 'profile_id' })
  profileId!: ProfileId;

  @Column('text', { name: 'profile_options', array: true })
  profileOptions!: string[];

  @Column('int', { name: 'profile_version' })
  profileVersion!: number;

  @Column('date', { name: 'election_day' })
  electionDay!: string;

  @Column('boolean')
  overdue!: boolean;

  @Column('text')
  state!: string;

  @Column('jsonb')
  snapshot!: { value: unknown; context: ElectionContext };

  @Column('int', { name: 'machine_version' })
  machineVersion!: number;

  @Column('int')
  version!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
