/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptCaseInput = {
  /** The day the decision was taken, YYYY-MM-DD; today when left out. Not after today, not before the step it follows; more than LATE_ENTRY_DAYS back needs lateReason. */
  decidedOn?: string | null | undefined;
  /** The version you read; CONFLICT if the case changed since. */
  expectedVersion: number;
  id: string | number;
  /** Why a date more than LATE_ENTRY_DAYS (default 3) before today is entered only now: required then; the entry is flagged “recorded late” (补录说明). */
  lateReason?: string | null | undefined;
  reason?: string | null | undefined;
  /** An earlier case on the same matter: linked; refused if that case is final (复核 decided). */
  sameMatterAsCaseId?: string | number | null | undefined;
};

/** A signed-in user, the system (scheduler, relay), or the public. */
export type ActorKind =
  | 'PUBLIC'
  | 'SYSTEM'
  | 'USER';

export type AssignCaseInput = {
  assigneeId: string | number;
  /** The version you read; CONFLICT if the case changed since. */
  expectedVersion: number;
  id: string | number;
};

/** 贿选, 拉票, 宗族派性, 威胁, 程序, 资格, 选民登记, 计票, 财务审计, 征地款, 其他. */
export type CaseCategory =
  | 'BRIBERY'
  | 'CANVASSING'
  | 'CLAN_INTERFERENCE'
  | 'COUNTING'
  | 'ELIGIBILITY'
  | 'FINANCE_AUDIT'
  | 'INTIMIDATION'
  | 'LAND_COMPENSATION'
  | 'OTHER'
  | 'PROCEDURE'
  | 'VOTER_REGISTRATION';

/** How the case came in: 热线, 来信, 来访, 网上, 举报箱, 意见箱, 监督电话, 当面, 督导组. */
export type CaseChannel =
  | 'HOTLINE'
  | 'IN_PERSON'
  | 'LETTER'
  | 'OBSERVATION'
  | 'ONLINE'
  | 'OPINION_BOX'
  | 'REPORTING_BOX'
  | 'SUPERVISION_PHONE'
  | 'VISIT';

/** 信访 PETITION, 举报 REPORT, 异议 OBJECTION, 咨询 ENQUIRY, 督导发现 SUPERVISION_FINDING. */
export type CaseKind =
  | 'ENQUIRY'
  | 'OBJECTION'
  | 'PETITION'
  | 'REPORT'
  | 'SUPERVISION_FINDING';

/** The petition ladder: 村 → 乡 → 县 → 市 → 省 → 京 (NATIONAL). */
export type CaseLevel =
  | 'CITY'
  | 'COUNTY'
  | 'NATIONAL'
  | 'PROVINCE'
  | 'TOWNSHIP'
  | 'VILLAGE';

/** MINE: assigned to you; MY_UNIT: handled by your own unit; OVERDUE_IN_MY_JURISDICTION: overdue in your subtree or flagged to your unit. */
export type CaseQueue =
  | 'MINE'
  | 'MY_UNIT'
  | 'OVERDUE_IN_MY_JURISDICTION';

/** A decision with its reason, dated the day it was taken. */
export type CaseReasonInput = {
  /** The day the decision was taken, YYYY-MM-DD; today when left out. Not after today, not before the step it follows; more than LATE_ENTRY_DAYS back needs lateReason. */
  decidedOn?: string | null | undefined;
  /** The version you read; CONFLICT if the case changed since. */
  expectedVersion: number;
  id: string | number;
  /** Why a date more than LATE_ENTRY_DAYS (default 3) before today is entered only now: required then; the entry is flagged “recorded late” (补录说明). */
  lateReason?: string | null | undefined;
  reason: string;
};

export type CaseStepInput = {
  /** The version you read; CONFLICT if the case changed since. */
  expectedVersion: number;
  id: string | number;
};

/** What the case is about: an election, a candidate, an organisation or a place. */
export type CaseSubjectInput = {
  candidateId?: string | number | null | undefined;
  electionId?: string | number | null | undefined;
  jurisdictionId?: string | number | null | undefined;
  organizationId?: string | number | null | undefined;
};

