import type { Role } from '../access/roles.js';
import { electionDayProblem, givenDateProblem, windowStart, type DateBound } from '../calendar/given-date.js';
import { addDays, daysBetween, type LocalDate } from '../calendar/local-date.js';
import { bodySize, candidateMargin } from '../rules/profile-rules.js';
import type { NominationRoute } from '../rules/profile.js';
import { roundInputProblems } from '../rules/tally.js';
import { describeThreshold, meets, minimumToMeet } from '../rules/threshold.js';
import { role, systemOnly } from '../workflow/actor-rules.js';
import { all, fail, not, pass, type Rule, type RuleResult } from '../workflow/rules.js';
import type { ElectionContext, ElectionEvent } from './election.types.js';

/**
 * The election's guards, each a rule that says why it refuses (ARCHITECTURE.md §7), with the
 * profile's numbers and sources. Who may act comes first, so a wrong role reads as FORBIDDEN.
 */
type ElectionRule = Rule<ElectionContext, ElectionEvent>;

/** 换届办 / the upper body: approvals, certificates, side paths. */
const OFFICE: readonly Role[] = ['ELECTION_OFFICE'];
/** Steps the election committee takes; the office may record them too. */
const COMMITTEE: readonly Role[] = ['ELECTION_COMMITTEE', 'ELECTION_OFFICE'];

const r =
  (check: (context: ElectionContext, event: ElectionEvent) => RuleResult): ElectionRule =>
  ({ context, event }) =>
    check(context, event);

const totalSeats = (c: ElectionContext): number => c.posts.reduce((n, p) => n + p.seats, 0);

export const seatsFitBody = r((c) => bodySize(c.profile, c.organizationType, c.memberCount, totalSeats(c)));

/** A date the event gives, checked against today, the late-entry rule and the dates it may not precede. */
const givenOn = (e: ElectionEvent, field: string, date: LocalDate | undefined, notBefore: DateBound[]): RuleResult =>
  givenDateProblem({
    field,
    date,
    today: e.facts.today,
    lateEntryDays: e.facts.lateEntryDays,
    lateReason: 'lateReason' in e ? e.lateReason : undefined,
    notBefore,
  });

const created = (c: ElectionContext): DateBound => ({ on: c.createdOn, what: 'the election was created', step: 'ELECTION_CREATED' });

/** The latest preparation item recorded: the roll follows preparation. */
const lastPreparation = (c: ElectionContext): DateBound => {
  const [item, on] = Object.entries(c.preparation).sort(([, a], [, b]) => (a < b ? 1 : -1))[0] ?? [];
  return { on, what: `preparation (${item}) was recorded as done`, step: 'PREPARATION_RECORDED' };
};

const rollBound = (c: ElectionContext): DateBound => ({
  on: c.roll.publishedOn,
  what: 'the voter roll was published',
  step: 'ROLL_PUBLISHED',
});

/** The dates each dated step gives, with what they may not precede. */
export const datesValid = r((c, e) => {
  switch (e.type) {
    case 'RECORD_PREPARATION':
      return givenOn(e, 'on', e.on, [created(c)]);
    case 'PUBLISH_ROLL':
      return givenOn(e, 'publishedOn', e.publishedOn, [created(c), lastPreparation(c)]);
    case 'RECORD_OBJECTION':
      return givenOn(e, 'receivedOn', e.receivedOn, [rollBound(c)]);
    case 'ANSWER_OBJECTION': {
      const objection = c.roll.objections.find((o) => o.number === e.objection);
      return givenOn(e, 'answeredOn', e.answeredOn, [
        { on: objection?.receivedOn, what: `objection ${e.objection} was received`, step: 'OBJECTION_RECEIVED' },
      ]);
    }
    case 'PUBLISH_NOTICE':
      return givenOn(e, 'postedOn', e.postedOn, [created(c), rollBound(c)]);
    case 'COMPLETE_HANDOVER':
      return givenOn(e, 'on', e.on, [{ on: c.pollingOpenedOn, what: 'polling opened', step: 'POLLING_OPENED' }]);
    default:
      return pass();
  }
});

/** The last day the roll may be objected to (older contexts: counted from the day published). */
export const objectionsUntil = (c: ElectionContext): LocalDate | null => {
  const days = c.profile.schedule.objectionFileDays.value;
  if (days === null || c.roll.publishedOn === null) return null;
  return c.roll.objectionsUntil ?? addDays(c.roll.publishedOn, days);
};

