import { Field, ID, InputType } from '@nestjs/graphql';
import { ROLES, type Role } from '@scrutineer/domain';
import { IsIn, IsUUID, Matches } from 'class-validator';
import { RoleEnum } from '../../graphql/enums.js';
import { IsNewPassword } from './password.js';
import { TextLength } from '../../graphql/text-length.js';

@InputType()
export class CreateUserInput {
  @Field({ description: '3–64 letters, digits, dot, underscore or hyphen; unique regardless of case.' })
  @Matches(/^[A-Za-z0-9._-]{3,64}$/, { message: 'username must be 3 to 64 letters, digits, ".", "_" or "-"' })
  username!: string;

  @Field({ description: 'At least 10 characters.' })
  @IsNewPassword()
  password!: string;

  @Field()
  @TextLength(1, 100)
  displayName!: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role!: Role;

  @Field(() => ID, { description: 'Home jurisdiction, within your own.' })
  @IsUUID('all', { message: 'jurisdictionId must be a jurisdiction id (a UUID)' })
  jurisdictionId!: string;
}
