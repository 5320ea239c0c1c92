import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumObject } from '../../graphql/enums.js';
import { PUBLIC_STATUSES, type PublicStatus } from '../public-status.js';

const PublicStatusEnum = enumObject<PublicStatus>(PUBLIC_STATUSES);
registerEnumType(PublicStatusEnum, { name: 'PublicCaseStatusCode', description: 'Where a case stands, as the public is told.' });

@ObjectType()
export class PublicReply {
  @Field()
  on!: string;

  @Field()
  text!: string;
}

@ObjectType()
export class PublicExtension {
  @Field(() => Int)
  days!: number;

  @Field()
  reason!: string;
}

@ObjectType({ description: 'A case as its complainant sees it: status, next due day, the published reply. Nothing else.' })
export class PublicCaseStatus {
  @Field()
  trackingCode!: string;

  @Field(() => PublicStatusEnum)
  status!: string;

  @Field({ description: 'The status in Chinese.' })
  statusLabel!: string;

  @Field()
  receivedOn!: string;

  @Field(() => String, { nullable: true })
  nextDueOn!: string | null;

  @Field(() => PublicReply, { nullable: true })
  reply!: PublicReply | null;

  @Field(() => PublicExtension, { nullable: true, description: 'The handling time was extended, and why.' })
  extension!: PublicExtension | null;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => PublicCaseStatus, { nullable: true, description: 'Merged with the same matter: follow that case here.' })
  followedIn!: PublicCaseStatus | null;
}

@ObjectType({ description: 'Keep the tracking code and the PIN: the PIN is shown only this once.' })
export class FiledComplaint {
  @Field()
  trackingCode!: string;

  @Field()
  pin!: string;

  @Field(() => PublicCaseStatus)
  status!: PublicCaseStatus;
}
