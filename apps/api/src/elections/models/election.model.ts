import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from '../../graphql/connection.js';
import { PreparationItemEnum } from '../../graphql/enums.js';

@ObjectType()
export class PostSeats {
  @Field({ description: 'e.g. 主任, 副主任, 委员, 书记' })
  post!: string;

  @Field(() => Int)
  seats!: number;
}

@ObjectType()
export class PreparationRecord {
  @Field(() => PreparationItemEnum)
  item!: string;

  @Field()
  on!: string;
}

@ObjectType({ description: 'An objection to the voter roll and its answer.' })
export class RollObjection {
  @Field(() => Int)
  number!: number;

  @Field()
  receivedOn!: string;

  @Field()
  summary!: string;

  @Field(() => String, { nullable: true })
  answeredOn!: string | null;

  @Field(() => String, { nullable: true })
  outcome!: string | null;
}

@ObjectType({ description: 'The published voter roll (选民名单).' })
export class VoterRoll {
  @Field(() => String, { nullable: true })
  publishedOn!: string | null;

  @Field(() => Int, { nullable: true })
  registered!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The last day voters may object: counted from the later of the day published and the day recorded.',
  })
  objectionsUntil!: string | null;

  @Field()
  objectionWindowClosed!: boolean;

  @Field(() => [RollObjection])
  objections!: RollObjection[];
}

@ObjectType()
export class ElectionNote {
  @Field()
  event!: string;

  @Field()
  on!: string;

  @Field()
  reason!: string;
}

@ObjectType({ description: 'How the elected body measures up to a composition target of the profile.' })
export class CompositionFinding {
  @Field()
  target!: string;

  @Field()
  met!: boolean;

  @Field({ description: 'Certification waits while a blocking target is unmet.' })
  blocking!: boolean;

  @Field()
  message!: string;

  @Field()
  citation!: string;

  @Field(() => GraphQLJSONObject)
  values!: Record<string, unknown>;
}

@ObjectType({ description: 'One election of one body, driven through its lifecycle by the rules of its profile.' })
export class Election {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Pass it back as expectedVersion with every step.' })
  version!: number;

  @Field({ description: 'The lifecycle state, e.g. active.nomination, resultPending, archived.' })
  state!: string;

  @Field({ description: 'Election day T (YYYY-MM-DD): the day offsets count from it.' })
  electionDay!: string;

  @Field({ description: 'A deadline passed with its step not done.' })
  overdue!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  organizationId!: string;
  campaignId!: string | null;
  jurisdictionId!: string;
}

@ObjectType()
export class ElectionConnection extends Connection(Election, 'Election') {}
