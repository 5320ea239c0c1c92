import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ORGANIZATION_TYPES,
  PREPARATION_ITEMS,
  PROFILE_OPTIONS,
  type OrganizationType,
  type PreparationItem,
  type ProfileOption,
} from '@scrutineer/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { OrganizationTypeEnum, PreparationItemEnum, ProfileOptionEnum, RoundKindEnum } from '../../graphql/enums.js';
import { PageArgs } from '../../graphql/pagination.js';
import { LateReasonField } from '../../graphql/late-reason.js';
import { IsLocalDate } from './date-field.js';

const COUNT = 10_000_000;

@InputType()
export class PostSeatsInput {
  @Field({ description: 'e.g. 主任, 副主任, 委员, 书记' })
  @Length(1, 50, { message: 'post must be 1 to 50 characters long' })
  post!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(50)
  seats!: number;
}

@InputType()
export class CreateElectionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an organisation id (a UUID)' })
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: 'The campaign (换届) the election belongs to.' })
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a campaign id (a UUID)' })
  campaignId?: string;

  @Field({ description: 'Election day T, YYYY-MM-DD.' })
  @IsLocalDate('electionDay')
  electionDay!: string;

  @Field(() => [ProfileOptionEnum], {
    defaultValue: [],
    description: 'Readings chosen where the sources differ, e.g. STRICT_MARGIN (差额 多于20%, seed 000 L244) instead of 不低于20%.',
  })
  @IsIn(PROFILE_OPTIONS, { each: true })
  @ArrayMaxSize(5)
  profileOptions!: ProfileOption[];

  @Field(() => [PostSeatsInput], { description: 'The posts and their seats; together within the profile’s size for the body.' })
  @ValidateNested({ each: true })
  @Type(() => PostSeatsInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  posts!: PostSeatsInput[];
}

@InputType({ description: 'An election and the version you last read of it.' })
export class ElectionStepInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an election id (a UUID)' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; CONFLICT if the election changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class ElectionReasonInput extends ElectionStepInput {
  @Field({ description: 'Why: kept in the election’s notes and its audit trail.' })
  @Length(1, 500, { message: 'reason must be 1 to 500 characters long' })
  reason!: string;
}

@InputType()
export class RecordPreparationInput extends ElectionStepInput {
  @Field(() => PreparationItemEnum)
  @IsIn(PREPARATION_ITEMS)
  item!: PreparationItem;

  @Field()
  @IsLocalDate('on')
  on!: string;

  @LateReasonField()
  lateReason?: string;
}

@InputType()
export class PublishVoterRollInput extends ElectionStepInput {
  @Field()
  @IsLocalDate('publishedOn')
  publishedOn!: string;

  @Field(() => Int, { description: 'Registered voters on the roll.' })
  @IsInt()
  @Min(1)
  @Max(COUNT)
  registered!: number;

  @LateReasonField()
  lateReason?: string;
}

@InputType()
export class RecordRollObjectionInput extends ElectionStepInput {
  @Field()
  @IsLocalDate('receivedOn')
  receivedOn!: string;

  @Field()
  @Length(1, 1000, { message: 'summary must be 1 to 1000 characters long' })
  summary!: string;

  @LateReasonField()
  lateReason?: string;
}

@InputType()
export class AnswerRollObjectionInput extends ElectionStepInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  objection!: number;

  @Field()
  @IsLocalDate('answeredOn')
  answeredOn!: string;

  @Field({ description: 'The explanation or correction made (解释或调整).' })
  @Length(1, 1000, { message: 'outcome must be 1 to 1000 characters long' })
  outcome!: string;

  @LateReasonField()
  lateReason?: string;
}

@InputType()
export class PublishElectionNoticeInput extends ElectionStepInput {
  @Field({ description: 'When the notice of the meeting was posted.' })
  @IsLocalDate('postedOn')
  postedOn!: string;

  @LateReasonField()
  lateReason?: string;
}