export const needsStartApproval = r((c) =>
  c.profile.steps.startApproval.value ? pass() : fail('start-approval', 'this kind of election starts without approval'),
);

export const preparationDone = r((c) => {
  const missing = c.profile.steps.preparation.filter((item) => !c.preparation[item]);
  return missing.length === 0
    ? pass()
    : fail('preparation', `Preparation is not finished: ${missing.join(', ')} still to record`, {
        citation: 'seed 002:297–299; seed 000 L101, L171',
        values: { missing: missing.join(',') },
      });
});

export const hasVoterRoll = r((c) =>
  c.profile.steps.voterRoll.value ? pass() : fail('voter-roll', 'this kind of election keeps no published roll'),
);

const rollNotYetPublished = r((c) =>
  c.roll.publishedOn === null
    ? pass()
    : fail('roll-published', `The roll was already published on ${c.roll.publishedOn}`, { values: { publishedOn: c.roll.publishedOn } }),
);

const rollPublished = r((c) => (c.roll.publishedOn !== null ? pass() : fail('roll-unpublished', 'Publish the voter roll first')));

const objectionInWindow = r((c, e) => {
  const days = c.profile.schedule.objectionFileDays.value;
  const last = objectionsUntil(c);
  if (e.type !== 'RECORD_OBJECTION' || days === null || last === null || e.receivedOn === undefined) return pass();
  return e.receivedOn <= last
    ? pass()
    : fail(
        'objection-window',
        `Objections may be filed until ${last} (${days} days after the roll was published on ${c.roll.publishedOn}, or recorded if later)`,
        {
          citation: c.profile.schedule.objectionFileDays.citation,
          values: { publishedOn: c.roll.publishedOn, receivedOn: e.receivedOn, until: last, days },
        },
      );
});

const objectionOpen = r((c, e) => {
  if (e.type !== 'ANSWER_OBJECTION' || e.objection === undefined) return pass();
  const objection = c.roll.objections.find((o) => o.number === e.objection);
  if (!objection) return fail('objection-unknown', `There is no objection number ${e.objection}`, { values: { objection: e.objection } });
  return objection.answeredOn === null
    ? pass()
    : fail('objection-answered', `Objection ${e.objection} was answered on ${objection.answeredOn}`, {
        values: { objection: e.objection, answeredOn: objection.answeredOn },
      });
});

export const rollClosable = r((c) => {
  if (c.roll.publishedOn === null) return fail('roll-unpublished', 'Publish the voter roll first');
  const days = c.profile.schedule.objectionFileDays.value;
  if (days !== null && !c.roll.objectionWindowClosed) {
    return fail('objection-window-open', `Objections may still be filed until ${objectionsUntil(c)}`, {
      citation: c.profile.schedule.objectionFileDays.citation,
      values: { publishedOn: c.roll.publishedOn, days, until: objectionsUntil(c) },
    });
  }
  const open = c.roll.objections.filter((o) => o.answeredOn === null).length;
  return open === 0
    ? pass()
    : fail('objections-open', `${open} objection(s) to the roll are not answered yet`, {
        citation: c.profile.schedule.objectionAnswerDays.citation,
        values: { open },
      });
});

/** Posts with seats still to fill and how many: all seats before polling, the vacancies after a failure. */
export const openPosts = (c: ElectionContext): { post: string; seats: number }[] =>
  c.posts.map((p) => ({ post: p.post, seats: c.vacancies[p.post] ?? p.seats })).filter((p) => p.seats > 0);

const everyPost = (c: ElectionContext, check: (post: string, seats: number) => RuleResult): RuleResult => {
  for (const { post, seats } of openPosts(c)) {
    const result = check(post, seats);
    if (!result.ok) return result;
  }
  return pass();
};

/** Formal candidates for a post still standing: not withdrawn, not already elected in an earlier round. */
const formalStanding = (c: ElectionContext, e: ElectionEvent, post: string): number =>
  (e.facts.formalIds[post] ?? []).filter((id) => !(c.elected[post] ?? []).includes(id)).length;

export const nominationsSufficient = r((c, e) =>
  everyPost(c, (post, seats) => {
    const n = e.facts.candidates[post];
    const standing = (n ? n.nominated + n.underReview + n.approved : 0) + formalStanding(c, e, post);
    const ratio = c.profile.candidates.initialListRatio.value;
    if (ratio !== null && standing < ratio * seats) {
      return fail(
        'initial-list',
        `${post}: ${standing} nominee(s) for ${seats} seat(s); the initial list is 1:${ratio}, so ${ratio * seats} are needed`,
        {
          citation: c.profile.candidates.initialListRatio.citation,
          values: { post, seats, nominees: standing, needed: ratio * seats, ratio },
        },
      );
    }
    return candidateMargin(c.profile, post, seats, standing);
  }),
);

