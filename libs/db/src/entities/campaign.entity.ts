import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 换届: a round of re-elections over a jurisdiction, with its window and target date. */
@Entity({ name: 'campaigns' })
export class CampaignEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'jurisdiction_id' })
  jurisdictionId!: string;

  @Column('text')
  name!: string;

  @Column('date', { name: 'starts_on' })
  startsOn!: string;

  @Column('date', { name: 'ends_on' })
  endsOn!: string;

  @Column('date', { name: 'target_on' })
  targetOn!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('int')
  version!: number;
}
