import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { checkComposition, forbidden, roleHasPermission, type Person } from '@scrutineer/domain';
import { electionBlockers } from '@scrutineer/platform';
import type { CampaignEntity, CandidateEntity, ElectionEntity, JurisdictionEntity, OrganizationEntity } from '@scrutineer/db';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { AuditService } from '../audit/audit.service.js';
import { AuditEntryConnection } from '../audit/models/audit-entry.model.js';
import { Allow } from '../auth/access-rule.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Campaign } from '../campaigns/models/campaign.model.js';
import { AvailableAction, Deadline } from '../graphql/available-action.model.js';
import { GivenDate } from '../graphql/given-date.model.js';
import { deadlinesOf } from '../graphql/deadlines.js';
import { connectionComplexity } from '../graphql/connection.js';
import { IdArg } from '../graphql/id-arg.js';
import { PageArgs } from '../graphql/pagination.js';
import type { RequestContext } from '../graphql/request-context.js';
import { requireActor } from '../graphql/require-actor.js';
import { Jurisdiction } from '../jurisdictions/models/jurisdiction.model.js';
import { Organization } from '../organizations/models/organization.model.js';
import { CreateElectionInput, ElectionsArgs } from './dto/election.inputs.js';
import { ElectionsService, contextOf } from './elections.service.js';
import { Candidate } from './models/candidate.model.js';
import { ElectionBlocker } from './models/election-blocker.model.js';
import {
  CompositionFinding,
  Election,
  ElectionConnection,
  ElectionNote,
  PostSeats,
  PreparationRecord,
  VoterRoll,
} from './models/election.model.js';
import { ElectedPost, Tie } from './models/result.model.js';
import { RuleProfile } from './models/rule-profile.model.js';
import { ElectionRound } from './models/round.model.js';
import { stateLabel } from './state-labels.js';

