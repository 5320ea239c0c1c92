import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import {
  EDUCATION_LEVELS,
  NOMINATION_ROUTES,
  REVIEW_LEVELS,
  WITHDRAWAL_INITIATORS,
  type Education,
  type ExclusionKind,
  type NominationRoute,
  type ReviewLevel,
  type WithdrawalInitiator,
} from '@scrutineer/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { EducationEnum, NominationRouteEnum, ReviewLevelEnum, SexEnum, WithdrawalInitiatorEnum } from '../../graphql/enums.js';
import { LateReasonField } from '../../graphql/late-reason.js';
import { IsLocalDate } from './date-field.js';

const EXCLUSION_KINDS = ['CRIMINAL_SENTENCE', 'REEDUCATION', 'FAMILY_PLANNING', 'GANG_RELATED', 'SERIOUS_SANCTION'] as const;
export const ExclusionKindEnum = Object.fromEntries(EXCLUSION_KINDS.map((k) => [k, k])) as { [K in ExclusionKind]: K };
registerEnumType(ExclusionKindEnum, {
  name: 'ExclusionKind',
  valuesMap: {
    CRIMINAL_SENTENCE: { description: '被判处刑罚 / 刑满释放' },
    REEDUCATION: { description: '解除劳教' },
    FAMILY_PLANNING: { description: '违反计划生育' },
    GANG_RELATED: { description: '涉黑涉恶受处理' },
    SERIOUS_SANCTION: { description: '受到严重警告处分以上' },
  },
});

@InputType({ description: 'A matter on record and when it ended (sentence served, released, handled).' })
export class ExclusionRecordInput {
  @Field(() => ExclusionKindEnum)
  @IsIn(EXCLUSION_KINDS)
  kind!: ExclusionKind;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; leave out when not yet handled.' })
  @IsOptional()
  @IsLocalDate('endedOn')
  endedOn?: string;
}

@InputType()
export class PersonInput {
  @Field()
  @Length(1, 50, { message: 'name must be 1 to 50 characters long' })
  name!: string;

  @Field(() => SexEnum)
  @IsIn(['FEMALE', 'MALE'])
  sex!: 'FEMALE' | 'MALE';

  @Field()
  @IsLocalDate('birthDate')
  birthDate!: string;

  @Field(() => EducationEnum)
  @IsIn(EDUCATION_LEVELS)
  education!: Education;

  @Field()
  @IsBoolean()
  partyMember!: boolean;

  @Field(() => String, { nullable: true, description: '入党 date, for Party age.' })
  @IsOptional()
  @IsLocalDate('partyJoinedOn')
  partyJoinedOn?: string;

  @Field(() => [String], { defaultValue: [] })
  @IsString({ each: true })
  @ArrayMaxSize(10)
  @Length(1, 50, { each: true })
  currentPosts!: string[];

  @Field({ description: 'Already on the outgoing body (连任).', defaultValue: false })
  @IsBoolean()
  incumbent!: boolean;

  @Field(() => [ExclusionRecordInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => ExclusionRecordInput)
  @ArrayMaxSize(10)
  records!: ExclusionRecordInput[];
}

@InputType()
export class NominateCandidateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'electionId must be an election id (a UUID)' })
  electionId!: string;

  @Field()
  @Length(1, 50)
  post!: string;

  @Field(() => NominationRouteEnum)
  @IsIn(NOMINATION_ROUTES)
  route!: NominationRoute;

  @Field(() => PersonInput)
  @ValidateNested()
  @Type(() => PersonInput)
  person!: PersonInput;

  @Field(() => Int, {
    nullable: true,
    description: '海推 only: voters who took part in the mass nomination vote in person; more than half the roll is needed.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  massVoters?: number;
}

@InputType()
export class CandidateStepInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a candidate id (a UUID)' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class ApproveCandidateInput extends CandidateStepInput {
  @Field(() => ReviewLevelEnum)
  @IsIn(REVIEW_LEVELS)
  level!: ReviewLevel;

  @Field(() => String, { nullable: true, description: 'Required when the person has findings: the reason and the approval relied on.' })
  @IsOptional()
  @Length(1, 1000)
  note?: string;
}

@InputType()
export class DisqualifyCandidateInput extends CandidateStepInput {
  @Field(() => ReviewLevelEnum)
  @IsIn(REVIEW_LEVELS)
  level!: ReviewLevel;

  @Field()
  @Length(1, 1000, { message: 'reason must be 1 to 1000 characters long' })
  reason!: string;
}

@InputType()
export class ConfirmFormalCandidateInput extends CandidateStepInput {
  @Field(() => String, { nullable: true, description: 'When the commitment letters (竞职承诺书, 辞职承诺书) were signed.' })
  @IsOptional()
  @IsLocalDate('commitmentsSignedOn')
  commitmentsSignedOn?: string;

  @LateReasonField()
  lateReason?: string;
}

@InputType()
export class WithdrawCandidateInput extends CandidateStepInput {
  @Field()
  @Length(1, 1000, { message: 'reason must be 1 to 1000 characters long' })
  reason!: string;

  @Field(() => WithdrawalInitiatorEnum)
  @IsIn(WITHDRAWAL_INITIATORS.filter((i) => i !== 'SYSTEM'))
  initiator!: WithdrawalInitiator;

  @Field()
  @IsLocalDate('on')
  on!: string;

  @LateReasonField()
  lateReason?: string;
}
