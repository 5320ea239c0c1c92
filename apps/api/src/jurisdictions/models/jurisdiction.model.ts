import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { JurisdictionLevel } from '@scrutineer/domain';
import { Connection } from '../../graphql/connection.js';
import { JurisdictionLevelEnum } from '../../graphql/enums.js';

@ObjectType({ description: '行政区划: a node of the jurisdiction tree (省 / 市 / 县 / 乡 / 村).' })
export class Jurisdiction {
  @Field(() => ID)
  id!: string;

  @Field(() => JurisdictionLevelEnum)
  level!: JurisdictionLevel;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: '行政区划代码 (2–12 digits).' })
  code!: string | null;

  @Field(() => Int, { description: 'Distance from the root of the tree (0 for the root).' })
  depth!: number;

  /** Not exposed: the path holds ids of ancestors the caller may not see. */
  path!: string;

  parentId!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => Int, { description: 'Increases with every change; pass it back as expectedVersion.' })
  version!: number;
}

@ObjectType()
export class JurisdictionConnection extends Connection(Jurisdiction, 'Jurisdiction') {}
