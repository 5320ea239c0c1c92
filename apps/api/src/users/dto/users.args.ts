import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ROLES, type Role } from '@scrutineer/domain';
import { IsBoolean, IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { RoleEnum } from '../../graphql/enums.js';
import { PageArgs } from '../../graphql/pagination.js';

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'Only accounts whose home lies within this jurisdiction.' })
  @IsOptional()
  @IsUUID('all', { message: 'withinJurisdictionId must be a jurisdiction id (a UUID)' })
  withinJurisdictionId?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => String, { nullable: true, description: 'Part of the username or display name.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}
