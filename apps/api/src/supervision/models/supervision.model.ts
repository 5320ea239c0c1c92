import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { BlockReason } from '../../graphql/available-action.model.js';
import { Connection } from '../../graphql/connection.js';
import {
  ChecklistAnswerEnum,
  ObservationChannelEnum,
  ObservedStageEnum,
  SeverityEnum,
  TeamKindEnum,
  ViolationCodeEnum,
} from '../supervision-enums.js';

@ObjectType()
export class TeamMember {
  @Field(() => ID)
  id!: string;

  @Field()
  username!: string;

  @Field()
  displayName!: string;
}

@ObjectType({ description: 'What a team covers: an election, or a jurisdiction’s subtree.' })
export class TeamAssignment {
  @Field(() => ID, { nullable: true })
  electionId!: string | null;

  @Field(() => ID, { nullable: true })
  jurisdictionId!: string | null;
}

@ObjectType({ description: 'A supervision team (督导组, 指导组, 巡查组, observers).' })
export class SupervisionTeam {
  @Field(() => ID)
  id!: string;

  @Field(() => TeamKindEnum)
  kind!: string;

  @Field()
  name!: string;

  @Field(() => ID)
  jurisdictionId!: string;

  @Field(() => ID, { nullable: true })
  leaderId!: string | null;

  @Field(() => [TeamMember])
  members!: TeamMember[];

  @Field(() => [TeamAssignment])
  assignments!: TeamAssignment[];
}

@ObjectType()
export class ChecklistNumbers {
  @Field(() => Int, { nullable: true }) entitled?: number;
  @Field(() => Int, { nullable: true }) present?: number;
  @Field(() => Int, { nullable: true }) ballotsIssued?: number;
  @Field(() => Int, { nullable: true }) ballotsReturned?: number;
  @Field(() => Int, { nullable: true }) proxiesHeld?: number;
  @Field(() => Int, { nullable: true }) maxProxiesPerHolder?: number;
}

@ObjectType()
export class ChecklistAnswerRecord {
  @Field({ description: 'A checklist item id (see supervisionVocabulary { checklist }).' })
  item!: string;

  @Field(() => ChecklistAnswerEnum)
  answer!: string;

  @Field(() => ChecklistNumbers, { nullable: true })
  numbers?: ChecklistNumbers;

  @Field(() => String, { nullable: true })
  note?: string;
}

@ObjectType()
export class ViolationRecord {
  @Field(() => ViolationCodeEnum)
  code!: string;

  @Field(() => SeverityEnum)
  severity!: string;

  @Field()
  description!: string;
}

@ObjectType({ description: 'An inconsistency kept with the observation (e.g. more present than entitled).' })
export class ObservationFlag {
  @Field(() => String, { nullable: true })
  item!: string | null;

  @Field()
  rule!: string;

  @Field()
  message!: string;

  @Field(() => GraphQLJSONObject)
  values!: Record<string, number>;
}

@ObjectType()
export class ObservationSiteRecord {
  @Field()
  name!: string;

  @Field()
  kind!: string;

  @Field(() => Float, { nullable: true })
  latitude?: number;

  @Field(() => Float, { nullable: true })
  longitude?: number;
}

@ObjectType({ description: 'A photo or scan: uploaded resumably (tus) at /uploads, then named by the observation.' })
export class ObservationAttachment {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  mediaType!: string;

  @Field(() => Float, { description: 'Bytes.' })
  size!: number;

  @Field(() => String, { nullable: true, description: 'Hex SHA-256 of the content, once complete.' })
  sha256!: string | null;

  @Field()
  complete!: boolean;
}

@ObjectType({ description: 'What an amendment changed, field by field: the original stays as it was.' })
export class ObservationAmendment {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  amendedBy!: string;

  @Field(() => GraphQLISODateTime)
  amendedAt!: Date;

  @Field()
  reason!: string;

  @Field(() => GraphQLJSONObject, { description: '{ field: { from, to } }' })
  changes!: Record<string, unknown>;
}

@ObjectType({ description: 'One observer’s record of one site at one stage. Never edited once submitted.' })
export class Observation {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  electionId!: string;

