import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsLocalDate } from '../elections/dto/date-field.js';
import { Connection } from '../graphql/connection.js';
import { PageArgs } from '../graphql/pagination.js';

export const LATE_ENTRY_SUBJECTS = ['election', 'candidate', 'case', 'observation'] as const;

@ObjectType({
  description:
    'A date given more than LATE_ENTRY_DAYS before it was recorded (补录): which step of which object, the date, when it was entered, by whom and why.',
})
export class LateEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'election, candidate, case or observation.' })
  subjectType!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => ID, { nullable: true })
  jurisdictionId!: string | null;

  @Field({ description: 'The step, e.g. PUBLISH_ROLL, REPLY, SUBMIT_OBSERVATION.' })
  step!: string;

  @Field({ description: 'The field given, e.g. repliedOn.' })
  field!: string;

  @Field({ description: 'The date given (YYYY-MM-DD).' })
  dateGiven!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field(() => Int, { description: 'Days between the date given and the day it was recorded.' })
  daysBack!: number;

  @Field(() => String, { nullable: true, description: 'The written reason given.' })
  reason!: string | null;

  @Field({ description: 'Who recorded it.' })
  actorLabel!: string;

  @Field(() => ID, { nullable: true, description: 'The audit entry of the step (its history).' })
  auditEntryId!: string | null;
}

@ObjectType()
export class LateEntryConnection extends Connection(LateEntry, 'LateEntry') {}

@ArgsType()
export class LateEntriesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only within this jurisdiction’s subtree (inside yours).' })
  @IsOptional()
  @IsUUID('all', { message: 'withinJurisdictionId must be a jurisdiction id (a UUID)' })
  withinJurisdictionId?: string;

  @Field(() => String, { nullable: true, description: 'election, candidate, case or observation.' })
  @IsOptional()
  @IsIn(LATE_ENTRY_SUBJECTS, { message: `subjectType must be one of ${LATE_ENTRY_SUBJECTS.join(', ')}` })
  subjectType?: string;

  @Field(() => ID, { nullable: true, description: 'Only this object’s late entries.' })
  @IsOptional()
  @IsUUID('all', { message: 'subjectId must be a UUID' })
  subjectId?: string;

  @Field(() => String, { nullable: true, description: 'Recorded on or after, YYYY-MM-DD (Beijing time).' })
  @IsOptional()
  @IsLocalDate('recordedFrom')
  recordedFrom?: string;

  @Field(() => String, { nullable: true, description: 'Recorded on or before, YYYY-MM-DD (Beijing time).' })
  @IsOptional()
  @IsLocalDate('recordedTo')
  recordedTo?: string;
}
