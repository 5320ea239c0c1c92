import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuditEntryEntity } from '@scrutineer/db';
import type { AnchorVerification as Anchors, ChainVerification as Verification } from '@scrutineer/workflow';
import { Allow } from '../auth/access-rule.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { connectionComplexity } from '../graphql/connection.js';
import { IdArg } from '../graphql/id-arg.js';
import { PageArgs } from '../graphql/pagination.js';
import { AuditService } from './audit.service.js';
import { AuditActor, AuditEntry, AuditEntryConnection, type ActorKind } from './models/audit-entry.model.js';
import { AnchorVerification, ChainVerification } from './models/chain-verification.model.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, {
    description: 'Everything that happened to a subject (an election, a case, an account …), oldest first. INSPECTOR, ADMIN.',
    complexity: connectionComplexity,
  })
  @Allow('audit.read')
  auditTrail(@CurrentActor() actor: Actor, @IdArg('subjectId') subjectId: string, @Args() page: PageArgs) {
    return this.audit.trail(actor, subjectId, page);
  }

  @Query(() => ChainVerification, {
    description: 'Recompute a subject’s hash chain and name the first entry that fails. INSPECTOR, ADMIN.',
  })
  @Allow('audit.read')
  verifyAuditChain(@CurrentActor() actor: Actor, @IdArg('subjectId') subjectId: string): Promise<Verification> {
    return this.audit.verify(actor, subjectId);
  }

  @Query(() => AnchorVerification, {
    description:
      'Recompute the chain of periodic anchors (digests of every audit chain head) and name the first that fails. INSPECTOR, ADMIN.',
  })
  @Allow('audit.read')
  verifyAuditAnchors(): Promise<Anchors> {
    return this.audit.verifyAnchors();
  }

  @ResolveField(() => Boolean, {
    description: 'The step gave a date more than LATE_ENTRY_DAYS before it was recorded (补录); data.lateEntries names it and the reason.',
  })
  recordedLate(@Parent() entry: AuditEntryEntity): boolean {
    const data = entry.data as { lateEntries?: unknown[]; recordedLate?: unknown[] };
    return (data.lateEntries?.length ?? 0) > 0 || (data.recordedLate?.length ?? 0) > 0;
  }

  @ResolveField(() => AuditActor)
  actor(@Parent() entry: AuditEntryEntity): AuditActor {
    return { kind: entry.actorKind as ActorKind, id: entry.actorId, role: entry.actorRole, label: entry.actorLabel, ip: entry.actorIp };
  }
}
