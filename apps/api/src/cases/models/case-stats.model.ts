import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class CountBy {
  @Field()
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'How often an office step was done by its due day.' })
export class OnTimeShare {
  @Field({ description: 'ACCEPTANCE (受理), HANDLING (办理), REVIEW (复查) or RE_REVIEW (复核).' })
  step!: string;

  @Field(() => Int)
  met!: number;

  @Field(() => Int)
  late!: number;

  @Field(() => Float, { nullable: true, description: 'met / (met + late); null when none finished.' })
  share!: number | null;
}

@ObjectType({
  description:
    'Cases handled within a jurisdiction’s subtree and received in a date range, counted as offices count them: 办结 once the written reply is recorded (信访工作条例 第三十四条).',
})
export class CaseStatistics {
  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Not yet ended (any open.* state), including those replied whose review window runs.' })
  open!: number;

  @Field(() => Int, { description: 'Received or registered, acceptance not yet decided.' })
  awaitingAcceptance!: number;

  @Field(() => Int, { description: 'Accepted (受理): the handling clock started.' })
  accepted!: number;

  @Field(() => Int, { description: '不予受理.' })
  notAccepted!: number;

  @Field(() => Int, { description: '转送 to the competent body.' })
  referred!: number;

  @Field(() => Int, { description: 'Merged into the case they repeat.' })
  merged!: number;

  @Field(() => Int, { description: '办结: the written reply (书面答复) is recorded, whether or not the review window has run out.' })
  resolved!: number;

  @Field(() => Int, { description: 'Accepted and not yet replied to (未办结).' })
  outstanding!: number;

  @Field(() => Float, { nullable: true, description: '办结率: resolved / accepted; null when none accepted.' })
  resolutionRate!: number | null;

  @Field(() => Int, { description: 'Replied (or reviewed), the complainant’s window to ask for review (re-review) still running.' })
  reviewWindowOpen!: number;

  @Field(() => Int, { description: 'Under review (复查) or re-review (复核).' })
  underReview!: number;

  @Field(() => [CountBy])
  byChannel!: CountBy[];

  @Field(() => [CountBy])
  byCategory!: CountBy[];

  @Field(() => [CountBy], { description: 'By the level handling it now.' })
  byLevel!: CountBy[];

  @Field(() => [CountBy])
  byState!: CountBy[];

  @Field(() => [CountBy], { description: 'By the latest finding; NONE before a decision.' })
  byFinding!: CountBy[];

  @Field(() => [OnTimeShare], { description: 'Per office step: done by the due day (MET) or after (LATE).' })
  onTime!: OnTimeShare[];
}
