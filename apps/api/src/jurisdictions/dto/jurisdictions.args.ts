import { ArgsType, Field, ID } from '@nestjs/graphql';
import type { JurisdictionLevel } from '@scrutineer/domain';
import { JURISDICTION_LEVELS } from '@scrutineer/domain';
import { IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { JurisdictionLevelEnum } from '../../graphql/enums.js';
import { PageArgs } from '../../graphql/pagination.js';

@ArgsType()
export class JurisdictionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the children of this jurisdiction.' })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be a jurisdiction id (a UUID)' })
  parentId?: string;

  @Field(() => JurisdictionLevelEnum, { nullable: true })
  @IsOptional()
  @IsIn(JURISDICTION_LEVELS)
  level?: JurisdictionLevel;

  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string;
}
