import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  CASE_CATEGORIES,
  CASE_CHANNELS,
  CASE_KINDS,
  CASE_LEVELS,
  FINDINGS,
  REMEDIES,
  type CaseCategory,
  type CaseChannel,
  type CaseKind,
  type CaseLevel,
  type Finding,
  type Remedy,
} from '@scrutineer/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../graphql/pagination.js';
import { IsLocalDate } from '../../elections/dto/date-field.js';
import { LateReasonField } from '../../graphql/late-reason.js';
import {
  CASE_QUEUES,
  CaseCategoryEnum,
  CaseChannelEnum,
  CaseKindEnum,
  CaseLevelEnum,
  CaseQueueEnum,
  FindingEnum,
  PUBLIC_CASE_KINDS,
  RemedyEnum,
  type CaseQueue,
} from '../case-enums.js';
import { TextLength } from '../../graphql/text-length.js';

/** Photos one public filing may carry. */
export const MAX_COMPLAINT_ATTACHMENTS = 10;

@InputType({ description: 'Who the complainant is, if they say: every field optional; kept encrypted, shown only on an audited reveal.' })
export class ComplainantIdentityInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 40)
  phone?: string;

  @Field(() => String, { nullable: true, description: '身份证号' })
  @IsOptional()
  @Length(6, 30)
  idNumber?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  address?: string;
}

@InputType({ description: 'What the case is about: an election, a candidate, an organisation or a place.' })
export class CaseSubjectInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'electionId must be an election id (a UUID)' })
  electionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'candidateId must be a candidate id (a UUID)' })
  candidateId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an organisation id (a UUID)' })
  organizationId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'jurisdictionId must be a jurisdiction id (a UUID)' })
  jurisdictionId?: string;
}

@InputType()
export class RegisterCaseInput {
  @Field(() => CaseKindEnum)
  @IsIn(CASE_KINDS)
  kind!: CaseKind;

  @Field(() => CaseChannelEnum)
  @IsIn(CASE_CHANNELS)
  channel!: CaseChannel;

  @Field(() => CaseCategoryEnum)
  @IsIn(CASE_CATEGORIES)
  category!: CaseCategory;

  @Field()
  @TextLength(1, 200)
  title!: string;

  @Field({ description: 'What the complainant says, as received.' })
  @TextLength(1, 20000)
  body!: string;

  @Field(() => CaseSubjectInput)
  @ValidateNested()
  @Type(() => CaseSubjectInput)
  subject!: CaseSubjectInput;

  @Field(() => ID, { nullable: true, description: 'The unit that received it; your own jurisdiction by default.' })
  @IsOptional()
  @IsUUID('all', { message: 'unitJurisdictionId must be a jurisdiction id (a UUID)' })
  unitJurisdictionId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Holds up the election’s certification while open; by default for bribery, intimidation and counting reports and candidate objections.',
  })
  @IsOptional()
  @IsBoolean()
  blocking?: boolean;

  @Field(() => ComplainantIdentityInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ComplainantIdentityInput)
  identity?: ComplainantIdentityInput;

  @Field(() => String, {
    nullable: true,
    description: 'The day it arrived (a letter), YYYY-MM-DD; today by default. The 15 days run from it.',
  })
  @IsOptional()
  @IsLocalDate('receivedOn')
  receivedOn?: string;

  @LateReasonField()
  lateReason?: string;

  @Field(() => ID, { nullable: true, description: 'An earlier case on the same matter; refused if that case is final (复核 decided).' })
  @IsOptional()
  @IsUUID('all', { message: 'sameMatterAsCaseId must be a case id (a UUID)' })
  sameMatterAsCaseId?: string;
}

/** The day a decision was taken, for steps recorded after the work was done on paper. */
const DecidedOnField = () =>
  applyDecorators(
    Field(() => String, {
      nullable: true,
      description:
        'The day the decision was taken, YYYY-MM-DD; today when left out. Not after today, not before the step it follows; more than LATE_ENTRY_DAYS back needs lateReason.',
    }),
    IsOptional(),
    IsLocalDate('decidedOn'),
  );

@InputType({ description: 'A complaint from the public, without an account.' })
export class FileComplaintInput {
  @Field(() => CaseKindEnum, { description: 'PETITION, REPORT, OBJECTION or ENQUIRY.' })
  @IsIn(PUBLIC_CASE_KINDS, { message: 'kind must be PETITION, REPORT, OBJECTION or ENQUIRY' })
  kind!: CaseKind;

