import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { daysBetween, localDateOf, type CaseContext, type Clock } from '@scrutineer/domain';
import { sql, type CaseEntity, type ElectionEntity, type JurisdictionEntity } from '@scrutineer/db';
import { CLOCK } from '@scrutineer/platform';
import { Inject } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { unlessNotFound } from '../access/not-found.js';
import { AuditService } from '../audit/audit.service.js';
import { AuditEntryConnection } from '../audit/models/audit-entry.model.js';
import { Allow } from '../auth/access-rule.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { ElectionsService } from '../elections/elections.service.js';
import { Election } from '../elections/models/election.model.js';
import { AvailableAction, Deadline } from '../graphql/available-action.model.js';
import { deadlinesOf } from '../graphql/deadlines.js';
import { GivenDate } from '../graphql/given-date.model.js';
import { connectionComplexity } from '../graphql/connection.js';
import { IdArg } from '../graphql/id-arg.js';
import { requestLoader } from '../graphql/loaders.js';
import { PageArgs } from '../graphql/pagination.js';
import type { RequestContext } from '../graphql/request-context.js';
import { requireActor } from '../graphql/require-actor.js';
import { SelectedFields } from '../graphql/selected-fields.js';
import { Jurisdiction } from '../jurisdictions/models/jurisdiction.model.js';
import { caseAttachments } from './case-attachments.js';
import { CaseLevelEnum } from './case-enums.js';
import { CasesService } from './cases.service.js';
import { RelatedCasesService, type CaseLinkView, type DuplicateView } from './related-cases.service.js';
import { CasesArgs, RegisterCaseInput, RevealIdentityInput } from './dto/case.inputs.js';
import {
  Case,
  CaseAcceptance,
  CaseAssignee,
  CaseAttachment,
  CaseClock,
  CaseConnection,
  CaseDecision,
  CaseEscalation,
  CaseExtension,
  CaseLink,
  CaseNote,
  CaseRemedyResult,
  CaseReply,
  ComplainantIdentity,
  DuplicateSuggestion,
  RegisteredCase,
} from './models/case.model.js';

const READERS = ' (PETITION_HANDLER, INSPECTOR)';

@Resolver(() => Case)
export class CasesResolver {
  constructor(
    private readonly service: CasesService,
    private readonly related: RelatedCasesService,
    private readonly elections: ElectionsService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => Case, { description: `A case in your subtree${READERS}.` })
  @Allow('case.read')
  case(@CurrentActor() actor: Actor, @IdArg('id') id: string, @SelectedFields() fields: Set<string>): Promise<CaseEntity> {
    return this.service.getForFields(actor, id, fields);
  }

  @Query(() => CaseConnection, {
    description: `Cases in your subtree, soonest due first; or one of your queues${READERS}.`,
    complexity: connectionComplexity,
  })
  @Allow('case.read')
  cases(@CurrentActor() actor: Actor, @Args() args: CasesArgs) {
    const { first, after, ...filter } = args;
    return this.service.list(actor, filter, { first, after });
  }

  @Mutation(() => RegisteredCase, {
    description:
      'Register a case received by your unit (登记): letter, visit, hotline …; with a tracking code and a PIN shown this once, to hand to the complainant (PETITION_HANDLER).',
  })
  @Allow('case.intake')
  registerCase(@CurrentActor() actor: Actor, @Args('input') input: RegisterCaseInput): Promise<{ case: CaseEntity; pin: string }> {
    return this.service.register(actor, input);
  }

  @Mutation(() => ComplainantIdentity, {
    nullable: true,
    description: `The complainant’s identity (null when anonymous); the reveal and its reason go into the audit trail${READERS}.`,
  })
  @Allow('case.identity')
  revealComplainantIdentity(@CurrentActor() actor: Actor, @Args('input') input: RevealIdentityInput) {
    return this.service.revealIdentity(actor, input.id, input.reason);
  }

  /**
   * The case's workflow context. Lists do not read snapshots (most of a case row): a page loads them in
   * one query, and only when a field asks; a case read alone already has its own.
   */
  private contextOf(c: CaseEntity, ctx: RequestContext): Promise<CaseContext> {
    if (c.snapshot) return Promise.resolve(c.snapshot.context);
    return requestLoader(ctx.loaders, 'case.snapshot', () => new DataLoader((ids: readonly string[]) => this.contexts(ids))).load(c.id);
  }

