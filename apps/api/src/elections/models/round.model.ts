import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { RoundKindEnum } from '../../graphql/enums.js';

@ObjectType({ description: 'One decision of the tally engine: the rule, the numbers, the source.' })
export class Decision {
  @Field()
  rule!: string;

  @Field()
  ok!: boolean;

  @Field()
  message!: string;

  @Field(() => String, { nullable: true })
  citation!: string | null;

  @Field(() => GraphQLJSONObject)
  values!: Record<string, unknown>;
}

@ObjectType()
export class CandidateVotes {
  @Field()
  candidateId!: string;

  @Field(() => Int)
  votes!: number;
}

@ObjectType({ description: 'The result for one post in one round.' })
export class RoundPostResult {
  @Field()
  post!: string;

  @Field(() => Int)
  seats!: number;

  @Field(() => Int, { description: 'Fewest votes that elect in this round.' })
  minimumVotes!: number;

  @Field({ description: 'The threshold rule with its numbers.' })
  threshold!: string;

  @Field()
  citation!: string;

  @Field(() => [CandidateVotes])
  elected!: CandidateVotes[];

  @Field(() => [CandidateVotes], { description: 'Tied at the last seat(s): a re-vote decides.' })
  tied!: CandidateVotes[];

  @Field(() => Int)
  seatsInTie!: number;

  @Field(() => Int, { description: 'Seats left for another round (另行选举).' })
  unfilled!: number;

  @Field(() => [CandidateVotes])
  belowThreshold!: CandidateVotes[];
}

@ObjectType({ description: 'A polling round as recorded, and what the tally engine decided.' })
export class ElectionRound {
  @Field(() => Int)
  number!: number;

  @Field(() => RoundKindEnum)
  kind!: string;

  @Field()
  revote!: boolean;

  @Field({ description: 'VOID, NO_QUORUM, COMPLETE or INCOMPLETE' })
  outcome!: string;

  @Field(() => GraphQLJSONObject, { description: 'The numbers as recorded.' })
  input!: Record<string, unknown>;

  @Field(() => [Decision])
  decisions!: Decision[];

  @Field(() => [RoundPostResult])
  posts!: RoundPostResult[];

  @Field(() => [Decision], { description: 'Proxies or a mobile box outside the rules: recorded on the round.' })
  violations!: Decision[];

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;
}
