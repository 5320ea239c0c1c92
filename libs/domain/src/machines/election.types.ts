import type { GivenDate } from '../calendar/given-date.js';
import type { LocalDate } from '../calendar/local-date.js';
import type { NominationRoute, RuleProfile, OrganizationType, PreparationItem } from '../rules/profile.js';
import type { RoundInput, RoundResult } from '../rules/tally.js';
import type { Envelope } from '../workflow/envelope.js';

/** A post on the body and its seats, e.g. 主任 1, 副主任 1, 委员 3. */
export interface PostSeats {
  post: string;
  seats: number;
}

export interface Objection {
  number: number;
  receivedOn: LocalDate;
  summary: string;
  answeredOn: LocalDate | null;
  outcome: string | null;
}

export interface RoundRecord {
  number: number;
  kind: RoundInput['kind'];
  revote: boolean;
  /** Counts toward the profile's maximum only when the round counted (not void, quorum met). */
  counted: boolean;
  outcome: RoundResult['outcome'];
  elected: Record<string, string[]>;
}

export type OverdueKind = 'OBJECTION_ANSWER' | 'POLLING' | 'VACANCIES';

export interface ElectionContext {
  /** The rules this election was created under, kept whole: later versions never rewrite it. */
  profile: RuleProfile;
  organizationType: OrganizationType;
  memberCount: number;
  electionDay: LocalDate;
  posts: PostSeats[];
  /** The day the election was created (null for elections older than machine version 3). */
  createdOn: LocalDate | null;
  preparation: Partial<Record<PreparationItem, LocalDate>>;
  roll: {
    publishedOn: LocalDate | null;
    registered: number | null;
    /**
     * The last day voters may object: from the later of the day published and the day recorded, so a
     * roll entered late still leaves the voters their whole window.
     */
    objectionsUntil: LocalDate | null;
    objectionWindowClosed: boolean;
    objections: Objection[];
  };
  /** Every date someone gave for a step, beside when it was recorded; late ones flagged with the reason. */
  datesGiven: GivenDate[];
  nomination: { selfClosed: boolean; massClosed: boolean };
  noticePostedOn: LocalDate | null;
  /**
   * The day the notice period counts from: the later of the day posted and the day recorded, so a
   * notice entered late never makes the voters' notice look longer than it was.
   */
  noticeCountsFrom: LocalDate | null;
  pollingOpenedOn: LocalDate | null;
  /** Counted when polling opens, where the profile's quorum is about attendance (应到会 / 实到会). */
  attendance: { entitled: number; present: number } | null;
  rounds: RoundRecord[];
  /**
   * Candidates who stood in a vote (were on a round's ballot) in this run: when the election closes
   * early they lost that vote, while candidacies never put to a vote end without a result.
   */
  balloted: string[];
  /**
   * When the current run began: creation, or the re-run after an annulment (选举无效后重新选举).
   * Only candidacies nominated since count for this run; the annulled run's are voided by the relay.
   */
  runStartedAt: string;
  /** Rounds that counted since polling (re)opened: compared with the profile's maximum. */
  countedRounds: number;
  elected: Record<string, string[]>;
  /** Seats still to fill, by post. */
  vacancies: Record<string, number>;
  /**
   * A re-vote is owed among these, for these seats, by post; `kind` is the kind of round that
   * produced the tie: its re-vote is judged by the same threshold.
   */
  ties: Record<string, { candidateIds: string[]; seats: number; kind: RoundInput['kind'] }>;
  failedOn: LocalDate | null;
  overdue: OverdueKind[];
  /** Why the election is deferred, suspended, cancelled, annulled…; the latest first. */
  notes: { event: string; on: LocalDate; reason: string }[];
}

export interface ElectionInput {
  profile: RuleProfile;
  organizationType: OrganizationType;
  memberCount: number;
  electionDay: LocalDate;
  posts: PostSeats[];
  /** Added by the runtime: the instant the election was created. */
  now?: string;
}

