import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { CandidateEntity, ElectionEntity } from '@scrutineer/db';
import { Allow } from '../auth/access-rule.decorator.js';
import { GivenDate } from '../graphql/given-date.model.js';
import { late } from '../graphql/late-reason.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { AvailableAction } from '../graphql/available-action.model.js';
import { IdArg } from '../graphql/id-arg.js';
import type { RequestContext } from '../graphql/request-context.js';
import { requireActor } from '../graphql/require-actor.js';
import { CandidatesService } from './candidates.service.js';
import {
  ApproveCandidateInput,
  CandidateStepInput,
  ConfirmFormalCandidateInput,
  DisqualifyCandidateInput,
  NominateCandidateInput,
  WithdrawCandidateInput,
} from './dto/candidate.inputs.js';
import {
  Candidate,
  CandidateDisqualification,
  CandidateReview,
  CandidateWithdrawal,
  EligibilityFinding,
  Person,
} from './models/candidate.model.js';
import { Election } from './models/election.model.js';

@Resolver(() => Candidate)
export class CandidatesResolver {
  constructor(private readonly service: CandidatesService) {}

  @Query(() => Candidate)
  @Allow('election.read')
  candidate(@CurrentActor() actor: Actor, @IdArg('id') id: string): Promise<CandidateEntity> {
    return this.service.get(actor, id);
  }

  @Mutation(() => Candidate, { description: 'Nominate a candidate while the election is nominating, by a route its rules allow.' })
  @Allow('election.act')
  nominateCandidate(@CurrentActor() actor: Actor, @Args('input') input: NominateCandidateInput): Promise<CandidateEntity> {
    return this.service.nominate(actor, input);
  }

  @Mutation(() => Candidate, { description: 'Put a nominee under qualification review.' })
  @Allow('election.act')
  startCandidateReview(@CurrentActor() a: Actor, @Args('input') i: CandidateStepInput) {
    return this.service.act(a, i.id, i.expectedVersion, { type: 'START_REVIEW' });
  }

  @Mutation(() => Candidate, {
    description: 'Approve at a review level; refused over an INELIGIBLE finding, other findings need a note (ELECTION_OFFICE).',
  })
  @Allow('election.act')
  approveCandidate(@CurrentActor() a: Actor, @Args('input') i: ApproveCandidateInput) {
    return this.service.act(a, i.id, i.expectedVersion, { type: 'APPROVE', level: i.level, ...(i.note ? { note: i.note } : {}) });
  }

  @Mutation(() => Candidate, { description: 'Disqualify with the reason and the review level (ELECTION_OFFICE).' })
  @Allow('election.act')
  disqualifyCandidate(@CurrentActor() a: Actor, @Args('input') i: DisqualifyCandidateInput) {
    return this.service.act(a, i.id, i.expectedVersion, { type: 'DISQUALIFY', level: i.level, reason: i.reason });
  }

  @Mutation(() => Candidate, { description: 'Make an approved candidate formal (commitment letters signed where required).' })
  @Allow('election.act')
  confirmFormalCandidate(@CurrentActor() a: Actor, @Args('input') i: ConfirmFormalCandidateInput) {
    return this.service.act(a, i.id, i.expectedVersion, {
      type: 'CONFIRM_FORMAL',
      commitmentsSignedOn: i.commitmentsSignedOn ?? null,
      ...late(i),
    });
  }

  @Mutation(() => Candidate, { description: 'Record a withdrawal before polling: reason, who initiated it, when.' })
  @Allow('election.act')
  withdrawCandidate(@CurrentActor() a: Actor, @Args('input') i: WithdrawCandidateInput) {
    return this.service.act(a, i.id, i.expectedVersion, {
      type: 'WITHDRAW',
      reason: i.reason,
      initiator: i.initiator,
      on: i.on,
      ...late(i),
    });
  }

  @ResolveField(() => Election)
  async election(@Parent() c: CandidateEntity, @Context() ctx: RequestContext): Promise<ElectionEntity> {
    return (await ctx.loaders.election.load(c.electionId))!;
  }

  @ResolveField(() => Person)
  person(@Parent() c: CandidateEntity) {
    return c.snapshot.context.person;
  }

  @ResolveField(() => [GivenDate], { description: 'Dates given for its steps (letters signed, withdrawal), with when they were recorded.' })
  datesGiven(@Parent() c: CandidateEntity) {
    return c.snapshot.context.datesGiven ?? [];
  }

  @ResolveField(() => Boolean, { description: 'A date was entered more than LATE_ENTRY_DAYS after it (补录).' })
  recordedLate(@Parent() c: CandidateEntity) {
    return (c.snapshot.context.datesGiven ?? []).some((g) => g.late);
  }

  @ResolveField(() => Int, { nullable: true, description: '海推: voters who took part in the nomination vote in person.' })
  massVoters(@Parent() c: CandidateEntity) {
    return c.snapshot.context.massVoters ?? null;
  }

  @ResolveField(() => String)
  nominatedOn(@Parent() c: CandidateEntity) {
    return c.snapshot.context.nominatedOn;
  }

  @ResolveField(() => [EligibilityFinding], { description: 'Reasons under the election’s rules, on its election day.' })
  async findings(@Parent() c: CandidateEntity, @Context() ctx: RequestContext) {
    const election = (await ctx.loaders.election.load(c.electionId))!;
    return this.service.findings(c, election);
  }

  @ResolveField(() => [CandidateReview])
  reviews(@Parent() c: CandidateEntity) {
    return c.snapshot.context.reviews;
  }

  @ResolveField(() => String, { nullable: true })
  commitmentsSignedOn(@Parent() c: CandidateEntity) {
    return c.snapshot.context.commitmentsSignedOn;
  }

  @ResolveField(() => CandidateWithdrawal, { nullable: true })
  withdrawal(@Parent() c: CandidateEntity) {
    return c.snapshot.context.withdrawal;
  }

  @ResolveField(() => CandidateDisqualification, { nullable: true })
  disqualification(@Parent() c: CandidateEntity) {
    return c.snapshot.context.disqualification;
  }

  @ResolveField(() => [AvailableAction], { complexity: 10 })
  availableActions(@Parent() c: CandidateEntity, @Context() ctx: RequestContext) {
    return this.service.availableActions(requireActor(ctx), c);
  }
}
