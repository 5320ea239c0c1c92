import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { ElectionEntity } from '@scrutineer/db';
import type { RoundInput } from '@scrutineer/domain';
import { Allow } from '../auth/access-rule.decorator.js';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import {
  AnswerRollObjectionInput,
  CompleteHandoverInput,
  ElectionReasonInput,
  ElectionStepInput,
  NewElectionDayInput,
  OpenPollingInput,
  PublishElectionNoticeInput,
  PublishVoterRollInput,
  RecordPreparationInput,
  RecordRollObjectionInput,
  RecordRoundInput,
  RescheduleElectionInput,
} from './dto/election.inputs.js';
import { late } from '../graphql/late-reason.js';
import { ElectionsService } from './elections.service.js';
import { Election } from './models/election.model.js';

const OFFICE = ' (ELECTION_OFFICE)';
const COMMITTEE = ' (ELECTION_COMMITTEE or ELECTION_OFFICE)';

/**
 * One mutation per step of the election lifecycle, each taking the version you read. A step the
 * election cannot take now is refused with INVALID_TRANSITION (what is possible and why not), one
 * your role cannot take with FORBIDDEN; nothing is written either way.
 */
@Resolver(() => Election)
export class ElectionStepsResolver {
  constructor(private readonly elections: ElectionsService) {}

  private step(actor: Actor, input: ElectionStepInput, type: string, payload: Record<string, unknown> = {}): Promise<ElectionEntity> {
    return this.elections.act(actor, input.id, input.expectedVersion, { type, ...payload });
  }

  @Mutation(() => Election, { description: `Submit a draft: to start approval (请示) where required, else to preparation${OFFICE}.` })
  @Allow('election.act')
  submitElection(@CurrentActor() a: Actor, @Args('input') i: ElectionStepInput) {
    return this.step(a, i, 'SUBMIT');
  }

  @Mutation(() => Election, { description: `Approve holding the election (批复)${OFFICE}.` })
  @Allow('election.act')
  approveElectionStart(@CurrentActor() a: Actor, @Args('input') i: ElectionStepInput) {
    return this.step(a, i, 'APPROVE_START');
  }

  @Mutation(() => Election, { description: `Send the request back to draft${OFFICE}.` })
  @Allow('election.act')
  rejectElectionStart(@CurrentActor() a: Actor, @Args('input') i: ElectionReasonInput) {
    return this.step(a, i, 'REJECT_START', { reason: i.reason });
  }

  @Mutation(() => Election, {
    description: `Record a preparation item done (选委会 formed, 选举办法 adopted, 离任审计 published)${COMMITTEE}.`,
  })
  @Allow('election.act')
  recordPreparation(@CurrentActor() a: Actor, @Args('input') i: RecordPreparationInput) {
    return this.step(a, i, 'RECORD_PREPARATION', { item: i.item, on: i.on, ...late(i) });
  }

  @Mutation(() => Election, { description: `Finish preparation: to the voter roll, or to nomination${COMMITTEE}.` })
  @Allow('election.act')
  completePreparation(@CurrentActor() a: Actor, @Args('input') i: ElectionStepInput) {
    return this.step(a, i, 'COMPLETE_PREPARATION');
  }

  @Mutation(() => Election, { description: `Publish the voter roll; the objection window opens${COMMITTEE}.` })
  @Allow('election.act')
  publishVoterRoll(@CurrentActor() a: Actor, @Args('input') i: PublishVoterRollInput) {
    return this.step(a, i, 'PUBLISH_ROLL', { publishedOn: i.publishedOn, registered: i.registered, ...late(i) });
  }

  @Mutation(() => Election, { description: `Record an objection to the roll (within the window)${COMMITTEE}.` })
  @Allow('election.act')
  recordRollObjection(@CurrentActor() a: Actor, @Args('input') i: RecordRollObjectionInput) {
    return this.step(a, i, 'RECORD_OBJECTION', { receivedOn: i.receivedOn, summary: i.summary, ...late(i) });
  }

  @Mutation(() => Election, { description: `Answer an objection (解释或调整)${COMMITTEE}.` })
  @Allow('election.act')
  answerRollObjection(@CurrentActor() a: Actor, @Args('input') i: AnswerRollObjectionInput) {
    return this.step(a, i, 'ANSWER_OBJECTION', { objection: i.objection, answeredOn: i.answeredOn, outcome: i.outcome, ...late(i) });
  }

