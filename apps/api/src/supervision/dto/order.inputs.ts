import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { IsLocalDate } from '../../elections/dto/date-field.js';

@InputType({ description: 'A rectification order (整改通知) to an election.' })
export class IssueRectificationOrderInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'electionId must be an election id (a UUID)' })
  electionId!: string;

  @Field(() => ID, { nullable: true, description: 'The observation it follows from.' })
  @IsOptional()
  @IsUUID('all', { message: 'observationId must be an observation id (a UUID)' })
  observationId?: string;

  @Field(() => ID, { nullable: true, description: 'Your team covering the election; needed only if several of yours do.' })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a team id (a UUID)' })
  teamId?: string;

  @Field({ description: 'What must be put right.' })
  @Length(1, 5000)
  requirement!: string;

  @Field({ description: 'Due day, YYYY-MM-DD.' })
  @IsLocalDate('dueOn')
  dueOn!: string;

  @Field({ description: 'Hold up the election’s certification until verified.' })
  @IsBoolean()
  blocking!: boolean;
}

@InputType()
export class OrderStepInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an order id (a UUID)' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; CONFLICT if the order changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class OrderReasonInput extends OrderStepInput {
  @Field()
  @Length(1, 2000)
  reason!: string;
}

@InputType()
export class RectifyOrderInput extends OrderStepInput {
  @Field({ description: 'What was done, and the evidence.' })
  @Length(1, 5000)
  evidence!: string;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  attachmentIds!: string[];
}

@InputType()
export class VerifyOrderInput extends OrderStepInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  note?: string;
}

@InputType()
export class ChangeOrderDueInput extends OrderReasonInput {
  @Field()
  @IsLocalDate('dueOn')
  dueOn!: string;
}
