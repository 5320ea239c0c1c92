import type { JurisdictionLevel } from '@scrutineer/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 行政区划: a node of the jurisdiction tree, with its materialized path for subtree scoping. */
@Entity({ name: 'jurisdictions' })
export class JurisdictionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;

  @Column('text')
  level!: JurisdictionLevel;

  @Column('text')
  name!: string;

  /** 行政区划代码, unique where given. */
  @Column('text', { nullable: true })
  code!: string | null;

  /** `/rootId/…/id/`: every ancestor id then its own. */
  @Column('text')
  path!: string;

  @Column('int')
  depth!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('int')
  version!: number;
}
