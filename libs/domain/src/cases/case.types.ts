import type { GivenDate } from '../calendar/given-date.js';
import type { LocalDate } from '../calendar/local-date.js';
import type { Envelope } from '../workflow/envelope.js';
import type { CaseProfile, DayCount } from './case-profile.js';
import type { CaseCategory, CaseChannel, CaseKind, CaseLevel, Finding, Remedy } from './vocabulary.js';

/** The clocked steps: the office's own (acceptance, handling, review, re-review) and the complainant's windows. */
export const CLOCK_STEPS = ['ACCEPTANCE', 'HANDLING', 'REVIEW_REQUEST', 'REVIEW', 'RE_REVIEW_REQUEST', 'RE_REVIEW'] as const;
export type ClockStep = (typeof CLOCK_STEPS)[number];
/** Windows run for the complainant: when one passes unused the case closes, nobody is late. */
export const WINDOW_STEPS: readonly ClockStep[] = ['REVIEW_REQUEST', 'RE_REVIEW_REQUEST'];

export interface CaseClock {
  step: ClockStep;
  startedOn: LocalDate;
  dueOn: LocalDate;
  count: DayCount;
  /** Days added by an approved extension (延期). */
  extendedDays: number;
  stoppedOn: LocalDate | null;
  /** RUNNING; MET or LATE when the office's step was done; USED or LAPSED for a complainant's window. */
  outcome: 'RUNNING' | 'MET' | 'LATE' | 'USED' | 'LAPSED' | 'STOPPED';
  /** Marked when the due day passed with the step still open. */
  overdue: boolean;
}

export type DecisionStage = 'HANDLING' | 'REVIEW' | 'RE_REVIEW';

export interface CaseDecision {
  stage: DecisionStage;
  finding: Finding | null;
  remedies: Remedy[];
  summary: string;
  on: LocalDate;
}

/** A written reply (书面答复 / 复查意见 / 复核意见): what the complainant is told, published to them. */
export interface CaseReply {
  stage: DecisionStage;
  on: LocalDate;
  text: string;
}

export interface CaseSubject {
  electionId: string | null;
  candidateId: string | null;
  organizationId: string | null;
  jurisdictionId: string | null;
}

export interface CaseContext {
  profile: CaseProfile;
  kind: CaseKind;
  channel: CaseChannel;
  category: CaseCategory;
  subject: CaseSubject;
  receivedOn: LocalDate;
  /** The unit handling the case now (a jurisdiction); transfers move it. */
  unitJurisdictionId: string;
  /** The level handling the case now, the highest it reached, and the level competent for its subject. */
  level: CaseLevel;
  highestLevel: CaseLevel;
  competentLevel: CaseLevel;
  /** 越级: filed more than one level above the subject's own jurisdiction. */
  crossLevel: boolean;
  assignee: { id: string; name: string } | null;
  /** Holds up the election's certification while the case is open. */
  blocking: boolean;
  clocks: CaseClock[];
  extension: { days: number; reason: string; approvedBy: string; approvedById: string | null; on: LocalDate } | null;
  acceptance: {
    outcome: 'ACCEPTED' | 'NOT_ACCEPTED' | 'REFERRED' | 'MERGED';
    on: LocalDate;
    reason: string;
    referredTo: string | null;
    mergedInto: string | null;
  } | null;
  decisions: CaseDecision[];
  replies: CaseReply[];
  /** Remedies sent to the election or candidate, and what came of them. */
  remedies: { remedy: Remedy; stage: DecisionStage; result: 'SENT' | 'APPLIED' | 'REFUSED'; message: string }[];
  /** Transfers between units and levels, and overdue steps flagged to the level above. */
  escalations: {
    on: LocalDate;
    kind: 'TRANSFER' | 'OVERDUE';
    from: CaseLevel;
    to: CaseLevel;
    jurisdictionId: string | null;
    reason: string;
  }[];
  /** The unit above, once a step went overdue: the case shows in its overdue queue. */
  supervisingJurisdictionId: string | null;
  notes: { event: string; on: LocalDate; reason: string }[];
  /** Every date someone gave for a step (received, decided, replied …), beside when it was recorded; late ones flagged. */
  datesGiven: GivenDate[];
}

export interface CaseInput {
  profile: CaseProfile;
  kind: CaseKind;
  channel: CaseChannel;
  category: CaseCategory;
  subject: CaseSubject;
  unitJurisdictionId: string;
  level: CaseLevel;
  competentLevel: CaseLevel;
  blocking: boolean;
  /** The day it arrived, when earlier than the day it is entered (a letter): the first clock runs from it. */
  receivedOn?: LocalDate;
  /** Why the day of arrival is entered more than LATE_ENTRY_DAYS later. */
  lateReason?: string;
  /** LATE_ENTRY_DAYS, for flagging a late entry of `receivedOn` (runtime-added, not kept). */
  lateEntryDays?: number;
  /** The working-day calendar for the first clock (runtime-added, not kept). */
  calendar?: WorkingDays;
  now?: string;
}

export interface WorkingDays {
  holidays: readonly LocalDate[];
  workdays: readonly LocalDate[];
}

export interface CaseFacts {
  today: LocalDate;
  /** Days back a date may be given without a written reason (LATE_ENTRY_DAYS). */
  lateEntryDays: number;
  calendar: WorkingDays;
  /** The handling unit's parent, where an overdue step is flagged. */
  unitParent: { id: string; level: CaseLevel } | null;
}

/**
 * A decision may be dated: the day it was taken (on paper first), not after today, not before the step
 * it follows; more than LATE_ENTRY_DAYS back with a written reason. Without a date it is taken today.
 */
type Dated = { decidedOn?: LocalDate; lateReason?: string };
type Late = { lateReason?: string };

type Events =
  | { type: 'REGISTER' }
  | ({ type: 'ACCEPT'; reason?: string } & Dated)
  | ({ type: 'NOT_ACCEPT'; reason: string } & Dated)
  | ({ type: 'REFER'; referredTo: string; reason: string } & Dated)
  | ({ type: 'MERGE'; mergedInto: string; reason: string } & Dated)
  | { type: 'ASSIGN'; assigneeId: string; assigneeName: string }
  | { type: 'TRANSFER'; jurisdictionId: string; level: CaseLevel; reason: string }
  | { type: 'MARK_BLOCKING'; blocking: boolean; reason: string }
  | ({ type: 'EXTEND'; days: number; reason: string } & Dated)
  | ({ type: 'DECIDE'; finding: Finding | null; remedies: Remedy[]; summary: string } & Dated)
  | ({ type: 'REPLY'; repliedOn: LocalDate; text: string } & Late)
  | ({ type: 'REQUEST_REVIEW'; receivedOn: LocalDate; reason: string } & Late)
  | ({ type: 'DECIDE_REVIEW'; finding: Finding; remedies: Remedy[]; summary: string; reply: string } & Dated)
  | ({ type: 'REQUEST_RE_REVIEW'; receivedOn: LocalDate; reason: string } & Late)
  | ({ type: 'DECIDE_RE_REVIEW'; finding: Finding; remedies: Remedy[]; summary: string; reply: string } & Dated)
  | { type: 'REMEDY_RESULT'; remedy: Remedy; applied: boolean; message: string }
  | { type: 'DEADLINE'; kind: string; step?: ClockStep };

export type CaseEvent = Envelope<Events, CaseFacts>;
export type CaseEventType = Events['type'];