  @Mutation(() => Election, { description: `Close the roll once the window passed and every objection is answered${COMMITTEE}.` })
  @Allow('election.act')
  closeVoterRoll(@CurrentActor() a: Actor, @Args('input') i: ElectionStepInput) {
    return this.step(a, i, 'CLOSE_ROLL');
  }

  @Mutation(() => Election, { description: `Close nomination (enough nominees for the seats)${COMMITTEE}.` })
  @Allow('election.act')
  closeNomination(@CurrentActor() a: Actor, @Args('input') i: ElectionStepInput) {
    return this.step(a, i, 'CLOSE_NOMINATION');
  }

  @Mutation(() => Election, { description: `Finish the qualification review${COMMITTEE}.` })
  @Allow('election.act')
  completeCandidateReview(@CurrentActor() a: Actor, @Args('input') i: ElectionStepInput) {
    return this.step(a, i, 'COMPLETE_REVIEW');
  }

  @Mutation(() => Election, { description: `Approve the candidate list (差额 checked)${OFFICE}.` })
  @Allow('election.act')
  approveCandidateList(@CurrentActor() a: Actor, @Args('input') i: ElectionStepInput) {
    return this.step(a, i, 'APPROVE_CANDIDATES');
  }

  @Mutation(() => Election, {
    description: `Return the candidate list to nomination (on upper review, or when withdrawals broke the 差额 before polling)${OFFICE}.`,
  })
  @Allow('election.act')
  returnCandidateList(@CurrentActor() a: Actor, @Args('input') i: ElectionReasonInput) {
    return this.step(a, i, 'RETURN_CANDIDATES', { reason: i.reason });
  }

  @Mutation(() => Election, { description: `Record the notice of the meeting as posted (days before election day checked)${COMMITTEE}.` })
  @Allow('election.act')
  publishElectionNotice(@CurrentActor() a: Actor, @Args('input') i: PublishElectionNoticeInput) {
    return this.step(a, i, 'PUBLISH_NOTICE', { postedOn: i.postedOn, ...late(i) });
  }

  @Mutation(() => Election, { description: `Move election day before polling; deadlines move with it${COMMITTEE}.` })
  @Allow('election.act')
  rescheduleElection(@CurrentActor() a: Actor, @Args('input') i: RescheduleElectionInput) {
    return this.step(a, i, 'RESCHEDULE', { electionDay: i.electionDay, reason: i.reason });
  }

  @Mutation(() => Election, { description: `Open polling on election day (attendance counted where the quorum needs it)${COMMITTEE}.` })
  @Allow('election.act')
  openPolling(@CurrentActor() a: Actor, @Args('input') i: OpenPollingInput) {
    return this.step(a, i, 'OPEN_POLLING', {
      secretBoothReady: i.secretBoothReady,
      ...(i.entitled !== undefined ? { entitled: i.entitled } : {}),
      ...(i.present !== undefined ? { present: i.present } : {}),
    });
  }

  @Mutation(() => Election, {
    description: `Record a round's numbers; the tally engine decides who is elected and what comes next${COMMITTEE}.`,
  })
  @Allow('election.act')
  recordRound(@CurrentActor() a: Actor, @Args('input') i: RecordRoundInput) {
    const round: RoundInput = {
      kind: i.kind,
      revote: i.revote,
      registered: i.registered,
      entitled: i.entitled,
      present: { inPerson: i.presentInPerson, byProxy: i.presentByProxy, byMobileBox: i.presentByMobileBox },
      ballotsIssued: i.ballotsIssued,
      ballotsReturned: i.ballotsReturned,
      ballotsInvalid: i.ballotsInvalid,
      maxProxiesPerHolder: i.maxProxiesPerHolder,
      posts: i.posts.map((p) => ({
        post: p.post,
        seats: p.seats,
        votes: p.votes.map((v) => ({ candidateId: v.candidateId, votes: v.votes })),
      })),
    };
    return this.step(a, i, 'RECORD_ROUND', { round });
  }

