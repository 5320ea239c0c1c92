import type { OrganizationType } from '@scrutineer/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A body that is elected: a village committee, a Party branch, a union … */
@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'jurisdiction_id' })
  jurisdictionId!: string;

  @Column('text')
  type!: OrganizationType;

  @Column('text')
  name!: string;

  /** Registered voters or members: the base of several rules (secretary only below 7 members, quorum). */
  @Column('int', { name: 'member_count' })
  memberCount!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('int')
  version!: number;
}
