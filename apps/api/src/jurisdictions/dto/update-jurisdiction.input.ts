import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Matches, Min } from 'class-validator';
import { TextLength } from '../../graphql/text-length.js';

@InputType()
export class UpdateJurisdictionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a jurisdiction id (a UUID)' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(1, 100)
  name?: string;

  @Field(() => String, { nullable: true, description: 'A new code; an empty string removes it.' })
  @IsOptional()
  @Matches(/^([0-9]{2,12})?$/, { message: 'code must be 2 to 12 digits (行政区划代码), or empty to remove it' })
  code?: string;

  @Field(() => Int, { nullable: true, description: 'Refuse with CONFLICT if the jurisdiction changed since you read this version.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
