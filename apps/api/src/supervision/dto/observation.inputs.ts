import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { SEVERITIES } from '@scrutineer/domain';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageArgs } from '../../graphql/pagination.js';
import { IsLocalDate } from '../../elections/dto/date-field.js';
import { TextLength } from '../../graphql/text-length.js';

/*
 * Enumerations in a batch are plain strings on purpose: one unknown value must refuse that observation,
 * with its reason, and not the whole batch (which GraphQL's own enum check would do).
 */

@InputType()
export class ChecklistNumbersInput {
  @Field(() => Float, { nullable: true, description: '应到: entitled to attend' })
  entitled?: number;

  @Field(() => Float, { nullable: true, description: '实到: present' })
  present?: number;

  @Field(() => Float, { nullable: true })
  ballotsIssued?: number;

  @Field(() => Float, { nullable: true })
  ballotsReturned?: number;

  @Field(() => Float, { nullable: true, description: 'proxies held by the holder with the most' })
  proxiesHeld?: number;

  @Field(() => Float, { nullable: true, description: 'the cap posted at the site' })
  maxProxiesPerHolder?: number;
}

@InputType()
export class ChecklistAnswerInput {
  @Field({ description: 'A checklist item id, e.g. SECRET_BOOTH (see `checklist`).' })
  item!: string;

  @Field({ description: 'YES, NO, NOT_APPLICABLE or NOT_SEEN.' })
  answer!: string;

  @Field(() => ChecklistNumbersInput, { nullable: true })
  numbers?: ChecklistNumbersInput;

  @Field(() => String, { nullable: true })
  note?: string;
}

@InputType()
export class ViolationInputType {
  @Field({ description: 'A violation code, e.g. BRIBERY.' })
  code!: string;

  @Field({ description: 'INFO, MINOR, MAJOR or CRITICAL.' })
  severity!: string;

  @Field()
  description!: string;
}

@InputType()
export class SiteInput {
  @Field({ description: 'e.g. 村委大会议室, 第三投票站' })
  name!: string;

  @Field({ description: 'MEETING_HALL, POLLING_POINT or OTHER.' })
  kind!: string;

  @Field(() => Float, { nullable: true, description: 'WGS84' })
  latitude?: number;

  @Field(() => Float, { nullable: true, description: 'WGS84' })
  longitude?: number;
}

@InputType({ description: 'One observation, with the id the device gave it: sending it again creates nothing new.' })
export class ObservationInput {
  @Field(() => ID, { description: 'A UUID made on the device.' })
  id!: string;

  // What the server requires is required here; values stay plain strings, so an unknown stage or code
  // refuses this observation with its reason, not the whole batch.
  @Field(() => ID)
  electionId!: string;

  @Field(() => ID, { nullable: true, description: 'Your team covering the election; needed only if several of yours do.' })
  teamId?: string;

  @Field({ description: 'The stage observed: an ObservedStage, e.g. ELECTION_MEETING (see supervisionVocabulary).' })
  stage!: string;

  @Field({ description: 'When you saw it: an ISO 8601 instant with its offset.' })
  observedAt!: string;

  @Field({ description: 'An ObservationChannel: WEB, MOBILE_OFFLINE or API.' })
  channel!: string;

  @Field(() => SiteInput)
  site!: SiteInput;

  @Field(() => [ChecklistAnswerInput], { defaultValue: [] })
  checklist!: ChecklistAnswerInput[];

  @Field(() => [ViolationInputType], { defaultValue: [] })
  violations!: ViolationInputType[];

  @Field({ defaultValue: '' })
  narrative!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Attachments uploaded before (their ids).' })
  attachmentIds!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Why it is submitted more than LATE_ENTRY_DAYS (default 3) after it was observed (e.g. 现场无信号): required then; the observation is flagged “recorded late”. Not part of its content.',
  })
  lateReason?: string;
}

@InputType()
export class SubmitObservationsInput {
  @Field(() => [ObservationInput], { description: 'Up to 1,000 observations.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000, { message: 'A batch holds at most 1,000 observations' })
  observations!: ObservationInput[];
}

@InputType({ description: 'A correction: the original stays as it was; this records who changed what and why.' })
export class AmendObservationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an observation id (a UUID)' })
  id!: string;

  @Field()
  @TextLength(1, 2000)
  reason!: string;

  // Checked as a whole by the domain (observationProblems), not field by field here.
  @Field(() => [ChecklistAnswerInput], { nullable: true, description: 'The whole checklist as it should read.' })
  @IsOptional()
  @IsArray()
  checklist?: ChecklistAnswerInput[];

  @Field(() => [ViolationInputType], { nullable: true, description: 'The whole list of violations as it should read.' })
  @IsOptional()
  @IsArray()
  violations?: ViolationInputType[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  narrative?: string;
}

@ArgsType()
export class ObservationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'electionId must be an election id (a UUID)' })
  electionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a team id (a UUID)' })
  teamId?: string;

  @Field(() => String, { nullable: true, description: 'The site’s name, as observers wrote it (case and spaces ignored).' })
  @IsOptional()
  @Length(1, 200)
  site?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40)
  stage?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40)
  violationCode?: string;

  @Field(() => String, { nullable: true, description: 'At least this severity: INFO, MINOR, MAJOR or CRITICAL.' })
  @IsOptional()
  @IsIn(SEVERITIES, { message: 'severity must be INFO, MINOR, MAJOR or CRITICAL' })
  severity?: string;

  @Field(() => String, { nullable: true, description: 'Observed on or after, YYYY-MM-DD.' })
  @IsOptional()
  @IsLocalDate('observedFrom')
  observedFrom?: string;

  @Field(() => String, { nullable: true, description: 'Observed on or before, YYYY-MM-DD.' })
  @IsOptional()
  @IsLocalDate('observedTo')
  observedTo?: string;
}
