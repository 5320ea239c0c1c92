import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import type { UserEntity } from '@scrutineer/db';
import { User } from '../../users/models/user.model.js';

@ObjectType({ description: 'A session: send the token as `Authorization: Bearer <token>`.' })
export class LoginPayload {
  @Field()
  token!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => User)
  user!: UserEntity;
}
