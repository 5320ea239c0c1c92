import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ROLES, type Role } from '@scrutineer/domain';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { RoleEnum } from '../../graphql/enums.js';
import { TextLength } from '../../graphql/text-length.js';

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a user id (a UUID)' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(1, 100)
  displayName?: string;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'jurisdictionId must be a jurisdiction id (a UUID)' })
  jurisdictionId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'false deactivates the account and ends its sessions; true also lifts a sign-in lock.',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
