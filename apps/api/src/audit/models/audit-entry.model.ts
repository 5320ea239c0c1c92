import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from '../../graphql/connection.js';
import { RoleEnum } from '../../graphql/enums.js';

export enum ActorKind {
  USER = 'user',
  SYSTEM = 'system',
  PUBLIC = 'public',
}
registerEnumType(ActorKind, { name: 'ActorKind', description: 'A signed-in user, the system (scheduler, relay), or the public.' });

@ObjectType({ description: 'Who did it, with which role, from where.' })
export class AuditActor {
  @Field(() => ActorKind)
  kind!: ActorKind;

  @Field(() => ID, { nullable: true })
  id!: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role!: string | null;

  @Field({ description: 'Username, `system:scheduler`, or `login:<name>` for a sign-in attempt.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Client IP address.' })
  ip!: string | null;
}

@ObjectType({ description: 'One entry of the audit trail: append-only and hash-chained per subject.' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Position in the subject’s chain, from 1, without gaps.' })
  seq!: number;

  @Field({ description: 'election, case, user, jurisdiction, auth, …' })
  subjectType!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field({ description: 'The event (SUBMIT) or platform action (user.create, auth.login_failed).' })
  action!: string;

  @Field(() => String, { nullable: true })
  fromState!: string | null;

  @Field(() => String, { nullable: true })
  toState!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'The event payload, the facts the decision used, or the changes made.' })
  data!: Record<string, unknown>;

  @Field(() => AuditActor)
  actor!: AuditActor;

  @Field(() => ID, { nullable: true })
  jurisdictionId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Version of the workflow machine that made the transition.' })
  machineVersion!: number | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  at!: Date;

  @Field({ description: 'sha256 of the previous entry’s hash and this entry (RFC 8785 canonical JSON).' })
  hash!: string;

  @Field()
  prevHash!: string;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry, 'AuditEntry') {}
