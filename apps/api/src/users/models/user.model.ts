import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Role } from '@scrutineer/domain';
import { Connection } from '../../graphql/connection.js';
import { RoleEnum } from '../../graphql/enums.js';

@ObjectType({ description: 'A staff account: one role, one home jurisdiction whose subtree bounds what it sees.' })
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  jurisdictionId!: string;

  @Field({ description: 'Deactivated accounts cannot sign in; their sessions end at once.' })
  active!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set after repeated failed sign-ins.' })
  lockedUntil!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class UserConnection extends Connection(User, 'User') {}
