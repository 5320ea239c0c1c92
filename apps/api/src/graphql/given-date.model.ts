import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A date someone gave for a step (published, replied, decided, received …), beside the moment it was recorded. More than LATE_ENTRY_DAYS back it was recorded late, with a written reason.',
})
export class GivenDate {
  @Field({ description: 'The step, e.g. PUBLISH_ROLL, REPLY, ACCEPT.' })
  step!: string;

  @Field({ description: 'The input field, e.g. publishedOn.' })
  field!: string;

  @Field({ description: 'The date given (YYYY-MM-DD).' })
  date!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  recordedAt!: string;

  @Field(() => Int, { description: 'Days between the date given and the day it was recorded.' })
  daysBack!: number;

  @Field({ description: 'Recorded late (补录): more than LATE_ENTRY_DAYS back.' })
  late!: boolean;

  @Field(() => String, { nullable: true, description: 'The reason given for recording it late.' })
  reason!: string | null;
}
