import { Field, ID, InputType } from '@nestjs/graphql';
import type { JurisdictionLevel } from '@scrutineer/domain';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { JURISDICTION_LEVELS } from '@scrutineer/domain';
import { JurisdictionLevelEnum } from '../../graphql/enums.js';
import { TextLength } from '../../graphql/text-length.js';

@InputType()
export class CreateJurisdictionInput {
  @Field(() => ID, { description: 'The parent: it must lie within your own jurisdiction.' })
  @IsUUID('all', { message: 'parentId must be a jurisdiction id (a UUID)' })
  parentId!: string;

  @Field(() => JurisdictionLevelEnum, { description: 'Lower than the parent’s level.' })
  @IsIn(JURISDICTION_LEVELS)
  level!: JurisdictionLevel;

  @Field({ description: 'Name, 1–100 characters, unique among its siblings.' })
  @TextLength(1, 100)
  name!: string;

  @Field(() => String, { nullable: true, description: '行政区划代码: 2 to 12 digits.' })
  @IsOptional()
  @Matches(/^[0-9]{2,12}$/, { message: 'code must be 2 to 12 digits (行政区划代码)' })
  code?: string | null;
}
