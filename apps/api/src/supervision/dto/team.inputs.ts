import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { TEAM_KINDS, type TeamKind } from '@scrutineer/domain';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../graphql/pagination.js';
import { TeamKindEnum } from '../supervision-enums.js';
import { TextLength } from '../../graphql/text-length.js';

@InputType()
export class CreateTeamInput {
  @Field(() => ID, { description: 'The jurisdiction that sends the team.' })
  @IsUUID('all', { message: 'jurisdictionId must be a jurisdiction id (a UUID)' })
  jurisdictionId!: string;

  @Field(() => TeamKindEnum)
  @IsIn(TEAM_KINDS)
  kind!: TeamKind;

  @Field()
  @TextLength(1, 100)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The leader (组长): a supervisor, added as a member too.' })
  @IsOptional()
  @IsUUID('all', { message: 'leaderId must be a user id (a UUID)' })
  leaderId?: string;
}

@InputType()
export class TeamMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'teamId must be a team id (a UUID)' })
  teamId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be a user id (a UUID)' })
  userId!: string;
}

@InputType({ description: 'What a team covers: one election, or every election in a jurisdiction’s subtree.' })
export class AssignTeamInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'teamId must be a team id (a UUID)' })
  teamId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'electionId must be an election id (a UUID)' })
  electionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'jurisdictionId must be a jurisdiction id (a UUID)' })
  jurisdictionId?: string;
}

@ArgsType()
export class TeamsArgs extends PageArgs {}

@ArgsType()
export class CoverageArgs {
  @Field(() => ID, { nullable: true, description: 'Your own jurisdiction by default.' })
  @IsOptional()
  @IsUUID('all', { message: 'jurisdictionId must be a jurisdiction id (a UUID)' })
  jurisdictionId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a campaign id (a UUID)' })
  campaignId?: string;
}