  @Mutation(() => Election, { description: `Approve the result (审查批准), where it takes effect only so${OFFICE}.` })
  @Allow('election.act')
  approveElectionResult(@CurrentActor() a: Actor, @Args('input') i: ElectionStepInput) {
    return this.step(a, i, 'APPROVE_RESULT');
  }

  @Mutation(() => Election, { description: `Refuse the result: the election is void${OFFICE}.` })
  @Allow('election.act')
  rejectElectionResult(@CurrentActor() a: Actor, @Args('input') i: ElectionReasonInput) {
    return this.step(a, i, 'REJECT_RESULT', { reason: i.reason });
  }

  @Mutation(() => Election, { description: `Issue the certificates (当选证书); refused while a blocking item is open${OFFICE}.` })
  @Allow('election.act')
  certifyElection(@CurrentActor() a: Actor, @Args('input') i: ElectionStepInput) {
    return this.step(a, i, 'CERTIFY');
  }

  @Mutation(() => Election, { description: `Record the handover (交接)${COMMITTEE}.` })
  @Allow('election.act')
  completeHandover(@CurrentActor() a: Actor, @Args('input') i: CompleteHandoverInput) {
    return this.step(a, i, 'COMPLETE_HANDOVER', { on: i.on, ...late(i) });
  }

  @Mutation(() => Election, { description: `Archive a finished election${OFFICE}.` })
  @Allow('election.act')
  archiveElection(@CurrentActor() a: Actor, @Args('input') i: ElectionStepInput) {
    return this.step(a, i, 'ARCHIVE');
  }

  @Mutation(() => Election, { description: `Defer the election before polling (暂缓选举)${OFFICE}.` })
  @Allow('election.act')
  deferElection(@CurrentActor() a: Actor, @Args('input') i: ElectionReasonInput) {
    return this.step(a, i, 'DEFER', { reason: i.reason });
  }

  @Mutation(() => Election, { description: `Suspend the election, e.g. on a boycott (罢选)${OFFICE}.` })
  @Allow('election.act')
  suspendElection(@CurrentActor() a: Actor, @Args('input') i: ElectionReasonInput) {
    return this.step(a, i, 'SUSPEND', { reason: i.reason });
  }

  @Mutation(() => Election, { description: `Resume a deferred or suspended election where it left off${OFFICE}.` })
  @Allow('election.act')
  resumeElection(@CurrentActor() a: Actor, @Args('input') i: ElectionReasonInput) {
    return this.step(a, i, 'RESUME', { reason: i.reason });
  }

  @Mutation(() => Election, {
    description: `Cancel (取消) an election before polling opens, or one that failed or was annulled; candidates who stood in a vote are recorded as defeated${OFFICE}.`,
  })
  @Allow('election.act')
  cancelElection(@CurrentActor() a: Actor, @Args('input') i: ElectionReasonInput) {
    return this.step(a, i, 'CANCEL', { reason: i.reason });
  }

  @Mutation(() => Election, { description: `Annul the election (选举无效 / 当选无效), e.g. on an upheld complaint${OFFICE}.` })
  @Allow('election.act')
  annulElection(@CurrentActor() a: Actor, @Args('input') i: ElectionReasonInput) {
    return this.step(a, i, 'ANNUL', { reason: i.reason });
  }

  @Mutation(() => Election, { description: `Re-run an annulled election from nomination, for a new election day${OFFICE}.` })
  @Allow('election.act')
  rerunElection(@CurrentActor() a: Actor, @Args('input') i: NewElectionDayInput) {
    return this.step(a, i, 'RERUN', { electionDay: i.electionDay, reason: i.reason });
  }

  @Mutation(() => Election, {
    description: `After a failed election, hold a by-election (补选) for the vacant seats only: nomination opens again for a new election day${OFFICE}.`,
  })
  @Allow('election.act')
  reopenVacancies(@CurrentActor() a: Actor, @Args('input') i: NewElectionDayInput) {
    return this.step(a, i, 'REOPEN_VACANCIES', { electionDay: i.electionDay, reason: i.reason });
  }

  @Mutation(() => Election, { description: `Have the upper body dispatch a secretary (下派; Party organisations)${OFFICE}.` })
  @Allow('election.act')
  dispatchSecretary(@CurrentActor() a: Actor, @Args('input') i: ElectionReasonInput) {
    return this.step(a, i, 'DISPATCH_SECRETARY', { reason: i.reason });
  }
}
