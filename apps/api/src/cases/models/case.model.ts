import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../graphql/connection.js';
import { CASE_COUNT_CAP, SEARCH_COUNT_CAP } from '../case-count.js';
import { CaseCategoryEnum, CaseChannelEnum, CaseKindEnum, CaseLevelEnum, FindingEnum, RemedyEnum } from '../case-enums.js';

@ObjectType({ description: 'One clock of a case (受理, 办理, 复查 …): when it started, when it is due, how it ended.' })
export class CaseClock {
  @Field({ description: 'ACCEPTANCE, HANDLING, REVIEW_REQUEST, REVIEW, RE_REVIEW_REQUEST, RE_REVIEW.' })
  step!: string;

  @Field()
  startedOn!: string;

  @Field()
  dueOn!: string;

  @Field({ description: 'CALENDAR or WORKING days.' })
  count!: string;

  @Field(() => Int)
  extendedDays!: number;

  @Field(() => String, { nullable: true })
  stoppedOn!: string | null;

  @Field({
    description: 'RUNNING; MET or LATE for the office’s steps; USED or LAPSED for the complainant’s windows; STOPPED when the case ended.',
  })
  outcome!: string;

  @Field({ description: 'The due day passed while the step was open.' })
  overdue!: boolean;

  @Field(() => Int, { nullable: true, description: 'Days left to the due day while running (negative when late).' })
  daysLeft!: number | null;
}

@ObjectType()
export class CaseDecision {
  @Field({ description: 'HANDLING, REVIEW or RE_REVIEW.' })
  stage!: string;

  @Field(() => FindingEnum, { nullable: true })
  finding!: string | null;

  @Field(() => [RemedyEnum])
  remedies!: string[];

  @Field()
  summary!: string;

  @Field()
  on!: string;
}

@ObjectType({ description: 'A written reply (书面答复, 复查意见, 复核意见): what the complainant reads.' })
export class CaseReply {
  @Field()
  stage!: string;

  @Field()
  on!: string;

  @Field()
  text!: string;
}

@ObjectType({ description: 'A remedy sent to the election or candidate, and what came of it.' })
export class CaseRemedyResult {
  @Field(() => RemedyEnum)
  remedy!: string;

  @Field()
  stage!: string;

  @Field({ description: 'SENT, APPLIED or REFUSED.' })
  result!: string;

  @Field()
  message!: string;
}

@ObjectType({ description: 'A transfer between units, or an overdue step flagged to the level above.' })
export class CaseEscalation {
  @Field()
  on!: string;

  @Field({ description: 'TRANSFER or OVERDUE.' })
  kind!: string;

  @Field(() => CaseLevelEnum)
  from!: string;

  @Field(() => CaseLevelEnum)
  to!: string;

  @Field(() => ID, { nullable: true })
  jurisdictionId!: string | null;

  @Field()
  reason!: string;
}

@ObjectType()
export class CaseAcceptance {
  @Field({ description: 'ACCEPTED, NOT_ACCEPTED, REFERRED or MERGED.' })
  outcome!: string;

  @Field()
  on!: string;

  @Field()
  reason!: string;

  @Field(() => String, { nullable: true })
  referredTo!: string | null;
}

@ObjectType()
export class CaseExtension {
  @Field(() => Int)
  days!: number;

  @Field({ description: 'Told to the complainant.' })
  reason!: string;

  @Field({ description: 'Who approved it (not the handler).' })
  approvedBy!: string;

  @Field()
  on!: string;
}

@ObjectType()
export class CaseNote {
  @Field()
  event!: string;

  @Field()
  on!: string;

  @Field()
  reason!: string;
}

@ObjectType()
export class CaseAssignee {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'A complaint or petition case (信访, 举报, 异议 …).' })
export class Case {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Send it back as expectedVersion with the next step.' })
  version!: number;

  @Field({ description: 'The public tracking code (the complainant also holds a PIN).' })
  trackingCode!: string;

  @Field(() => CaseKindEnum)
  kind!: string;

  @Field(() => CaseChannelEnum)
  channel!: string;

  @Field(() => CaseCategoryEnum)
  category!: string;

  @Field({
    description:
      'open.received, open.registered, open.accepted, open.decided, open.replied, open.underReview, open.reviewed, open.underReReview, notAccepted, referred, merged, closed, final.',
  })
  state!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field({ description: 'Filed without a name: the identity is neither kept nor revealable.' })
  anonymous!: boolean;

  @Field()
  filedByPublic!: boolean;

  @Field()
  receivedOn!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The day of the written reply (书面答复): from then the case is 办结 (resolved, 信访工作条例 第三十四条), while the window to ask for review still runs.',
  })
  repliedOn!: string | null;

  @Field(() => CaseLevelEnum, { description: 'The level handling it now.' })
  level!: string;

  @Field(() => CaseLevelEnum)
  highestLevel!: string;

  @Field({
    description:
      '越级: received above the competent body and the level above it (信访工作条例 第二十条); a village matter’s competent body is the township.',
  })
  crossLevel!: boolean;

  @Field({ description: 'Holds up the election’s certification while open.' })
  blocking!: boolean;

  @Field(() => String, { nullable: true, description: 'The current step’s due day.' })
  dueOn!: string | null;

  @Field()
  overdue!: boolean;

  @Field(() => FindingEnum, { nullable: true })
  finding!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType()
export class CaseConnection extends Connection(Case, 'Case') {
  @Field(() => Int, {
    description:
      `Cases matching the query, across pages, counted up to ${CASE_COUNT_CAP.toLocaleString('en')} ` +
      `(${SEARCH_COUNT_CAP.toLocaleString('en')} with \`search\`): when \`totalCountExact\` is false there are at least this many.`,
  })
  override totalCount = 0;

  @Field({ description: 'False when `totalCount` stopped at its cap: there are more cases than it says.' })
  totalCountExact!: boolean;
}

@ObjectType({ description: 'A case linked to this one.' })
export class CaseLink {
  @Field({ description: 'DUPLICATE (merged into), SAME_MATTER or RELATED.' })
  kind!: string;

  @Field({ description: 'TO: this case points at the other; FROM: the other points here.' })
  direction!: string;

  @Field()
  note!: string;

  @Field(() => Case)
  case!: unknown;
}

@ObjectType({ description: 'A likely duplicate: same subject and category within the window, similar text. Never merged by the system.' })
export class DuplicateSuggestion {
  @Field(() => Case)
  case!: unknown;

  @Field({ description: 'Text similarity, 0 to 1.' })
  similarity!: number;

  @Field()
  reason!: string;
}

@ObjectType({ description: 'The complainant’s identity, as given. Every reveal is in the audit trail.' })
export class ComplainantIdentity {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  idNumber!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;
}

@ObjectType({
  description: 'A case registered by staff, with the PIN the complainant follows it with: shown this once, kept only as its hash.',
})
export class RegisteredCase {
  @Field(() => Case)
  case!: unknown;

  @Field({
    description:
      'The complainant’s PIN (8 digits) for following the case with its tracking code (caseStatus, Open311): hand it over or print it on the acceptance notice; it cannot be shown again.',
  })
  pin!: string;
}

@ObjectType({ description: 'A photo the complainant uploaded with a public filing (read at /uploads/{id} by whoever may see the case).' })
export class CaseAttachment {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  mediaType!: string;

  @Field(() => Float, { description: 'Bytes.' })
  size!: number;

  @Field(() => String, { nullable: true, description: 'Hex SHA-256 of the content.' })
  sha256!: string | null;
}
