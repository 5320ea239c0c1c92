import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { CaseEntity } from '@scrutineer/db';
import { Allow } from '../auth/access-rule.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { late } from '../graphql/late-reason.js';
import { CasesService } from './cases.service.js';
import {
  AcceptCaseInput,
  CaseReasonInput,
  AssignCaseInput,
  CaseStepInput,
  DecideCaseInput,
  DecideCaseReviewInput,
  ExtendCaseInput,
  MarkCaseBlockingInput,
  MergeCaseInput,
  ReferCaseInput,
  ReplyCaseInput,
  RequestCaseReviewInput,
  TransferCaseInput,
} from './dto/case.inputs.js';
import { Case } from './models/case.model.js';

const HANDLER = ' (PETITION_HANDLER)';

/** The decision's day, when given, and the reason for entering it late. */
const dated = (i: { decidedOn?: string; lateReason?: string }) => ({ ...(i.decidedOn ? { decidedOn: i.decidedOn } : {}), ...late(i) });

/**
 * One mutation per step of a case, each taking the version you read. A step the case cannot take now
 * is refused with INVALID_TRANSITION (what is possible and why not); nothing is written either way.
 */
@Resolver(() => Case)
export class CaseStepsResolver {
  constructor(private readonly cases: CasesService) {}

  private step(actor: Actor, input: CaseStepInput, type: string, payload: Record<string, unknown> = {}): Promise<CaseEntity> {
    return this.cases.act(actor, input.id, input.expectedVersion, { type, ...payload });
  }

  @Mutation(() => Case, { description: `Register a case filed by the public (登记); its acceptance clock runs from receipt${HANDLER}.` })
  @Allow('case.act')
  registerReceivedCase(@CurrentActor() a: Actor, @Args('input') i: CaseStepInput) {
    return this.step(a, i, 'REGISTER');
  }

  @Mutation(() => Case, { description: `Accept the case (受理): the 60-day handling clock starts${HANDLER}.` })
  @Allow('case.act')
  acceptCase(@CurrentActor() a: Actor, @Args('input') i: AcceptCaseInput) {
    return this.cases.accept(a, i.id, i.expectedVersion, i.reason, i.sameMatterAsCaseId, dated(i));
  }

  @Mutation(() => Case, { description: `Do not accept it (不予受理), with the reason the complainant is told${HANDLER}.` })
  @Allow('case.act')
  rejectCase(@CurrentActor() a: Actor, @Args('input') i: CaseReasonInput) {
    return this.step(a, i, 'NOT_ACCEPT', { reason: i.reason, ...dated(i) });
  }

  @Mutation(() => Case, { description: `Refer it to the competent body (转送)${HANDLER}.` })
  @Allow('case.act')
  referCase(@CurrentActor() a: Actor, @Args('input') i: ReferCaseInput) {
    return this.step(a, i, 'REFER', { referredTo: i.referredTo, reason: i.reason, ...dated(i) });
  }

  @Mutation(() => Case, {
    description: `Merge a duplicate into the case it repeats; its complainant is told to follow that one${HANDLER}.`,
  })
  @Allow('case.act')
  mergeCase(@CurrentActor() a: Actor, @Args('input') i: MergeCaseInput) {
    return this.cases.merge(a, i.id, i.expectedVersion, i.intoCaseId, i.reason, dated(i));
  }

  @Mutation(() => Case, { description: `Assign a handler of the case’s unit${HANDLER}.` })
  @Allow('case.act')
  assignCase(@CurrentActor() a: Actor, @Args('input') i: AssignCaseInput) {
    return this.cases.assign(a, i.id, i.expectedVersion, i.assigneeId);
  }

  @Mutation(() => Case, { description: `Hand the case to another unit or level (上报, 交办); audited${HANDLER}.` })
  @Allow('case.act')
  transferCase(@CurrentActor() a: Actor, @Args('input') i: TransferCaseInput) {
    return this.cases.transfer(a, i.id, i.expectedVersion, i.jurisdictionId, i.reason);
  }

  @Mutation(() => Case, { description: `Mark the case as holding up the election’s certification, or not${HANDLER}.` })
  @Allow('case.act')
  markCaseBlocking(@CurrentActor() a: Actor, @Args('input') i: MarkCaseBlockingInput) {
    return this.step(a, i, 'MARK_BLOCKING', { blocking: i.blocking, reason: i.reason });
  }

  @Mutation(() => Case, {
    description: `Extend the handling time once, by at most 30 days, approved by someone other than the handler; the complainant sees the reason${HANDLER}.`,
  })
  @Allow('case.act')
  extendCase(@CurrentActor() a: Actor, @Args('input') i: ExtendCaseInput) {
    return this.step(a, i, 'EXTEND', { days: i.days, reason: i.reason, ...dated(i) });
  }

  @Mutation(() => Case, {
    description: `Record the finding and remedies; ANNUL_ELECTION and DISQUALIFY_CANDIDATE reach the election${HANDLER}.`,
  })
  @Allow('case.act')
  decideCase(@CurrentActor() a: Actor, @Args('input') i: DecideCaseInput) {
    return this.step(a, i, 'DECIDE', { finding: i.finding ?? null, remedies: i.remedies, summary: i.summary, ...dated(i) });
  }

  @Mutation(() => Case, {
    description: `Record the written reply (书面答复); the complainant’s 30 days to ask for review start${HANDLER}.`,
  })
  @Allow('case.act')
  replyToCase(@CurrentActor() a: Actor, @Args('input') i: ReplyCaseInput) {
    return this.step(a, i, 'REPLY', { repliedOn: i.repliedOn, text: i.text, ...late(i) });
  }

  @Mutation(() => Case, { description: `Record a request for review (复查) received within 30 days of the reply${HANDLER}.` })
  @Allow('case.act')
  requestCaseReview(@CurrentActor() a: Actor, @Args('input') i: RequestCaseReviewInput) {
    return this.step(a, i, 'REQUEST_REVIEW', { receivedOn: i.receivedOn, reason: i.reason, ...late(i) });
  }

  @Mutation(() => Case, { description: `Decide the review (复查意见), within 30 days${HANDLER}.` })
  @Allow('case.act')
  decideCaseReview(@CurrentActor() a: Actor, @Args('input') i: DecideCaseReviewInput) {
    return this.step(a, i, 'DECIDE_REVIEW', { finding: i.finding, remedies: i.remedies, summary: i.summary, reply: i.reply, ...dated(i) });
  }

  @Mutation(() => Case, { description: `Record a request for re-review (复核) received within 30 days of the review${HANDLER}.` })
  @Allow('case.act')
  requestCaseReReview(@CurrentActor() a: Actor, @Args('input') i: RequestCaseReviewInput) {
    return this.step(a, i, 'REQUEST_RE_REVIEW', { receivedOn: i.receivedOn, reason: i.reason, ...late(i) });
  }

  @Mutation(() => Case, { description: `Decide the re-review (复核意见): final; the same matter is not accepted again${HANDLER}.` })
  @Allow('case.act')
  decideCaseReReview(@CurrentActor() a: Actor, @Args('input') i: DecideCaseReviewInput) {
    return this.step(a, i, 'DECIDE_RE_REVIEW', {
      finding: i.finding,
      remedies: i.remedies,
      summary: i.summary,
      reply: i.reply,
      ...dated(i),
    });
  }
}