export type ChainBreakReason =
  /** An entry an anchor vouched for is gone (the tail was cut). */
  | 'ANCHORED_ENTRY_MISSING'
  /** An entry differs from what an anchor recorded (the chain was rewritten). */
  | 'ANCHOR_MISMATCH'
  /** This entry was altered after it was written. */
  | 'HASH_MISMATCH'
  /** This entry does not point at the hash of the one before it. */
  | 'PREV_HASH_MISMATCH'
  /** An entry is missing before this one. */
  | 'SEQUENCE_GAP';

export type ChangeMyPasswordInput = {
  currentPassword: string;
  /** At least 10 characters. Your other sessions end; use the returned token. */
  newPassword: string;
};

/** Who the complainant is, if they say: every field optional; kept encrypted, shown only on an audited reveal. */
export type ComplainantIdentityInput = {
  address?: string | null | undefined;
  /** 身份证号 */
  idNumber?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
};

export type DecideCaseInput = {
  /** The day the decision was taken, YYYY-MM-DD; today when left out. Not after today, not before the step it follows; more than LATE_ENTRY_DAYS back needs lateReason. */
  decidedOn?: string | null | undefined;
  /** The version you read; CONFLICT if the case changed since. */
  expectedVersion: number;
  /** Required except for an enquiry. */
  finding?: Finding | null | undefined;
  id: string | number;
  /** Why a date more than LATE_ENTRY_DAYS (default 3) before today is entered only now: required then; the entry is flagged “recorded late” (补录说明). */
  lateReason?: string | null | undefined;
  remedies?: Array<Remedy>;
  summary: string;
};

export type DecideCaseReviewInput = {
  /** The day the decision was taken, YYYY-MM-DD; today when left out. Not after today, not before the step it follows; more than LATE_ENTRY_DAYS back needs lateReason. */
  decidedOn?: string | null | undefined;
  /** The version you read; CONFLICT if the case changed since. */
  expectedVersion: number;
  finding: Finding;
  id: string | number;
  /** Why a date more than LATE_ENTRY_DAYS (default 3) before today is entered only now: required then; the entry is flagged “recorded late” (补录说明). */
  lateReason?: string | null | undefined;
  remedies?: Array<Remedy>;
  /** The 复查意见 / 复核意见 as the complainant reads it. */
  reply: string;
  summary: string;
};

export type ExtendCaseInput = {
  /** Days added to the handling time; at most 30, once (第三十四条). */
  days: number;
  /** The day the decision was taken, YYYY-MM-DD; today when left out. Not after today, not before the step it follows; more than LATE_ENTRY_DAYS back needs lateReason. */
  decidedOn?: string | null | undefined;
  /** The version you read; CONFLICT if the case changed since. */
  expectedVersion: number;
  id: string | number;
  /** Why a date more than LATE_ENTRY_DAYS (default 3) before today is entered only now: required then; the entry is flagged “recorded late” (补录说明). */
  lateReason?: string | null | undefined;
  reason: string;
};

/** 查实, 部分属实, 不属实. */
export type Finding =
  | 'PARTLY_SUBSTANTIATED'
  | 'SUBSTANTIATED'
  | 'UNSUBSTANTIATED';

/** Administrative level, top to bottom. */
export type JurisdictionLevel =
  /** 市 (地级市, 州, 盟) */
  | 'CITY'
  /** 县 (区, 县级市, 旗) */
  | 'COUNTY'
  /** 省 (自治区, 直辖市) */
  | 'PROVINCE'
  /** 乡 (镇, 街道) */
  | 'TOWNSHIP'
  /** 行政村 / 社区 */
  | 'VILLAGE';

export type LoginInput = {
  password: string;
  username: string;
};

export type MarkCaseBlockingInput = {
  blocking: boolean;
  /** The version you read; CONFLICT if the case changed since. */
  expectedVersion: number;
  id: string | number;
  reason: string;
};

