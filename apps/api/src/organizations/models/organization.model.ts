import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { OrganizationType } from '@scrutineer/domain';
import { Connection } from '../../graphql/connection.js';
import { OrganizationTypeEnum } from '../../graphql/enums.js';

@ObjectType({ description: 'A body that is elected: 村委会, 居委会, 党支部, 团支部, 工会 …' })
export class Organization {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganizationTypeEnum)
  type!: OrganizationType;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'Registered voters or members (党员数, 团员数): several rules depend on it.' })
  memberCount!: number;

  jurisdictionId!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class OrganizationConnection extends Connection(Organization, 'Organization') {}