@Resolver(() => Election)
export class ElectionsResolver {
  constructor(
    private readonly service: ElectionsService,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => Election)
  @Allow('election.read')
  election(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<ElectionEntity> {
    return this.service.get(actor, id);
  }

  @Query(() => ElectionConnection, { description: 'Elections in your subtree, by election day.', complexity: connectionComplexity })
  @Allow('election.read')
  elections(@CurrentActor() actor: Actor, @Args() args: ElectionsArgs) {
    const { state, withinJurisdictionId, campaignId, organizationType, overdue, electionDayFrom, electionDayTo } = args;
    return this.service.list(
      actor,
      { state, withinJurisdictionId, campaignId, organizationType, overdue, electionDayFrom, electionDayTo },
      args,
    );
  }

  @Mutation(() => Election, { description: 'Create an election of a body, under the current rules for its kind (ELECTION_OFFICE).' })
  @Allow('election.create')
  createElection(@CurrentActor() actor: Actor, @Args('input') input: CreateElectionInput): Promise<ElectionEntity> {
    return this.service.create(actor, input);
  }

  @ResolveField(() => String, { description: 'The state in Chinese.' })
  stateLabel(@Parent() e: ElectionEntity): string {
    return stateLabel(e.state);
  }

  @ResolveField(() => [String], { description: 'What is overdue: OBJECTION_ANSWER, POLLING, VACANCIES.' })
  overdueItems(@Parent() e: ElectionEntity): string[] {
    return contextOf(e).overdue;
  }

  @ResolveField(() => Organization)
  async organization(@Parent() e: ElectionEntity, @Context() ctx: RequestContext): Promise<OrganizationEntity> {
    return (await ctx.loaders.organization.load(e.organizationId))!;
  }

  @ResolveField(() => Campaign, {
    nullable: true,
    description: 'The campaign, when it lies within your jurisdiction (a village sees its election, not the township’s campaign).',
  })
  async campaign(@Parent() e: ElectionEntity, @Context() ctx: RequestContext): Promise<CampaignEntity | null> {
    const campaign = e.campaignId ? await ctx.loaders.campaign.load(e.campaignId) : null;
    if (!campaign) return null;
    const where = await ctx.loaders.jurisdiction.load(campaign.jurisdictionId);
    return where && this.access.canSeePath(requireActor(ctx), where.path) ? campaign : null;
  }

  @ResolveField(() => Jurisdiction)
  async jurisdiction(@Parent() e: ElectionEntity, @Context() ctx: RequestContext): Promise<JurisdictionEntity> {
    return (await ctx.loaders.jurisdiction.load(e.jurisdictionId))!;
  }

  @ResolveField(() => RuleProfile, {
    description: 'The rules this election was created under, with the options chosen (kept even when newer versions exist).',
  })
  profile(@Parent() e: ElectionEntity) {
    return contextOf(e).profile;
  }

  @ResolveField(() => [ElectionBlocker], {
    description:
      'What holds up certification now: blocking complaint cases (by tracking code and category, never the complainant) and rectification orders, each with its rule. ELECTION_OFFICE, INSPECTOR, PETITION_HANDLER.',
    complexity: 3,
  })
  blockers(@Parent() e: ElectionEntity, @Context() ctx: RequestContext) {
    if (!roleHasPermission(requireActor(ctx).role, 'election.blockers')) {
      throw forbidden('Only the election office, inspectors and petition handlers see what holds up a certification');
    }
    return electionBlockers(this.dataSource.manager, e.id);
  }

  @ResolveField(() => [GivenDate], { description: 'Every date given for a step, with when it was recorded; late ones flagged.' })
  datesGiven(@Parent() e: ElectionEntity) {
    return contextOf(e).datesGiven;
  }

  @ResolveField(() => Boolean, { description: 'A date was entered more than LATE_ENTRY_DAYS after it (补录).' })
  recordedLate(@Parent() e: ElectionEntity) {
    return contextOf(e).datesGiven.some((g) => g.late);
  }

  @ResolveField(() => [PostSeats])
  posts(@Parent() e: ElectionEntity) {
    return contextOf(e).posts;
  }

  @ResolveField(() => [PreparationRecord])
  preparation(@Parent() e: ElectionEntity) {
    return Object.entries(contextOf(e).preparation).map(([item, on]) => ({ item, on }));
  }

  @ResolveField(() => VoterRoll)
  roll(@Parent() e: ElectionEntity) {
    return contextOf(e).roll;
  }

  @ResolveField(() => String, { nullable: true })
  noticePostedOn(@Parent() e: ElectionEntity) {
    return contextOf(e).noticePostedOn;
  }

  @ResolveField(() => String, { nullable: true })
  pollingOpenedOn(@Parent() e: ElectionEntity) {
    return contextOf(e).pollingOpenedOn;
  }

  @ResolveField(() => String, { nullable: true, description: 'When the election failed after its last round.' })
  failedOn(@Parent() e: ElectionEntity) {
    return contextOf(e).failedOn;
  }

  @ResolveField(() => [Candidate], { description: 'All candidates, by post and nomination order.' })
  candidates(@Parent() e: ElectionEntity, @Context() ctx: RequestContext): Promise<CandidateEntity[]> {
    return ctx.loaders.candidatesOfElection.load(e.id);
  }

  @ResolveField(() => [ElectionRound], { complexity: 5 })
  async rounds(@Parent() e: ElectionEntity) {
    return (await this.service.rounds(e.id)).map((r) => ({
      number: r.number,
      kind: r.kind,
      revote: r.revote,
      outcome: r.outcome,
      input: r.input,
      decisions: r.result.decisions,
      violations: r.result.violations,
      recordedAt: r.recordedAt,
      posts: r.result.posts.map((p) => ({
        ...p,
        minimumVotes: p.threshold.minimum,
        threshold: p.threshold.text,
        citation: p.threshold.citation,
      })),
    }));
  }

  @ResolveField(() => [ElectedPost], { description: 'Who is elected so far, by post.' })
  elected(@Parent() e: ElectionEntity) {
    return Object.entries(contextOf(e).elected).map(([post, candidateIds]) => ({ post, candidateIds, electionId: e.id }));
  }

  @ResolveField(() => [PostSeats], { description: 'Seats still open, by post.' })
  vacancies(@Parent() e: ElectionEntity) {
    return Object.entries(contextOf(e).vacancies).map(([post, seats]) => ({ post, seats }));
  }

  @ResolveField(() => [Tie], { description: 'Re-votes owed among candidates tied at the last seat.' })
  ties(@Parent() e: ElectionEntity) {
    return Object.entries(contextOf(e).ties).map(([post, t]) => ({ post, seats: t.seats, candidateIds: t.candidateIds, electionId: e.id }));
  }

  @ResolveField(() => [CompositionFinding], { description: 'The elected body against the profile’s composition targets.' })
  async composition(@Parent() e: ElectionEntity, @Context() ctx: RequestContext) {
    const context = contextOf(e);
    const ids = new Set(Object.values(context.elected).flat());
    if (ids.size === 0) return [];
    const candidates = await ctx.loaders.candidatesOfElection.load(e.id);
    const people: Person[] = candidates.filter((c) => ids.has(c.id)).map((c) => c.snapshot.context.person);
    return checkComposition(context.profile, people, context.electionDay);
  }

  @ResolveField(() => [ElectionNote], { description: 'Why it was deferred, suspended, annulled …; latest first.' })
  notes(@Parent() e: ElectionEntity) {
    return contextOf(e).notes;
  }

  @ResolveField(() => [Deadline], { complexity: 3 })
  deadlines(@Parent() e: ElectionEntity) {
    return deadlinesOf(this.dataSource.manager, e.id);
  }

  @ResolveField(() => [AvailableAction], {
    description: 'Every step the current state knows, allowed or not, with reasons — as you would see them.',
    complexity: 10,
  })
  availableActions(@Parent() e: ElectionEntity, @Context() ctx: RequestContext) {
    return this.service.availableActions(requireActor(ctx), e);
  }

  @ResolveField(() => AuditEntryConnection, { description: 'The election’s audit trail, oldest first.', complexity: connectionComplexity })
  history(@Parent() e: ElectionEntity, @Context() ctx: RequestContext, @Args() page: PageArgs) {
    return this.audit.trail(requireActor(ctx), e.id, page);
  }
}