  @Field(() => CaseCategoryEnum)
  @IsIn(CASE_CATEGORIES)
  category!: CaseCategory;

  @Field()
  @TextLength(1, 200)
  title!: string;

  @Field()
  @TextLength(1, 20000)
  body!: string;

  @Field(() => ID, { description: 'Where the matter is: the village, community or town.' })
  @IsUUID('all', { message: 'jurisdictionId must be a jurisdiction id (a UUID)' })
  jurisdictionId!: string;

  @Field(() => ID, { nullable: true, description: 'The election it concerns, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'electionId must be an election id (a UUID)' })
  electionId?: string;

  @Field(() => ID, { nullable: true, description: 'The candidate it concerns, if any (e.g. an objection during publicity).' })
  @IsOptional()
  @IsUUID('all', { message: 'candidateId must be a candidate id (a UUID)' })
  candidateId?: string;

  @Field(() => ComplainantIdentityInput, { nullable: true, description: 'Leave out to file anonymously.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ComplainantIdentityInput)
  identity?: ComplainantIdentityInput;

  @Field(() => [ID], {
    nullable: true,
    description: `Photos uploaded anonymously to /uploads (the ids at the end of their Locations), at most ${MAX_COMPLAINT_ATTACHMENTS}.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_COMPLAINT_ATTACHMENTS)
  @IsUUID('all', { each: true, message: 'attachmentIds must be upload ids (UUIDs)' })
  attachmentIds?: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'The solved proof-of-work challenge (proofOfWorkChallenge): base64 of ALTCHA’s `{ challenge, solution }`. Required unless PROOF_OF_WORK is off.',
  })
  @IsOptional()
  @Length(1, 4000)
  proofOfWork?: string;
}

@InputType()
export class CaseStepInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a case id (a UUID)' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; CONFLICT if the case changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

/** A step with its reason (transfer, marking blocking); not itself an input of the schema. */
@InputType({ isAbstract: true })
export class CaseReasonFields extends CaseStepInput {
  @Field()
  @Length(1, 2000)
  reason!: string;
}

@InputType({ description: 'A decision with its reason, dated the day it was taken.' })
export class CaseReasonInput extends CaseReasonFields {
  @DecidedOnField()
  decidedOn?: string;

  @LateReasonField()
  lateReason?: string;
}

@InputType()
export class AcceptCaseInput extends CaseStepInput {
  @DecidedOnField()
  decidedOn?: string;

  @LateReasonField()
  lateReason?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  reason?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An earlier case on the same matter: linked; refused if that case is final (复核 decided).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'sameMatterAsCaseId must be a case id (a UUID)' })
  sameMatterAsCaseId?: string;
}

@InputType()
export class ReferCaseInput extends CaseReasonInput {
  @Field({ description: 'The competent body it is referred to (转送).' })
  @Length(1, 200)
  referredTo!: string;
}

@InputType()
export class MergeCaseInput extends CaseReasonInput {
  @Field(() => ID, { description: 'The case this one duplicates; its complainant is told to follow that one.' })
  @IsUUID('all', { message: 'intoCaseId must be a case id (a UUID)' })
  intoCaseId!: string;
}

@InputType()
export class AssignCaseInput extends CaseStepInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'assigneeId must be a user id (a UUID)' })
  assigneeId!: string;
}

@InputType()
export class TransferCaseInput extends CaseReasonFields {
  @Field(() => ID, { description: 'The unit (jurisdiction) to take the case over: up, down or across.' })
  @IsUUID('all', { message: 'jurisdictionId must be a jurisdiction id (a UUID)' })
  jurisdictionId!: string;
}

@InputType()
export class MarkCaseBlockingInput extends CaseReasonFields {
  @Field()
  @IsBoolean()
  blocking!: boolean;
}

@InputType()
export class ExtendCaseInput extends CaseReasonInput {
  @Field(() => Int, { description: 'Days added to the handling time; at most 30, once (第三十四条).' })
  @IsInt()
  @Min(1)
  @Max(365)
  days!: number;
}

@InputType()
export class DecideCaseInput extends CaseStepInput {
  @DecidedOnField()
  decidedOn?: string;

  @LateReasonField()
  lateReason?: string;

  @Field(() => FindingEnum, { nullable: true, description: 'Required except for an enquiry.' })
  @IsOptional()
  @IsIn(FINDINGS)
  finding?: Finding;

  @Field(() => [RemedyEnum], { defaultValue: [] })
  @IsIn(REMEDIES, { each: true })
  @ArrayMaxSize(REMEDIES.length)
  remedies!: Remedy[];

  @Field()
  @Length(1, 5000)
  summary!: string;
}

@InputType()
export class ReplyCaseInput extends CaseStepInput {
  @Field({ description: 'The day the written reply (书面答复) was given, YYYY-MM-DD.' })
  @IsLocalDate('repliedOn')
  repliedOn!: string;

  @Field({ description: 'The reply, as the complainant reads it.' })
  @Length(1, 10000)
  text!: string;

  @LateReasonField()
  lateReason?: string;
}

@InputType()
export class RequestCaseReviewInput extends CaseReasonFields {
  @Field({ description: 'The day the request was received, YYYY-MM-DD.' })
  @IsLocalDate('receivedOn')
  receivedOn!: string;

  @LateReasonField()
  lateReason?: string;
}

@InputType()
export class DecideCaseReviewInput extends CaseStepInput {
  @DecidedOnField()
  decidedOn?: string;

  @LateReasonField()
  lateReason?: string;

  @Field(() => FindingEnum)
  @IsIn(FINDINGS)
  finding!: Finding;

  @Field(() => [RemedyEnum], { defaultValue: [] })
  @IsIn(REMEDIES, { each: true })
  @ArrayMaxSize(REMEDIES.length)
  remedies!: Remedy[];

  @Field()
  @Length(1, 5000)
  summary!: string;

  @Field({ description: 'The 复查意见 / 复核意见 as the complainant reads it.' })
  @Length(1, 10000)
  reply!: string;
}

@InputType()
export class RevealIdentityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a case id (a UUID)' })
  id!: string;

  @Field({ description: 'Why you need to see it: recorded in the audit trail.' })
  @Length(5, 500)
  reason!: string;
}

@ArgsType()
export class CaseStatisticsArgs {
  @Field(() => ID, { nullable: true, description: 'Your own jurisdiction by default.' })
  @IsOptional()
  @IsUUID('all', { message: 'jurisdictionId must be a jurisdiction id (a UUID)' })
  jurisdictionId?: string;

  @Field(() => String, { nullable: true, description: 'Received on or after, YYYY-MM-DD.' })
  @IsOptional()
  @IsLocalDate('receivedFrom')
  receivedFrom?: string;

  @Field(() => String, { nullable: true, description: 'Received on or before, YYYY-MM-DD.' })
  @IsOptional()
  @IsLocalDate('receivedTo')
  receivedTo?: string;
}

@ArgsType()
export class CasesArgs extends PageArgs {
  @Field(() => CaseQueueEnum, { nullable: true })
  @IsOptional()
  @IsIn(CASE_QUEUES)
  queue?: CaseQueue;

  @Field(() => String, { nullable: true, description: 'A state, or a prefix such as "open." for all open cases.' })
  @IsOptional()
  @Length(1, 60)
  state?: string;

  @Field(() => CaseKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(CASE_KINDS)
  kind?: CaseKind;

  @Field(() => CaseChannelEnum, { nullable: true })
  @IsOptional()
  @IsIn(CASE_CHANNELS)
  channel?: CaseChannel;

  @Field(() => CaseCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(CASE_CATEGORIES)
  category?: CaseCategory;

  @Field(() => CaseLevelEnum, { nullable: true })
  @IsOptional()
  @IsIn(CASE_LEVELS)
  level?: CaseLevel;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => String, { nullable: true, description: 'Current step due on or before, YYYY-MM-DD.' })
  @IsOptional()
  @IsLocalDate('dueBefore')
  dueBefore?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'electionId must be an election id (a UUID)' })
  electionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'withinJurisdictionId must be a jurisdiction id (a UUID)' })
  withinJurisdictionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a user id (a UUID)' })
  assigneeId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The tracking code (XF-…), as the complainant reads it out: case and spaces ignored.',
  })
  @IsOptional()
  @Length(1, 40)
  trackingCode?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the title or text (at least 2 characters): every word must appear, in any order, case ignored.',
  })
  @IsOptional()
  @Length(2, 100, { message: 'search must be 2 to 100 characters long' })
  search?: string;
}