export const reviewFinished = r((c, e) =>
  everyPost(c, (post, seats) => {
    const n = e.facts.candidates[post];
    const pending = n ? n.nominated + n.underReview : 0;
    if (pending > 0) {
      return fail('review-pending', `${post}: ${pending} candidate(s) still to be reviewed`, {
        citation: 'seed 002:305; seed 000 L171',
        values: { post, pending },
      });
    }
    return candidateMargin(c.profile, post, seats, (n ? n.approved : 0) + formalStanding(c, e, post));
  }),
);

export const needsCandidateApproval = r((c) =>
  c.profile.steps.candidateApproval.value ? pass() : fail('candidate-approval', 'no upper approval of the candidate list'),
);

export const marginOfApproved = r((c, e) =>
  everyPost(c, (post, seats) => {
    const n = e.facts.candidates[post];
    return candidateMargin(c.profile, post, seats, (n ? n.approved : 0) + formalStanding(c, e, post));
  }),
);

/**
 * Before the notice and again when polling opens: every candidate on the list is formal, and the
 * formal candidates still standing keep the 差额 (a withdrawal after the notice can break it).
 */
export const candidatesReady = r((c, e) =>
  everyPost(c, (post, seats) => {
    const n = e.facts.candidates[post];
    const pending = n ? n.nominated + n.underReview + n.approved : 0;
    if (pending > 0) {
      return fail(
        'candidates-not-formal',
        `${post}: ${pending} candidate(s) are not formal yet; confirm them or record the outcome first`,
        {
          values: { post, pending },
        },
      );
    }
    return candidateMargin(c.profile, post, seats, formalStanding(c, e, post));
  }),
);

export const commitmentsSigned = r((c, e) => {
  if (!c.profile.candidates.commitmentLetters.value) return pass();
  const missing = Object.values(e.facts.candidates).reduce((n, p) => n + p.withoutCommitments, 0);
  return missing === 0
    ? pass()
    : fail('commitments', `${missing} candidate(s) have not signed the commitment letters`, {
        citation: c.profile.candidates.commitmentLetters.citation,
        values: { missing },
      });
});

/**
 * The notice must stand at least the profile's days before election day, counted from the later of the
 * day it was posted and the day that was recorded: a notice entered late is not believed to have stood longer.
 */
const noticeDaysBefore = (c: ElectionContext, countsFrom: LocalDate, postedOn: LocalDate, electionDay: LocalDate): RuleResult => {
  const min = c.profile.schedule.noticeMinDaysBefore.value;
  if (min === null) return pass();
  const days = daysBetween(countsFrom, electionDay);
  const counted = countsFrom === postedOn ? `posted ${days} day(s)` : `posted on ${postedOn} but recorded on ${countsFrom}, ${days} day(s)`;
  return days >= min
    ? pass()
    : fail('notice-days', `The notice was ${counted} before election day ${electionDay}; at least ${min} are required`, {
        citation: c.profile.schedule.noticeMinDaysBefore.citation,
        values: { postedOn, countsFrom, electionDay, days, required: min },
      });
};

export const noticeInTime = r((c, e) => {
  if (e.type !== 'PUBLISH_NOTICE' || e.postedOn === undefined) return pass();
  return noticeDaysBefore(c, windowStart(e.postedOn, e.facts.today), e.postedOn, c.electionDay);
});

/**
 * A candidacy by a route with a closing day (自荐 T-10, 海推 T-5) must still fall inside its window when
 * election day moves: moving the day earlier can put nominations already taken after their close.
 */
const nominationsStillInWindow = (c: ElectionContext, e: ElectionEvent, electionDay: LocalDate): RuleResult => {
  const windows: [NominationRoute, number | null, string, string][] = [
    [
      'SELF',
      c.profile.schedule.selfNominationClosesDaysBefore.value,
      c.profile.schedule.selfNominationClosesDaysBefore.citation,
      'Self-nomination (自荐)',
    ],
    ['MASS', c.profile.schedule.massNominationByDaysBefore.value, c.profile.schedule.massNominationByDaysBefore.citation, '海推'],
  ];
  for (const [route, days, citation, name] of windows) {
    if (days === null) continue;
    const closes = addDays(electionDay, -days);
    const late = e.facts.nominations.filter((n) => n.route === route && n.nominatedOn > closes).map((n) => n.nominatedOn);
    if (late.length > 0) {
      const latest = late.sort().at(-1)!;
      return fail(
        'reschedule-nomination-window',
        `${name} closes ${days} days before election day: with election day ${electionDay} it would have closed on ${closes}, but ${late.length} candidacy(ies) by that route were taken later (the latest on ${latest})`,
        { citation, values: { electionDay, closes, route, nominations: late.length, latest, days } },
      );
    }
  }
  return pass();
};