  private async contexts(ids: readonly string[]): Promise<CaseContext[]> {
    const rows = await sql<{ id: string; context: CaseContext }>(
      this.dataSource.manager,
      `SELECT id, snapshot->'context' AS context FROM cases WHERE id = ANY($1)`,
      [[...ids]],
    );
    const byId = new Map(rows.map((r) => [r.id, r.context]));
    return ids.map((id) => byId.get(id)!);
  }

  @ResolveField(() => Election, { nullable: true, description: 'The election it concerns, if you may see it.' })
  election(@Parent() c: CaseEntity, @Context() ctx: RequestContext): Promise<ElectionEntity | null> {
    return c.electionId ? unlessNotFound(this.elections.get(requireActor(ctx), c.electionId)) : Promise.resolve(null);
  }

  @ResolveField(() => [CaseAttachment], { description: 'Photos the complainant uploaded with a public filing.' })
  async attachments(@Parent() c: CaseEntity): Promise<CaseAttachment[]> {
    const rows = await caseAttachments(this.dataSource.manager, c.id);
    return rows.map((r) => ({ id: r.id, name: r.name, mediaType: r.media_type, size: Number(r.size), sha256: r.sha256 }));
  }

  @ResolveField(() => String, { nullable: true })
  candidateId(@Parent() c: CaseEntity): string | null {
    return c.candidateId;
  }

  @ResolveField(() => Jurisdiction, { description: 'The unit handling the case now.' })
  async unit(@Parent() c: CaseEntity, @Context() ctx: RequestContext): Promise<JurisdictionEntity> {
    return (await ctx.loaders.jurisdiction.load(c.jurisdictionId))!;
  }

  @ResolveField(() => Jurisdiction, { nullable: true, description: 'The unit above, once a step went overdue.' })
  async supervisingUnit(@Parent() c: CaseEntity, @Context() ctx: RequestContext): Promise<JurisdictionEntity | null> {
    return c.supervisingJurisdictionId ? ((await ctx.loaders.jurisdiction.load(c.supervisingJurisdictionId)) ?? null) : null;
  }

  @ResolveField(() => CaseLevelEnum, { description: 'The level competent for the subject.' })
  async competentLevel(@Parent() c: CaseEntity, @Context() ctx: RequestContext): Promise<string> {
    const context = await this.contextOf(c, ctx);
    return context.competentLevel;
  }

  @ResolveField(() => String, { description: 'The profile the clocks run under, e.g. PETITION v1 (信访工作条例 2022).' })
  async profile(@Parent() c: CaseEntity, @Context() ctx: RequestContext): Promise<string> {
    const context = await this.contextOf(c, ctx);
    const p = context.profile;
    return `${p.id} v${p.version} — ${p.name}`;
  }

  @ResolveField(() => Number, { nullable: true, description: 'Days left to the current due day (negative when late).' })
  daysLeft(@Parent() c: CaseEntity): number | null {
    return c.dueOn ? daysBetween(localDateOf(this.clock.now()), c.dueOn) : null;
  }

  @ResolveField(() => CaseAssignee, { nullable: true })
  async assignee(@Parent() c: CaseEntity, @Context() ctx: RequestContext) {
    const context = await this.contextOf(c, ctx);
    return context.assignee;
  }

  @ResolveField(() => [CaseAssignee], {
    description: 'Whom it may be assigned to: active petition handlers whose home covers the unit handling it, within your subtree.',
    complexity: 3,
  })
  assigneeCandidates(@Parent() c: CaseEntity, @Context() ctx: RequestContext) {
    return this.service.assigneeCandidates(requireActor(ctx), c);
  }

  @ResolveField(() => [CaseClock], { description: 'Every clock the case has run, oldest first.' })
  async clocks(@Parent() c: CaseEntity, @Context() ctx: RequestContext) {
    const context = await this.contextOf(c, ctx);
    const today = localDateOf(this.clock.now());
    return context.clocks.map((k) => ({ ...k, daysLeft: k.outcome === 'RUNNING' ? daysBetween(today, k.dueOn) : null }));
  }