@InputType()
export class RescheduleElectionInput extends ElectionReasonInput {
  @Field()
  @IsLocalDate('electionDay')
  electionDay!: string;
}

@InputType({ description: 'A re-run or a by-election (补选): nomination opens again for a new election day.' })
export class NewElectionDayInput extends ElectionReasonInput {
  @Field({ description: 'The new election day T, today or later, YYYY-MM-DD.' })
  @IsLocalDate('electionDay')
  electionDay!: string;
}

@InputType()
export class OpenPollingInput extends ElectionStepInput {
  @Field({ description: 'A secret writing booth is set up (required where the profile says so).' })
  @IsBoolean()
  secretBoothReady!: boolean;

  @Field(() => Int, { nullable: true, description: 'Entitled to attend (应到会); needed where the quorum is about attendance.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(COUNT)
  entitled?: number;

  @Field(() => Int, { nullable: true, description: 'Present with a vote (实到会).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(COUNT)
  present?: number;
}

@InputType()
export class CandidateVotesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'candidateId must be a candidate id (a UUID)' })
  candidateId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(COUNT)
  votes!: number;
}

@InputType()
export class RoundPostInput {
  @Field()
  @Length(1, 50)
  post!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(50)
  seats!: number;

  @Field(() => [CandidateVotesInput])
  @ValidateNested({ each: true })
  @Type(() => CandidateVotesInput)
  @ArrayMaxSize(200)
  votes!: CandidateVotesInput[];
}

@InputType({ description: 'The numbers of one polling round (per post: votes per candidate).' })
export class RecordRoundInput extends ElectionStepInput {
  @Field(() => RoundKindEnum)
  @IsIn(['REGULAR', 'EXTRA'])
  kind!: 'REGULAR' | 'EXTRA';

  @Field({ description: 'A re-vote among candidates tied at the last seat.' })
  @IsBoolean()
  revote!: boolean;

  @Field(() => Int, { description: '登记选民 / members on the roll' })
  @IsInt()
  @Min(0)
  @Max(COUNT)
  registered!: number;

  @Field(() => Int, { description: '应到会' })
  @IsInt()
  @Min(0)
  @Max(COUNT)
  entitled!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(COUNT)
  presentInPerson!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(COUNT)
  presentByProxy!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(COUNT)
  presentByMobileBox!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(COUNT)
  ballotsIssued!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(COUNT)
  ballotsReturned!: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(COUNT)
  ballotsInvalid!: number;

  @Field(() => Int, { description: 'The most ballots one proxy holder cast for others (0 without proxies).' })
  @IsInt()
  @Min(0)
  @Max(1000)
  maxProxiesPerHolder!: number;

  @Field(() => [RoundPostInput])
  @ValidateNested({ each: true })
  @Type(() => RoundPostInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  posts!: RoundPostInput[];
}

@InputType()
export class CompleteHandoverInput extends ElectionStepInput {
  @Field({ description: 'When seal, accounts, assets, debts, contracts and archives were handed over (seed 000 L278).' })
  @IsLocalDate('on')
  on!: string;

  @LateReasonField()
  lateReason?: string;
}

@ArgsType()
export class ElectionsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'A state, or a prefix such as "active." for all in progress.' })
  @IsOptional()
  @Length(1, 60)
  state?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'withinJurisdictionId must be a jurisdiction id (a UUID)' })
  withinJurisdictionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a campaign id (a UUID)' })
  campaignId?: string;

  @Field(() => OrganizationTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANIZATION_TYPES)
  organizationType?: OrganizationType;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => String, { nullable: true, description: 'Election day on or after, YYYY-MM-DD.' })
  @IsOptional()
  @IsLocalDate('electionDayFrom')
  electionDayFrom?: string;

  @Field(() => String, { nullable: true, description: 'Election day on or before, YYYY-MM-DD.' })
  @IsOptional()
  @IsLocalDate('electionDayTo')
  electionDayTo?: string;
}
