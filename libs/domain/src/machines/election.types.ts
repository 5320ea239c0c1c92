import type { LocalDate } from '../calendar/local-date.js';
import type { RuleProfile, OrganizationType, PreparationItem } from '../rules/profile.js';
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
  preparation: Partial<Record<PreparationItem, LocalDate>>;
  roll: { publishedOn: LocalDate | null; registered: number | null; objectionWindowClosed: boolean; objections: Objection[] };
  nomination: { selfClosed: boolean; massClosed: boolean };
  noticePostedOn: LocalDate | null;
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
  /** Open items that stop certification: complaint cases, rectification orders (later issues). */
  blockers: { kind: string; count: number; description: string }[];
  /** Unmet blocking composition targets of the elected body, with their messages. */
  compositionBlocking: string[];
}

type Events =
  | { type: 'SUBMIT' }
  | { type: 'APPROVE_START' }
  | { type: 'REJECT_START'; reason: string }
  | { type: 'RECORD_PREPARATION'; item: PreparationItem; on: LocalDate }
  | { type: 'COMPLETE_PREPARATION' }
  | { type: 'PUBLISH_ROLL'; publishedOn: LocalDate; registered: number }
  | { type: 'RECORD_OBJECTION'; receivedOn: LocalDate; summary: string }
  | { type: 'ANSWER_OBJECTION'; objection: number; answeredOn: LocalDate; outcome: string }
  | { type: 'CLOSE_ROLL' }
  | { type: 'CLOSE_NOMINATION' }
  | { type: 'COMPLETE_REVIEW' }
  | { type: 'APPROVE_CANDIDATES' }
  | { type: 'RETURN_CANDIDATES'; reason: string }
  | { type: 'PUBLISH_NOTICE'; postedOn: LocalDate }
  | { type: 'RESCHEDULE'; electionDay: LocalDate; reason: string }
  | { type: 'OPEN_POLLING'; secretBoothReady?: boolean; entitled?: number; present?: number }
  | { type: 'RECORD_ROUND'; round: RoundInput }
  | { type: 'APPROVE_RESULT' }
  | { type: 'REJECT_RESULT'; reason: string }
  | { type: 'CERTIFY' }
  | { type: 'COMPLETE_HANDOVER'; on: LocalDate }
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
