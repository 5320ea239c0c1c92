import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

@ObjectType({ description: 'Why a step is blocked: the rule, a sentence, its source and the numbers.' })
export class BlockReason {
  @Field()
  rule!: string;

  @Field()
  message!: string;

  @Field(() => String, { nullable: true, description: 'Statute or source line, e.g. seed 000 L247.' })
  citation!: string | null;

  @Field(() => GraphQLJSONObject)
  values!: Record<string, unknown>;
}

@ObjectType({ description: 'A step the current state knows: allowed now, or blocked with the reasons.' })
export class AvailableAction {
  @Field({ description: 'The machine event, e.g. CLOSE_NOMINATION; each has its own mutation.' })
  event!: string;

  @Field()
  allowed!: boolean;

  @Field(() => [BlockReason])
  reasons!: BlockReason[];
}

@ObjectType({ description: 'A durable deadline of a workflow (never a timer): fired by the scheduler through the same rules.' })
export class Deadline {
  @Field()
  kind!: string;

  @Field(() => GraphQLISODateTime)
  dueAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  firedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'delivered, rejected, cancelled or failed' })
  outcome!: string | null;
}