  @Field(() => ID)
  teamId!: string;

  @Field(() => ID)
  observerId!: string;

  @Field(() => ObservedStageEnum)
  stage!: string;

  @Field(() => ObservationChannelEnum)
  channel!: string;

  @Field(() => ObservationSiteRecord)
  site!: ObservationSiteRecord;

  @Field(() => GraphQLISODateTime)
  observedAt!: Date;

  @Field(() => GraphQLISODateTime)
  submittedAt!: Date;

  @Field({ description: 'Submitted more than LATE_ENTRY_DAYS after it was observed (补录).' })
  recordedLate!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was submitted late.' })
  lateReason!: string | null;

  @Field(() => [ChecklistAnswerRecord], { description: 'As submitted.' })
  checklist!: unknown[];

  @Field(() => [ViolationRecord], { description: 'As submitted.' })
  violations!: unknown[];

  @Field(() => [ObservationFlag])
  flags!: unknown[];

  @Field()
  narrative!: string;

  @Field(() => String, { nullable: true })
  maxSeverity!: string | null;
}

@ObjectType()
export class ObservationConnection extends Connection(Observation, 'Observation') {}

@ObjectType({ description: 'What became of one observation in a batch.' })
export class SubmissionResult {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'CREATED, DUPLICATE (already stored: nothing new) or REJECTED (see problems).' })
  status!: string;

  @Field(() => [BlockReason], { description: 'Why it was refused, field by field (rule = the field path).' })
  problems!: unknown[];

  @Field(() => [ObservationFlag])
  flags!: unknown[];
}

@ObjectType()
export class SiteAnswer {
  @Field(() => ID)
  observationId!: string;

  @Field()
  observer!: string;

  @Field(() => ChecklistAnswerEnum)
  answer!: string;

  @Field(() => ChecklistNumbers)
  numbers!: ChecklistNumbers;
}

@ObjectType({ description: 'One checklist item across the observers of a site and stage (the NDI Apollo model).' })
export class SiteItemSummary {
  @Field()
  item!: string;

  @Field({ description: 'AGREE, CONFLICT, SINGLE (one view) or UNSEEN (nobody saw it).' })
  status!: string;

  @Field(() => [String], { description: 'Under CONFLICT: answer and/or the numbers that differ.' })
  differs!: string[];

  @Field(() => [SiteAnswer])
  answers!: SiteAnswer[];
}

@ObjectType()
export class SiteSummary {
  @Field()
  site!: string;

  @Field(() => ObservedStageEnum)
  stage!: string;

  @Field(() => Int)
  observers!: number;

  @Field(() => Int)
  conflicts!: number;

  @Field(() => [SiteItemSummary])
  items!: SiteItemSummary[];
}

@ObjectType({ description: 'A rectification order (整改通知).' })
export class RectificationOrder {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID)
  electionId!: string;

  @Field(() => ID, { nullable: true })
  observationId!: string | null;

  @Field(() => ID)
  teamId!: string;

  @Field({ description: 'open.issued, open.acknowledged, open.rectified, verified or cancelled.' })
  state!: string;

  @Field()
  requirement!: string;

  @Field()
  dueOn!: string;

  @Field()
  overdue!: boolean;

  @Field()
  blocking!: boolean;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What was done, when, with which attachments.' })
  rectification!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  verification!: Record<string, unknown> | null;

  @Field(() => [GraphQLJSONObject])
  rejections!: Record<string, unknown>[];
}

@ObjectType({ description: 'Supervision coverage within a jurisdiction (and campaign).' })
export class SupervisionCoverage {
  @Field(() => Int)
  elections!: number;

  @Field(() => Int, { description: 'Elections with at least one observation of the election meeting (polling day).' })
  observedOnPollingDay!: number;

  @Field(() => Int)
  observations!: number;

  @Field(() => Float, { description: 'Observations per election.' })
  observationsPerElection!: number;

  @Field(() => [GraphQLJSONObject], { description: '{ code, severity, count }' })
  violations!: Record<string, unknown>[];

  @Field(() => Int)
  openOrders!: number;

  @Field(() => Int)
  overdueOrders!: number;
}
