import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @Length(1, 64, { message: 'username must be 1 to 64 characters long' })
  username!: string;

  @Field()
  @IsString()
  @MaxLength(128, { message: 'password must be at most 128 characters long' })
  password!: string;
}
