import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ORGANIZATION_TYPES, type OrganizationType } from '@scrutineer/domain';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { OrganizationTypeEnum } from '../../graphql/enums.js';
import { PageArgs } from '../../graphql/pagination.js';
import { TextLength } from '../../graphql/text-length.js';

@InputType()
export class CreateOrganizationInput {
  @Field(() => ID, { description: 'Where the body sits (a village, a community, a township …), within your jurisdiction.' })
  @IsUUID('all', { message: 'jurisdictionId must be a jurisdiction id (a UUID)' })
  jurisdictionId!: string;

  @Field(() => OrganizationTypeEnum)
  @IsIn(ORGANIZATION_TYPES)
  type!: OrganizationType;

  @Field()
  @TextLength(1, 100)
  name!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  memberCount!: number;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an organisation id (a UUID)' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(1, 100)
  name?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  memberCount?: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only organisations within this jurisdiction.' })
  @IsOptional()
  @IsUUID('all', { message: 'withinJurisdictionId must be a jurisdiction id (a UUID)' })
  withinJurisdictionId?: string;

  @Field(() => OrganizationTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANIZATION_TYPES)
  type?: OrganizationType;
}
