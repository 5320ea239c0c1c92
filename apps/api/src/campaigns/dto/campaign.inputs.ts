import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsDateString, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { PageArgs } from '../../graphql/pagination.js';
import { TextLength } from '../../graphql/text-length.js';

@InputType()
export class CreateCampaignInput {
  @Field(() => ID, { description: 'The jurisdiction the campaign covers, within your own.' })
  @IsUUID('all', { message: 'jurisdictionId must be a jurisdiction id (a UUID)' })
  jurisdictionId!: string;

  @Field()
  @TextLength(1, 100)
  name!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'startsOn must be a date (YYYY-MM-DD)' })
  startsOn!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'endsOn must be a date (YYYY-MM-DD)' })
  endsOn!: string;

  @Field({ description: 'YYYY-MM-DD, between startsOn and endsOn' })
  @IsDateString({ strict: true }, { message: 'targetOn must be a date (YYYY-MM-DD)' })
  targetOn!: string;
}

@InputType()
export class UpdateCampaignInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a campaign id (a UUID)' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(1, 100)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'endsOn must be a date (YYYY-MM-DD)' })
  endsOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'targetOn must be a date (YYYY-MM-DD)' })
  targetOn?: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@ArgsType()
export class CampaignsArgs extends PageArgs {}
