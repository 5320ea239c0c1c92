import type { CandidateContext } from '@scrutineer/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A candidate: a workflow aggregate. Written only through the workflow runtime; this entity reads. */
@Entity({ name: 'candidates' })
export class CandidateEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'election_id' })
  electionId!: string;

  @Column('uuid', { name: 'jurisdiction_id' })
  jurisdictionId!: string;

  @Column('text')
  post!: string;

  @Column('text')
  route!: string;

  @Column('text')
  name!: string;

  @Column('text')
  state!: string;

  @Column('jsonb')
  snapshot!: { value: unknown; context: CandidateContext };

  @Column('int', { name: 'machine_version' })
  machineVersion!: number;

  @Column('int')
  version!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
