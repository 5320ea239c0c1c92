import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { IsNewPassword } from './password.js';

@InputType()
export class ResetUserPasswordInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a user id (a UUID)' })
  id!: string;

  @Field({ description: 'At least 10 characters. The user’s sessions end.' })
  @IsNewPassword()
  newPassword!: string;
}

@InputType()
export class ChangeMyPasswordInput {
  @Field()
  @IsString()
  @MaxLength(128)
  currentPassword!: string;

  @Field({ description: 'At least 10 characters. Your other sessions end; use the returned token.' })
  @IsNewPassword()
  newPassword!: string;
}