export const rescheduleAllowed = r((c, e) => {
  if (e.type !== 'RESCHEDULE' || e.electionDay === undefined) return pass();
  const plausible = electionDayProblem('electionDay', e.electionDay, e.facts.today);
  if (!plausible.ok) return plausible;
  if (daysBetween(e.facts.today, e.electionDay) < 0)
    return fail('reschedule-past', `Election day ${e.electionDay} is in the past`, {
      values: { today: e.facts.today, electionDay: e.electionDay },
    });
  const notice = c.noticePostedOn ? noticeDaysBefore(c, c.noticeCountsFrom ?? c.noticePostedOn, c.noticePostedOn, e.electionDay) : pass();
  return notice.ok ? nominationsStillInWindow(c, e, e.electionDay) : notice;
});

/** A re-run or by-election (补选) sets a new election day, today or later. */
export const newElectionDayAhead = r((_, e) => {
  if ((e.type !== 'RERUN' && e.type !== 'REOPEN_VACANCIES') || e.electionDay === undefined) return pass();
  const plausible = electionDayProblem('electionDay', e.electionDay, e.facts.today);
  if (!plausible.ok) return plausible;
  return daysBetween(e.facts.today, e.electionDay) >= 0
    ? pass()
    : fail('election-day-past', `Election day ${e.electionDay} is in the past`, {
        values: { today: e.facts.today, electionDay: e.electionDay },
      });
});

export const electionDayReached = r((c, e) =>
  daysBetween(c.electionDay, e.facts.today) >= 0
    ? pass()
    : fail('before-election-day', `Polling opens on election day, ${c.electionDay}`, {
        values: { today: e.facts.today, electionDay: c.electionDay },
      }),
);

export const secretBoothReady = r((c, e) =>
  !c.profile.voting.secretBooth.value || e.type !== 'OPEN_POLLING' || e.secretBoothReady !== false
    ? pass()
    : fail('secret-booth', 'A secret writing booth is required before polling opens', { citation: c.profile.voting.secretBooth.citation }),
);

/** Where the quorum is about attendance (Party: 到會人數超過應到會人數的五分之四), voting cannot begin without it. */
export const quorumAtOpening = r((c, e) => {
  const q = c.profile.tally.quorum;
  if (q.measure !== 'PRESENT' || e.type !== 'OPEN_POLLING') return pass();
  if (e.entitled === undefined || e.present === undefined) {
    return fail('attendance-missing', 'Count those entitled to attend (应到会) and those present before polling opens', {
      citation: q.citation,
    });
  }
  if (e.present > e.entitled) {
    return fail('attendance-inconsistent', `More present (${e.present}) than entitled (${e.entitled})`, {
      values: { present: e.present, entitled: e.entitled },
    });
  }
  return meets(e.present, e.entitled, q)
    ? pass()
    : fail('quorum', `quorum: ${e.present} of ${e.entitled} present, ${describeThreshold(q, e.entitled)} needed`, {
        citation: q.citation,
        values: { present: e.present, entitled: e.entitled, needed: minimumToMeet(e.entitled, q), base: e.entitled, counted: e.present },
      });
});

