import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../graphql/connection.js';

@ObjectType({ description: 'How many elections of a campaign are in one state.' })
export class StateCount {
  @Field({ description: 'e.g. active.nomination, elected, archived' })
  state!: string;

  @Field()
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Where a campaign stands.' })
export class CampaignProgress {
  @Field(() => Int)
  total!: number;

  @Field(() => [StateCount])
  byState!: StateCount[];

  @Field(() => Int, { description: 'Certified, handed over or archived.' })
  completed!: number;

  @Field(() => Float, { description: 'completed / total (0 when there are no elections).' })
  completedShare!: number;

  @Field(() => Int, { description: 'Elections with a missed deadline.' })
  overdue!: number;
}

@ObjectType({ description: '换届: a round of re-elections over a jurisdiction.' })
export class Campaign {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  jurisdictionId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field({ description: 'YYYY-MM-DD' })
  endsOn!: string;

  @Field({ description: 'YYYY-MM-DD: when every election should be done.' })
  targetOn!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class CampaignConnection extends Connection(Campaign, 'Campaign') {}