/** Counts of one post's candidates, by state, as the facts loader reads them. */
export interface PostCandidates {
  nominated: number;
  underReview: number;
  approved: number;
  /** Formal candidates not yet elected or defeated by a decided result. */
  formal: number;
  /** Approved candidates not yet formal: their commitment letters are still to be confirmed. */
  withoutCommitments: number;
}

export interface ElectionFacts {
  /** Today's date in the election's zone. */
  today: LocalDate;
  candidates: Record<string, PostCandidates>;
  /** Ids of formal candidates, by post: who may receive votes (less those already elected). */
  formalIds: Record<string, string[]>;
  /** Open items that stop certification, each named: blocking complaint cases, rectification orders. */
  blockers: ElectionBlocker[];
  /** Days back a date may be given without a written reason (LATE_ENTRY_DAYS). */
  lateEntryDays: number;
  /** This run's standing candidacies: their route and the day each was nominated (for a new election day). */
  nominations: { route: NominationRoute; nominatedOn: LocalDate }[];
  /** Unmet blocking composition targets of the elected body, with their messages. */
  compositionBlocking: string[];
}

/**
 * Something that holds up an election's certification, named so the election office knows what to
 * wait for: a blocking complaint case (its tracking code and category, never the complainant) or a
 * rectification order, with the rule that makes it block.
 */
export interface ElectionBlocker {
  kind: 'COMPLAINT_CASE' | 'RECTIFICATION_ORDER';
  id: string;
  /** The case's tracking code, or the order's reference (整改 + its first id characters). */
  reference: string;
  /** The case's category, or what the order requires (abridged). */
  summary: string;
  /** The case's or order's state. */
  state: string;
  /** Received (case) or issued (order). */
  since: LocalDate;
  dueOn: LocalDate | null;
  /** Why it blocks, and the source of that rule. */
  rule: string;
  citation: string;
}

/** Steps that take a past date may carry a reason for entering it late (more than LATE_ENTRY_DAYS back). */
type Late = { lateReason?: string };

type Events =
  | { type: 'SUBMIT' }
  | { type: 'APPROVE_START' }
  | { type: 'REJECT_START'; reason: string }
  | ({ type: 'RECORD_PREPARATION'; item: PreparationItem; on: LocalDate } & Late)
  | { type: 'COMPLETE_PREPARATION' }
  | ({ type: 'PUBLISH_ROLL'; publishedOn: LocalDate; registered: number } & Late)
  | ({ type: 'RECORD_OBJECTION'; receivedOn: LocalDate; summary: string } & Late)
  | ({ type: 'ANSWER_OBJECTION'; objection: number; answeredOn: LocalDate; outcome: string } & Late)
  | { type: 'CLOSE_ROLL' }
  | { type: 'CLOSE_NOMINATION' }
  | { type: 'COMPLETE_REVIEW' }
  | { type: 'APPROVE_CANDIDATES' }
  | { type: 'RETURN_CANDIDATES'; reason: string }
  | ({ type: 'PUBLISH_NOTICE'; postedOn: LocalDate } & Late)
  | { type: 'RESCHEDULE'; electionDay: LocalDate; reason: string }
  | { type: 'OPEN_POLLING'; secretBoothReady?: boolean; entitled?: number; present?: number }
  | { type: 'RECORD_ROUND'; round: RoundInput }
  | { type: 'APPROVE_RESULT' }
  | { type: 'REJECT_RESULT'; reason: string }
  | { type: 'CERTIFY' }
  | ({ type: 'COMPLETE_HANDOVER'; on: LocalDate } & Late)
  | { type: 'ARCHIVE' }
  | { type: 'DEFER'; reason: string }
  | { type: 'SUSPEND'; reason: string }
  | { type: 'RESUME'; reason: string }
  | { type: 'CANCEL'; reason: string }
  | { type: 'ANNUL'; reason: string }
  | { type: 'RERUN'; electionDay: LocalDate; reason: string }
  | { type: 'REOPEN_VACANCIES'; electionDay: LocalDate; reason: string }
  | { type: 'DISPATCH_SECRETARY'; reason: string }
  | { type: 'DEADLINE'; kind: string; objection?: number };

export type ElectionEvent = Envelope<Events, ElectionFacts>;
export type ElectionEventType = Events['type'];
