import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { EducationEnum, NominationRouteEnum, ReviewLevelEnum, SexEnum, WithdrawalInitiatorEnum } from '../../graphql/enums.js';

@ObjectType({ description: 'A reason a person may not, or may only with approval, stand under the election’s rules.' })
export class EligibilityFinding {
  @Field()
  rule!: string;

  @Field({ description: 'INELIGIBLE (不能担任), UNSUITABLE (不宜列为候选人) or NEEDS_APPROVAL' })
  effect!: string;

  @Field()
  message!: string;

  @Field()
  citation!: string;

  @Field(() => GraphQLJSONObject)
  values!: Record<string, unknown>;
}

@ObjectType()
export class CandidateReview {
  @Field(() => ReviewLevelEnum)
  level!: string;

  @Field({ description: 'APPROVED or DISQUALIFIED' })
  outcome!: string;

  @Field()
  on!: string;

  @Field()
  note!: string;
}

@ObjectType({ description: 'A withdrawal: supervision-relevant, so who and why are kept.' })
export class CandidateWithdrawal {
  @Field()
  reason!: string;

  @Field(() => WithdrawalInitiatorEnum)
  initiator!: string;

  @Field()
  on!: string;
}

@ObjectType()
export class CandidateDisqualification {
  @Field()
  reason!: string;

  @Field(() => ReviewLevelEnum)
  level!: string;

  @Field()
  on!: string;
}

@ObjectType({ description: 'What the rules need to know about a candidate.' })
export class Person {
  @Field()
  name!: string;

  @Field(() => SexEnum)
  sex!: string;

  @Field({ description: 'YYYY-MM-DD' })
  birthDate!: string;

  @Field(() => EducationEnum)
  education!: string;

  @Field()
  partyMember!: boolean;

  @Field(() => String, { nullable: true })
  partyJoinedOn!: string | null;

  @Field(() => [String])
  currentPosts!: string[];

  @Field({ description: 'Already on the outgoing body (连任).' })
  incumbent!: boolean;

  @Field(() => GraphQLJSONObject, { description: 'Exclusion-relevant matters and when each ended (or UNHANDLED).' })
  records!: Record<string, string>;
}

@ObjectType({ description: 'A candidate in one election, with their own small lifecycle.' })
export class Candidate {
  @Field(() => ID)
  id!: string;

  @Field()
  post!: string;

  @Field(() => NominationRouteEnum)
  route!: string;

  @Field()
  name!: string;

  @Field({ description: 'nominated, underReview, approved, disqualified, formal, elected, defeated, withdrawn, voided' })
  state!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  electionId!: string;
}