export type MergeCaseInput = {
  /** The day the decision was taken, YYYY-MM-DD; today when left out. Not after today, not before the step it follows; more than LATE_ENTRY_DAYS back needs lateReason. */
  decidedOn?: string | null | undefined;
  /** The version you read; CONFLICT if the case changed since. */
  expectedVersion: number;
  id: string | number;
  /** The case this one duplicates; its complainant is told to follow that one. */
  intoCaseId: string | number;
  /** Why a date more than LATE_ENTRY_DAYS (default 3) before today is entered only now: required then; the entry is flagged “recorded late” (补录说明). */
  lateReason?: string | null | undefined;
  reason: string;
};

export type ReferCaseInput = {
  /** The day the decision was taken, YYYY-MM-DD; today when left out. Not after today, not before the step it follows; more than LATE_ENTRY_DAYS back needs lateReason. */
  decidedOn?: string | null | undefined;
  /** The version you read; CONFLICT if the case changed since. */
  expectedVersion: number;
  id: string | number;
  /** Why a date more than LATE_ENTRY_DAYS (default 3) before today is entered only now: required then; the entry is flagged “recorded late” (补录说明). */
  lateReason?: string | null | undefined;
  reason: string;
  /** The competent body it is referred to (转送). */
  referredTo: string;
};

export type RegisterCaseInput = {
  /** Holds up the election’s certification while open; by default for bribery, intimidation and counting reports and candidate objections. */
  blocking?: boolean | null | undefined;
  /** What the complainant says, as received. */
  body: string;
  category: CaseCategory;
  channel: CaseChannel;
  identity?: ComplainantIdentityInput | null | undefined;
  kind: CaseKind;
  /** Why a date more than LATE_ENTRY_DAYS (default 3) before today is entered only now: required then; the entry is flagged “recorded late” (补录说明). */
  lateReason?: string | null | undefined;
  /** The day it arrived (a letter), YYYY-MM-DD; today by default. The 15 days run from it. */
  receivedOn?: string | null | undefined;
  /** An earlier case on the same matter; refused if that case is final (复核 decided). */
  sameMatterAsCaseId?: string | number | null | undefined;
  subject: CaseSubjectInput;
  title: string;
  /** The unit that received it; your own jurisdiction by default. */
  unitJurisdictionId?: string | number | null | undefined;
};

/** What a decision orders; DISQUALIFY_CANDIDATE (取消候选人资格) and ANNUL_ELECTION (选举无效) reach the election. */
export type Remedy =
  | 'ANNUL_ELECTION'
  | 'CORRECTION'
  | 'DISCIPLINE'
  | 'DISQUALIFY_CANDIDATE'
  | 'EXPLANATION'
  | 'RECTIFICATION';

export type ReplyCaseInput = {
  /** The version you read; CONFLICT if the case changed since. */
  expectedVersion: number;
  id: string | number;
  /** Why a date more than LATE_ENTRY_DAYS (default 3) before today is entered only now: required then; the entry is flagged “recorded late” (补录说明). */
  lateReason?: string | null | undefined;
  /** The day the written reply (书面答复) was given, YYYY-MM-DD. */
  repliedOn: string;
  /** The reply, as the complainant reads it. */
  text: string;
};

export type RequestCaseReviewInput = {
  /** The version you read; CONFLICT if the case changed since. */
  expectedVersion: number;
  id: string | number;
  /** Why a date more than LATE_ENTRY_DAYS (default 3) before today is entered only now: required then; the entry is flagged “recorded late” (补录说明). */
  lateReason?: string | null | undefined;
  reason: string;
  /** The day the request was received, YYYY-MM-DD. */
  receivedOn: string;
};

export type RevealIdentityInput = {
  id: string | number;
  /** Why you need to see it: recorded in the audit trail. */
  reason: string;
};