  @ResolveField(() => CaseAcceptance, { nullable: true })
  async acceptance(@Parent() c: CaseEntity, @Context() ctx: RequestContext) {
    const context = await this.contextOf(c, ctx);
    return context.acceptance;
  }

  @ResolveField(() => CaseExtension, { nullable: true })
  async extension(@Parent() c: CaseEntity, @Context() ctx: RequestContext) {
    const context = await this.contextOf(c, ctx);
    return context.extension;
  }

  @ResolveField(() => [CaseDecision])
  async decisions(@Parent() c: CaseEntity, @Context() ctx: RequestContext) {
    const context = await this.contextOf(c, ctx);
    return context.decisions;
  }

  @ResolveField(() => [CaseReply])
  async replies(@Parent() c: CaseEntity, @Context() ctx: RequestContext) {
    const context = await this.contextOf(c, ctx);
    return context.replies;
  }

  @ResolveField(() => [CaseRemedyResult])
  async remedies(@Parent() c: CaseEntity, @Context() ctx: RequestContext) {
    const context = await this.contextOf(c, ctx);
    return context.remedies;
  }

  @ResolveField(() => [CaseEscalation])
  async escalations(@Parent() c: CaseEntity, @Context() ctx: RequestContext) {
    const context = await this.contextOf(c, ctx);
    return context.escalations;
  }

  @ResolveField(() => [GivenDate], {
    description: 'Every date given for a step (received, decided, replied …), with when it was recorded; late ones flagged.',
  })
  async datesGiven(@Parent() c: CaseEntity, @Context() ctx: RequestContext) {
    const context = await this.contextOf(c, ctx);
    return context.datesGiven ?? [];
  }

  @ResolveField(() => Boolean, { description: 'A date was entered more than LATE_ENTRY_DAYS after it (补录).' })
  async recordedLate(@Parent() c: CaseEntity, @Context() ctx: RequestContext) {
    const context = await this.contextOf(c, ctx);
    return (context.datesGiven ?? []).some((g) => g.late);
  }

  @ResolveField(() => [CaseNote], { description: 'Reasons given with steps; latest first.' })
  async notes(@Parent() c: CaseEntity, @Context() ctx: RequestContext) {
    const context = await this.contextOf(c, ctx);
    return context.notes;
  }

  @ResolveField(() => [CaseLink], { complexity: 5, description: 'Linked cases you may see; one query for a whole page.' })
  links(@Parent() c: CaseEntity, @Context() ctx: RequestContext): Promise<CaseLinkView[]> {
    const actor = requireActor(ctx);
    return requestLoader(ctx.loaders, 'case.links', () => new DataLoader((ids: readonly string[]) => this.related.links(actor, ids))).load(
      c.id,
    );
  }

  @ResolveField(() => [DuplicateSuggestion], {
    complexity: 10,
    description:
      'Likely duplicates: same category, same election or place, received within 30 days, similar text. Never merged by the system.',
  })
  duplicateSuggestions(@Parent() c: CaseEntity, @Context() ctx: RequestContext): Promise<DuplicateView[]> {
    const actor = requireActor(ctx);
    return requestLoader(
      ctx.loaders,
      'case.duplicates',
      () => new DataLoader((cases: readonly CaseEntity[]) => this.related.duplicates(actor, cases), { cacheKeyFn: (k) => k.id }),
    ).load(c);
  }

  @ResolveField(() => [Deadline], { complexity: 3 })
  deadlines(@Parent() c: CaseEntity) {
    return deadlinesOf(this.dataSource.manager, c.id);
  }

  @ResolveField(() => [AvailableAction], {
    description: 'Every step the current state knows, allowed or not, with reasons.',
    complexity: 10,
  })
  availableActions(@Parent() c: CaseEntity, @Context() ctx: RequestContext) {
    return this.service.availableActions(requireActor(ctx), c);
  }

  @ResolveField(() => AuditEntryConnection, {
    description: 'The case’s audit trail (its timeline), oldest first.',
    complexity: connectionComplexity,
  })
  history(@Parent() c: CaseEntity, @Context() ctx: RequestContext, @Args() page: PageArgs) {
    return this.audit.trail(requireActor(ctx), c.id, page);
  }
}