/** The round recorded must be the one owed: re-vote among the tied, then other rounds for vacancies. */
export const roundExpected = r((c, e) => {
  if (e.type !== 'RECORD_ROUND' || e.round === undefined) return pass();
  const round = e.round;
  const problems = roundInputProblems(round);
  if (problems.length > 0) {
    return fail('round-inconsistent', `The numbers do not add up: ${problems.join('; ')}`, { values: { problems: problems.length } });
  }
  if (c.roll.registered !== null && round.registered !== c.roll.registered) {
    return fail('round-registered', `The roll has ${c.roll.registered} registered voters, not ${round.registered}`, {
      values: { roll: c.roll.registered, round: round.registered },
    });
  }
  if (c.attendance !== null && round.entitled !== c.attendance.entitled) {
    return fail(
      'round-entitled',
      `${c.attendance.entitled} were counted as entitled to attend when polling opened, not ${round.entitled}`,
      {
        values: { counted: c.attendance.entitled, round: round.entitled },
      },
    );
  }
  const tiedPosts = Object.keys(c.ties);
  if (tiedPosts.length > 0) {
    if (!round.revote) {
      return fail('revote-owed', `A re-vote among tied candidates is owed first for: ${tiedPosts.join(', ')}`, {
        values: { posts: tiedPosts.join(',') },
      });
    }
    for (const p of round.posts) {
      const tie = c.ties[p.post];
      if (!tie) return fail('revote-post', `No re-vote is owed for ${p.post}`, { values: { post: p.post } });
      if (p.seats !== tie.seats) {
        return fail('revote-seats', `${p.post}: the re-vote is for ${tie.seats} seat(s)`, { values: { post: p.post, seats: tie.seats } });
      }
      if (round.kind !== tie.kind) {
        return fail('revote-kind', `${p.post}: the tie arose in a ${tie.kind} round; its re-vote is one too`, {
          values: { post: p.post, kind: tie.kind },
        });
      }
      const outsiders = p.votes.filter((v) => !tie.candidateIds.includes(v.candidateId));
      if (outsiders.length) {
        return fail('revote-candidates', `${p.post}: only the tied candidates stand in the re-vote`, { values: { post: p.post } });
      }
    }
    return pass();
  }
  if (round.revote) return fail('revote-not-owed', 'No tie is pending: record a regular round');
  const firstOfSeries = c.countedRounds === 0;
  if (firstOfSeries && round.kind !== 'REGULAR') {
    return fail('round-kind', 'The first round is a regular round', { values: { expected: 'REGULAR' } });
  }
  if (!firstOfSeries && round.kind !== 'EXTRA') {
    return fail('round-kind', 'Seats left unfilled are filled in another round (另行选举)', { values: { expected: 'EXTRA' } });
  }
  for (const p of round.posts) {
    const open = c.vacancies[p.post];
    if (open === undefined || open === 0) return fail('round-post', `${p.post} has no open seats`, { values: { post: p.post } });
    if (p.seats !== open) {
      return fail('round-seats', `${p.post}: ${open} seat(s) are open, not ${p.seats}`, { values: { post: p.post, open, seats: p.seats } });
    }
    const formal = e.facts.formalIds[p.post] ?? [];
    const elected = c.elected[p.post] ?? [];
    const strangers = p.votes.filter((v) => !formal.includes(v.candidateId) || elected.includes(v.candidateId));
    if (strangers.length) {
      return fail(
        'round-candidates',
        `${p.post}: votes for ${strangers.map((s) => s.candidateId).join(', ')}, who are not formal candidates still standing`,
        { values: { post: p.post, candidates: strangers.length } },
      );
    }
  }
  const missing = Object.entries(c.vacancies).filter(([post, n]) => n > 0 && !round.posts.some((p) => p.post === post));
  return missing.length === 0
    ? pass()
    : fail('round-posts', `The round must cover every post with open seats: ${missing.map(([p]) => p).join(', ')}`, {
        values: { posts: missing.map(([p]) => p).join(',') },
      });
});

export const noOpenBlockers = r((_, e) => {
  const open = e.facts.blockers;
  if (open.length === 0) return pass();
  const named = open.map((b) =>
    b.kind === 'COMPLAINT_CASE'
      ? `complaint case ${b.reference} (${b.summary}, ${b.state})`
      : `rectification order ${b.reference} (${b.summary}, due ${b.dueOn}, ${b.state})`,
  );
  return fail('open-blockers', `Certification waits for ${named.join('; ')}`, {
    citation: [...new Set(open.map((b) => b.citation))].join('; '),
    values: {
      complaintCases: open.filter((b) => b.kind === 'COMPLAINT_CASE').length,
      rectificationOrders: open.filter((b) => b.kind === 'RECTIFICATION_ORDER').length,
      references: open.map((b) => b.reference).join(','),
    },
  });
});

export const compositionAllows = r((c, e) =>
  e.facts.compositionBlocking.length === 0
    ? pass()
    : fail('composition', `The elected body misses blocking targets: ${e.facts.compositionBlocking.join('; ')}`, {
        citation: c.profile.body.composition.map((t) => t.citation).join('; '),
        values: { targets: e.facts.compositionBlocking.length },
      }),
);