/** What a staff account may do. The public has no role. */
export type Role =
  /** 系统管理员: manages jurisdictions and accounts in their subtree */
  | 'ADMIN'
  /** 选举委员会: voters, nominations, polling day, tally */
  | 'ELECTION_COMMITTEE'
  /** 换届办: campaigns, elections, approvals */
  | 'ELECTION_OFFICE'
  /** 纪委 / 巡查组: reads everything in the jurisdiction, audit trail */
  | 'INSPECTOR'
  /** 信访办 / 纪检: complaint and petition cases */
  | 'PETITION_HANDLER'
  /** 督导组 / 观察员: on-site observations, rectification orders */
  | 'SUPERVISOR';

export type TransferCaseInput = {
  /** The version you read; CONFLICT if the case changed since. */
  expectedVersion: number;
  id: string | number;
  /** The unit (jurisdiction) to take the case over: up, down or across. */
  jurisdictionId: string | number;
  reason: string;
};

export type ChangeMyPasswordMutationVariables = Exact<{
  input: ChangeMyPasswordInput;
}>;


export type ChangeMyPasswordMutation = { changeMyPassword: { token: string } };

export type CasePageQueryVariables = Exact<{
  id: string | number;
}>;


export type CasePageQuery = { case: { id: string, version: number, trackingCode: string, title: string, body: string, kind: CaseKind, category: CaseCategory, channel: CaseChannel, state: string, level: CaseLevel, competentLevel: CaseLevel, crossLevel: boolean, blocking: boolean, anonymous: boolean, filedByPublic: boolean, recordedLate: boolean, receivedOn: string, repliedOn: string | null, createdAt: string, dueOn: string | null, daysLeft: number | null, overdue: boolean, unit: { id: string, name: string }, supervisingUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, assigneeCandidates: Array<{ id: string, name: string }>, election: { id: string, electionDay: string, organization: { name: string } } | null, acceptance: { outcome: string, on: string, reason: string, referredTo: string | null } | null, extension: { days: number, on: string, reason: string, approvedBy: string } | null, clocks: Array<{ step: string, startedOn: string, dueOn: string, count: string, daysLeft: number | null, extendedDays: number, outcome: string, overdue: boolean, stoppedOn: string | null }>, decisions: Array<{ stage: string, finding: Finding | null, remedies: Array<Remedy>, summary: string, on: string }>, replies: Array<{ stage: string, on: string, text: string }>, notes: Array<{ event: string, on: string, reason: string }>, links: Array<{ kind: string, direction: string, note: string, case: { id: string, trackingCode: string, title: string, state: string } }>, duplicateSuggestions: Array<{ similarity: number, reason: string, case: { id: string, trackingCode: string, title: string, state: string } }>, availableActions: Array<{ event: string, allowed: boolean, reasons: Array<{ rule: string, message: string, citation: string | null, values: Record<string, unknown> }> }> } };

export type CaseHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseHistoryQuery = { case: { id: string, history: { edges: Array<{ node: { id: string, seq: number, action: string, fromState: string | null, toState: string | null, at: string, recordedLate: boolean, actor: { label: string, role: Role | null } } }> } } };

export type RevealComplainantIdentityMutationVariables = Exact<{
  input: RevealIdentityInput;
}>;


export type RevealComplainantIdentityMutation = { revealComplainantIdentity: { name: string | null, phone: string | null, idNumber: string | null, address: string | null } | null };

export type InboxCasesQueryVariables = Exact<{
  queue?: CaseQueue | null | undefined;
  state?: string | null | undefined;
  search?: string | null | undefined;
  trackingCode?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type InboxCasesQuery = { cases: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, trackingCode: string, title: string, state: string, category: CaseCategory, channel: CaseChannel, dueOn: string | null, daysLeft: number | null, overdue: boolean } }> } };

export type RegisterCaseMutationVariables = Exact<{
  input: RegisterCaseInput;
}>;


export type RegisterCaseMutation = { registerCase: { pin: string, case: { id: string, trackingCode: string, title: string } } };

export type IntakeChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type IntakeChoicesQuery = { jurisdictions: { edges: Array<{ node: { id: string, name: string, levelLabel: string, depth: number } }> }, elections: { edges: Array<{ node: { id: string, electionDay: string, organization: { name: string }, jurisdiction: { name: string } } }> } };

