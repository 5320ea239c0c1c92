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
  @Field({ description: 'ACCEPTANCE, HANDLING, REVIEW or RE_REVIEW.' })
  step!: string;

  @Field(() => Int)
  met!: number;

  @Field(() => Int)
  late!: number;

  @Field(() => Float, { nullable: true, description: 'met / (met + late); null when none finished.' })
  share!: number | null;
}

@ObjectType({ description: 'Cases handled within a jurisdiction’s subtree.' })
export class CaseStatistics {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  open!: number;

  @Field(() => Int, { description: 'Not accepted, referred, merged, closed or final.' })
  resolved!: number;

  @Field(() => [CountBy])
  byChannel!: CountBy[];

  @Field(() => [CountBy])
  byState!: CountBy[];

  @Field(() => [CountBy], { description: 'By the latest finding; NONE before a decision.' })
  byFinding!: CountBy[];

  @Field(() => [OnTimeShare])
  onTime!: OnTimeShare[];
}