export const notYetPolling = r((c) =>
  c.pollingOpenedOn === null
    ? pass()
    : fail('polling-begun', `Polling began on ${c.pollingOpenedOn}; suspend the election instead`, {
        values: { pollingOpenedOn: c.pollingOpenedOn },
      }),
);

/**
 * The office, or the relay carrying an upheld complaint's remedy (选举无效 decided on a case): the
 * case is the authority then, and the election's history names it in the reason.
 */
const officeOrRelay: ElectionRule = (args) => (args.event.actor.kind === 'system' ? pass() : role(OFFICE)(args, undefined));

/** Votes were cast, or polling opened, in this run: what is annulled rather than called off. */
const pollingBegun = r((c) =>
  c.pollingOpenedOn !== null || c.balloted.length > 0
    ? pass()
    : fail('not-polled', 'No vote was held in this run: cancel or resume the election; only a vote can be annulled'),
);

const partyProfile = r((c) =>
  c.profile.id === 'PARTY_BRANCH'
    ? pass()
    : fail('dispatch-party-only', 'Only a Party organisation can have its secretary dispatched (下派)', { citation: 'seed 000 L191' }),
);

const needsHandover = r((c) => (c.profile.steps.handover.value ? pass() : fail('handover', 'this kind of election has no handover')));
const resultNeedsApproval = r((c) =>
  c.profile.steps.result.value === 'APPROVAL' ? pass() : fail('result-approval', 'the result takes effect without approval'),
);

/** The guards of the machine, by name. */
export const electionRules = {
  submitForApproval: all(role(OFFICE), seatsFitBody, needsStartApproval),
  submitDirect: all(role(OFFICE), seatsFitBody, not(needsStartApproval, 'start-approval', 'submit for start approval first')),
  office: all(role(OFFICE)),
  committee: all(role(COMMITTEE)),
  recordPreparation: all(role(COMMITTEE), datesValid),
  completePreparationToRoll: all(role(COMMITTEE), preparationDone, hasVoterRoll),
  completePreparationToNomination: all(role(COMMITTEE), preparationDone, not(hasVoterRoll, 'voter-roll', 'publish the voter roll next')),
  publishRoll: all(role(COMMITTEE), rollNotYetPublished, datesValid),
  recordObjection: all(role(COMMITTEE), rollPublished, datesValid, objectionInWindow),
  answerObjection: all(role(COMMITTEE), objectionOpen, datesValid),
  closeRoll: all(role(COMMITTEE), rollClosable),
  closeNomination: all(role(COMMITTEE), nominationsSufficient),
  completeReviewToApproval: all(role(COMMITTEE), reviewFinished, needsCandidateApproval),
  completeReviewToPublicity: all(
    role(COMMITTEE),
    reviewFinished,
    not(needsCandidateApproval, 'candidate-approval', 'the list goes to the upper body'),
  ),
  approveCandidates: all(role(OFFICE), marginOfApproved),
  publishNotice: all(role(COMMITTEE), commitmentsSigned, candidatesReady, datesValid, noticeInTime),
  reschedule: all(role(COMMITTEE), notYetPolling, rescheduleAllowed),
  openPolling: all(role(COMMITTEE), electionDayReached, candidatesReady, secretBoothReady, quorumAtOpening),
  recordRound: all(role(COMMITTEE), roundExpected),
  certify: all(role(OFFICE), noOpenBlockers, compositionAllows),
  handoverToArchive: all(role(OFFICE), not(needsHandover, 'handover', 'complete the handover first')),
  completeHandover: all(role(COMMITTEE), needsHandover, datesValid),
  deferOrCancel: all(role(OFFICE), notYetPolling),
  dispatchSecretary: all(role(OFFICE), partyProfile),
  annulSuspended: all(officeOrRelay, pollingBegun),
  annul: officeOrRelay,
  rerun: all(role(OFFICE), newElectionDayAhead),
  reopenVacancies: all(role(OFFICE), newElectionDayAhead),
  system: systemOnly,
  resultNeedsApproval,
};

/** Routing after a round (not permissions): which state the counted numbers lead to. */
export const roundOutcome = {
  seatsFilled: (c: ElectionContext): boolean => Object.values(c.vacancies).every((n) => n === 0) && Object.keys(c.ties).length === 0,
  failed: (c: ElectionContext): boolean =>
    Object.keys(c.ties).length === 0 && Object.values(c.vacancies).some((n) => n > 0) && c.countedRounds >= c.profile.maxRounds.value,
};