export type CaseRegisterReceivedMutationVariables = Exact<{
  input: CaseStepInput;
}>;


export type CaseRegisterReceivedMutation = { registerReceivedCase: { id: string, version: number, state: string } };

export type CaseAcceptMutationVariables = Exact<{
  input: AcceptCaseInput;
}>;


export type CaseAcceptMutation = { acceptCase: { id: string, version: number, state: string } };

export type CaseRejectMutationVariables = Exact<{
  input: CaseReasonInput;
}>;


export type CaseRejectMutation = { rejectCase: { id: string, version: number, state: string } };

export type CaseReferMutationVariables = Exact<{
  input: ReferCaseInput;
}>;


export type CaseReferMutation = { referCase: { id: string, version: number, state: string } };

export type CaseMergeMutationVariables = Exact<{
  input: MergeCaseInput;
}>;


export type CaseMergeMutation = { mergeCase: { id: string, version: number, state: string } };

export type CaseAssignMutationVariables = Exact<{
  input: AssignCaseInput;
}>;


export type CaseAssignMutation = { assignCase: { id: string, version: number, state: string } };

export type CaseTransferMutationVariables = Exact<{
  input: TransferCaseInput;
}>;


export type CaseTransferMutation = { transferCase: { id: string, version: number, state: string } };

export type CaseMarkBlockingMutationVariables = Exact<{
  input: MarkCaseBlockingInput;
}>;


export type CaseMarkBlockingMutation = { markCaseBlocking: { id: string, version: number, state: string } };

export type CaseExtendMutationVariables = Exact<{
  input: ExtendCaseInput;
}>;


export type CaseExtendMutation = { extendCase: { id: string, version: number, state: string } };

export type CaseDecideMutationVariables = Exact<{
  input: DecideCaseInput;
}>;


export type CaseDecideMutation = { decideCase: { id: string, version: number, state: string } };

export type CaseReplyMutationVariables = Exact<{
  input: ReplyCaseInput;
}>;


export type CaseReplyMutation = { replyToCase: { id: string, version: number, state: string } };

export type CaseRequestReviewMutationVariables = Exact<{
  input: RequestCaseReviewInput;
}>;


export type CaseRequestReviewMutation = { requestCaseReview: { id: string, version: number, state: string } };

export type CaseDecideReviewMutationVariables = Exact<{
  input: DecideCaseReviewInput;
}>;


export type CaseDecideReviewMutation = { decideCaseReview: { id: string, version: number, state: string } };

export type CaseRequestReReviewMutationVariables = Exact<{
  input: RequestCaseReviewInput;
}>;


export type CaseRequestReReviewMutation = { requestCaseReReview: { id: string, version: number, state: string } };

export type CaseDecideReReviewMutationVariables = Exact<{
  input: DecideCaseReviewInput;
}>;


export type CaseDecideReReviewMutation = { decideCaseReReview: { id: string, version: number, state: string } };

export type CaseTransferUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseTransferUnitsQuery = { jurisdictions: { edges: Array<{ node: { id: string, name: string, levelLabel: string } }> } };

export type HomeCaseWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeCaseWorkQuery = { mine: { totalCount: number }, overdue: { totalCount: number }, awaiting: { totalCount: number } };

export type HomeElectionWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeElectionWorkQuery = { overdue: { totalCount: number }, active: { totalCount: number } };

export type HomeSupervisionWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeSupervisionWorkQuery = { supervisionCoverage: { elections: number, openOrders: number, overdueOrders: number } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, role: Role, jurisdiction: { id: string, name: string, level: JurisdictionLevel } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string } };

export type AuditTrailQueryVariables = Exact<{
  subjectId: string | number;
  first: number;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, edges: Array<{ node: { id: string, seq: number, subjectType: string, action: string, fromState: string | null, toState: string | null, at: string, recordedLate: boolean, actor: { kind: ActorKind, label: string, role: Role | null } } }> } };

export type VerifyAuditChainQueryVariables = Exact<{
  subjectId: string | number;
}>;


export type VerifyAuditChainQuery = { verifyAuditChain: { valid: boolean, entryCount: number, anchoredSeq: number | null, firstBreak: { seq: number, reason: ChainBreakReason } | null } };


export const ChangeMyPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMyPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMyPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const CasePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"competentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"crossLevel"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"filedByPublic"}},{"kind":"Field","name":{"kind":"Name","value":"recordedLate"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigneeCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"electionDay"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"referredTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clocks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDays"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateSuggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasePageQuery, CasePageQueryVariables>;
export const CaseHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"recordedLate"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseHistoryQuery, CaseHistoryQueryVariables>;
export const RevealComplainantIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealComplainantIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevealIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealComplainantIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<RevealComplainantIdentityMutation, RevealComplainantIdentityMutationVariables>;
export const InboxCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseQueue"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"queue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queue"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxCasesQuery, InboxCasesQueryVariables>;
export const RegisterCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterCaseMutation, RegisterCaseMutationVariables>;
export const IntakeChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntakeChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"elections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"electionDay"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntakeChoicesQuery, IntakeChoicesQueryVariables>;
export const CaseRegisterReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseRegisterReceived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerReceivedCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CaseRegisterReceivedMutation, CaseRegisterReceivedMutationVariables>;
export const CaseAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CaseAcceptMutation, CaseAcceptMutationVariables>;
export const CaseRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CaseRejectMutation, CaseRejectMutationVariables>;
export const CaseReferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseRefer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CaseReferMutation, CaseReferMutationVariables>;
export const CaseMergeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CaseMergeMutation, CaseMergeMutationVariables>;
export const CaseAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CaseAssignMutation, CaseAssignMutationVariables>;
export const CaseTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CaseTransferMutation, CaseTransferMutationVariables>;
export const CaseMarkBlockingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseMarkBlocking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkCaseBlockingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markCaseBlocking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CaseMarkBlockingMutation, CaseMarkBlockingMutationVariables>;
export const CaseExtendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseExtend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CaseExtendMutation, CaseExtendMutationVariables>;
export const CaseDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CaseDecideMutation, CaseDecideMutationVariables>;
export const CaseReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CaseReplyMutation, CaseReplyMutationVariables>;
export const CaseRequestReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseRequestReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestCaseReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCaseReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CaseRequestReviewMutation, CaseRequestReviewMutationVariables>;
export const CaseDecideReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseDecideReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCaseReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCaseReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CaseDecideReviewMutation, CaseDecideReviewMutationVariables>;
export const CaseRequestReReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseRequestReReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestCaseReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCaseReReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CaseRequestReReviewMutation, CaseRequestReReviewMutationVariables>;
export const CaseDecideReReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseDecideReReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCaseReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCaseReReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CaseDecideReReviewMutation, CaseDecideReReviewMutationVariables>;
export const CaseTransferUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseTransferUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseTransferUnitsQuery, CaseTransferUnitsQueryVariables>;
export const HomeCaseWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeCaseWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"mine"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"queue"},"value":{"kind":"EnumValue","value":"MINE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"queue"},"value":{"kind":"EnumValue","value":"OVERDUE_IN_MY_JURISDICTION"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"awaiting"},"name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"StringValue","value":"open.received","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<HomeCaseWorkQuery, HomeCaseWorkQueryVariables>;
export const HomeElectionWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeElectionWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"elections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"active"},"name":{"kind":"Name","value":"elections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"StringValue","value":"active.","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<HomeElectionWorkQuery, HomeElectionWorkQueryVariables>;
export const HomeSupervisionWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeSupervisionWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elections"}},{"kind":"Field","name":{"kind":"Name","value":"openOrders"}},{"kind":"Field","name":{"kind":"Name","value":"overdueOrders"}}]}}]}}]} as unknown as DocumentNode<HomeSupervisionWorkQuery, HomeSupervisionWorkQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"recordedLate"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const VerifyAuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"anchoredSeq"}},{"kind":"Field","name":{"kind":"Name","value":"firstBreak"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;