/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      token\n    }\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  query CasePage($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      trackingCode\n      title\n      body\n      kind\n      category\n      channel\n      state\n      level\n      competentLevel\n      crossLevel\n      blocking\n      anonymous\n      filedByPublic\n      recordedLate\n      receivedOn\n      repliedOn\n      createdAt\n      dueOn\n      daysLeft\n      overdue\n      unit {\n        id\n        name\n      }\n      supervisingUnit {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      assigneeCandidates {\n        id\n        name\n      }\n      election {\n        id\n        electionDay\n        organization {\n          name\n        }\n      }\n      acceptance {\n        outcome\n        on\n        reason\n        referredTo\n      }\n      extension {\n        days\n        on\n        reason\n        approvedBy\n      }\n      clocks {\n        step\n        startedOn\n        dueOn\n        count\n        daysLeft\n        extendedDays\n        outcome\n        overdue\n        stoppedOn\n      }\n      decisions {\n        stage\n        finding\n        remedies\n        summary\n        on\n      }\n      replies {\n        stage\n        on\n        text\n      }\n      notes {\n        event\n        on\n        reason\n      }\n      links {\n        kind\n        direction\n        note\n        case {\n          id\n          trackingCode\n          title\n          state\n        }\n      }\n      duplicateSuggestions {\n        similarity\n        reason\n        case {\n          id\n          trackingCode\n          title\n          state\n        }\n      }\n      availableActions {\n        event\n        allowed\n        reasons {\n          rule\n          message\n          citation\n          values\n        }\n      }\n    }\n  }\n": typeof types.CasePageDocument,
    "\n  query CaseHistory($id: ID!) {\n    case(id: $id) {\n      id\n      history(first: 100) {\n        edges {\n          node {\n            id\n            seq\n            action\n            fromState\n            toState\n            at\n            recordedLate\n            actor {\n              label\n              role\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseHistoryDocument,
    "\n  mutation RevealComplainantIdentity($input: RevealIdentityInput!) {\n    revealComplainantIdentity(input: $input) {\n      name\n      phone\n      idNumber\n      address\n    }\n  }\n": typeof types.RevealComplainantIdentityDocument,
    "\n  query InboxCases($queue: CaseQueue, $state: String, $search: String, $trackingCode: String, $first: Int!, $after: String) {\n    cases(queue: $queue, state: $state, search: $search, trackingCode: $trackingCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          trackingCode\n          title\n          state\n          category\n          channel\n          dueOn\n          daysLeft\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.InboxCasesDocument,
    "\n  mutation RegisterCase($input: RegisterCaseInput!) {\n    registerCase(input: $input) {\n      pin\n      case {\n        id\n        trackingCode\n        title\n      }\n    }\n  }\n": typeof types.RegisterCaseDocument,
    "\n  query IntakeChoices {\n    jurisdictions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          levelLabel\n          depth\n        }\n      }\n    }\n    elections(first: 100) {\n      edges {\n        node {\n          id\n          electionDay\n          organization {\n            name\n          }\n          jurisdiction {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.IntakeChoicesDocument,
    "\n    mutation CaseRegisterReceived($input: CaseStepInput!) {\n      registerReceivedCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": typeof types.CaseRegisterReceivedDocument,
    "\n    mutation CaseAccept($input: AcceptCaseInput!) {\n      acceptCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": typeof types.CaseAcceptDocument,
    "\n    mutation CaseReject($input: CaseReasonInput!) {\n      rejectCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": typeof types.CaseRejectDocument,
    "\n    mutation CaseRefer($input: ReferCaseInput!) {\n      referCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": typeof types.CaseReferDocument,
    "\n    mutation CaseMerge($input: MergeCaseInput!) {\n      mergeCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": typeof types.CaseMergeDocument,
    "\n    mutation CaseAssign($input: AssignCaseInput!) {\n      assignCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": typeof types.CaseAssignDocument,
    "\n    mutation CaseTransfer($input: TransferCaseInput!) {\n      transferCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": typeof types.CaseTransferDocument,
    "\n    mutation CaseMarkBlocking($input: MarkCaseBlockingInput!) {\n      markCaseBlocking(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": typeof types.CaseMarkBlockingDocument,
    "\n    mutation CaseExtend($input: ExtendCaseInput!) {\n      extendCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": typeof types.CaseExtendDocument,
    "\n    mutation CaseDecide($input: DecideCaseInput!) {\n      decideCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": typeof types.CaseDecideDocument,
    "\n    mutation CaseReply($input: ReplyCaseInput!) {\n      replyToCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": typeof types.CaseReplyDocument,
    "\n    mutation CaseRequestReview($input: RequestCaseReviewInput!) {\n      requestCaseReview(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": typeof types.CaseRequestReviewDocument,
    "\n    mutation CaseDecideReview($input: DecideCaseReviewInput!) {\n      decideCaseReview(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": typeof types.CaseDecideReviewDocument,
    "\n    mutation CaseRequestReReview($input: RequestCaseReviewInput!) {\n      requestCaseReReview(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": typeof types.CaseRequestReReviewDocument,
    "\n    mutation CaseDecideReReview($input: DecideCaseReviewInput!) {\n      decideCaseReReview(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": typeof types.CaseDecideReReviewDocument,
    "\n  query CaseTransferUnits {\n    jurisdictions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          levelLabel\n        }\n      }\n    }\n  }\n": typeof types.CaseTransferUnitsDocument,
    "\n  query HomeCaseWork {\n    mine: cases(queue: MINE, first: 1) {\n      totalCount\n    }\n    overdue: cases(queue: OVERDUE_IN_MY_JURISDICTION, first: 1) {\n      totalCount\n    }\n    awaiting: cases(state: \"open.received\", first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeCaseWorkDocument,
    "\n  query HomeElectionWork {\n    overdue: elections(overdue: true, first: 1) {\n      totalCount\n    }\n    active: elections(state: \"active.\", first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeElectionWorkDocument,
    "\n  query HomeSupervisionWork {\n    supervisionCoverage {\n      elections\n      openOrders\n      overdueOrders\n    }\n  }\n": typeof types.HomeSupervisionWorkDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      jurisdiction {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query AuditTrail($subjectId: ID!, $first: Int!) {\n    auditTrail(subjectId: $subjectId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          seq\n          subjectType\n          action\n          fromState\n          toState\n          at\n          recordedLate\n          actor {\n            kind\n            label\n            role\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query VerifyAuditChain($subjectId: ID!) {\n    verifyAuditChain(subjectId: $subjectId) {\n      valid\n      entryCount\n      anchoredSeq\n      firstBreak {\n        seq\n        reason\n      }\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
};
const documents: Documents = {
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      token\n    }\n  }\n": types.ChangeMyPasswordDocument,
    "\n  query CasePage($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      trackingCode\n      title\n      body\n      kind\n      category\n      channel\n      state\n      level\n      competentLevel\n      crossLevel\n      blocking\n      anonymous\n      filedByPublic\n      recordedLate\n      receivedOn\n      repliedOn\n      createdAt\n      dueOn\n      daysLeft\n      overdue\n      unit {\n        id\n        name\n      }\n      supervisingUnit {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      assigneeCandidates {\n        id\n        name\n      }\n      election {\n        id\n        electionDay\n        organization {\n          name\n        }\n      }\n      acceptance {\n        outcome\n        on\n        reason\n        referredTo\n      }\n      extension {\n        days\n        on\n        reason\n        approvedBy\n      }\n      clocks {\n        step\n        startedOn\n        dueOn\n        count\n        daysLeft\n        extendedDays\n        outcome\n        overdue\n        stoppedOn\n      }\n      decisions {\n        stage\n        finding\n        remedies\n        summary\n        on\n      }\n      replies {\n        stage\n        on\n        text\n      }\n      notes {\n        event\n        on\n        reason\n      }\n      links {\n        kind\n        direction\n        note\n        case {\n          id\n          trackingCode\n          title\n          state\n        }\n      }\n      duplicateSuggestions {\n        similarity\n        reason\n        case {\n          id\n          trackingCode\n          title\n          state\n        }\n      }\n      availableActions {\n        event\n        allowed\n        reasons {\n          rule\n          message\n          citation\n          values\n        }\n      }\n    }\n  }\n": types.CasePageDocument,
    "\n  query CaseHistory($id: ID!) {\n    case(id: $id) {\n      id\n      history(first: 100) {\n        edges {\n          node {\n            id\n            seq\n            action\n            fromState\n            toState\n            at\n            recordedLate\n            actor {\n              label\n              role\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CaseHistoryDocument,
    "\n  mutation RevealComplainantIdentity($input: RevealIdentityInput!) {\n    revealComplainantIdentity(input: $input) {\n      name\n      phone\n      idNumber\n      address\n    }\n  }\n": types.RevealComplainantIdentityDocument,
    "\n  query InboxCases($queue: CaseQueue, $state: String, $search: String, $trackingCode: String, $first: Int!, $after: String) {\n    cases(queue: $queue, state: $state, search: $search, trackingCode: $trackingCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          trackingCode\n          title\n          state\n          category\n          channel\n          dueOn\n          daysLeft\n          overdue\n        }\n      }\n    }\n  }\n": types.InboxCasesDocument,
    "\n  mutation RegisterCase($input: RegisterCaseInput!) {\n    registerCase(input: $input) {\n      pin\n      case {\n        id\n        trackingCode\n        title\n      }\n    }\n  }\n": types.RegisterCaseDocument,
    "\n  query IntakeChoices {\n    jurisdictions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          levelLabel\n          depth\n        }\n      }\n    }\n    elections(first: 100) {\n      edges {\n        node {\n          id\n          electionDay\n          organization {\n            name\n          }\n          jurisdiction {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.IntakeChoicesDocument,
    "\n    mutation CaseRegisterReceived($input: CaseStepInput!) {\n      registerReceivedCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": types.CaseRegisterReceivedDocument,
    "\n    mutation CaseAccept($input: AcceptCaseInput!) {\n      acceptCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": types.CaseAcceptDocument,
    "\n    mutation CaseReject($input: CaseReasonInput!) {\n      rejectCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": types.CaseRejectDocument,
    "\n    mutation CaseRefer($input: ReferCaseInput!) {\n      referCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": types.CaseReferDocument,
    "\n    mutation CaseMerge($input: MergeCaseInput!) {\n      mergeCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": types.CaseMergeDocument,
    "\n    mutation CaseAssign($input: AssignCaseInput!) {\n      assignCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": types.CaseAssignDocument,
    "\n    mutation CaseTransfer($input: TransferCaseInput!) {\n      transferCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": types.CaseTransferDocument,
    "\n    mutation CaseMarkBlocking($input: MarkCaseBlockingInput!) {\n      markCaseBlocking(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": types.CaseMarkBlockingDocument,
    "\n    mutation CaseExtend($input: ExtendCaseInput!) {\n      extendCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": types.CaseExtendDocument,
    "\n    mutation CaseDecide($input: DecideCaseInput!) {\n      decideCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": types.CaseDecideDocument,
    "\n    mutation CaseReply($input: ReplyCaseInput!) {\n      replyToCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": types.CaseReplyDocument,
    "\n    mutation CaseRequestReview($input: RequestCaseReviewInput!) {\n      requestCaseReview(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": types.CaseRequestReviewDocument,
    "\n    mutation CaseDecideReview($input: DecideCaseReviewInput!) {\n      decideCaseReview(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": types.CaseDecideReviewDocument,
    "\n    mutation CaseRequestReReview($input: RequestCaseReviewInput!) {\n      requestCaseReReview(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": types.CaseRequestReReviewDocument,
    "\n    mutation CaseDecideReReview($input: DecideCaseReviewInput!) {\n      decideCaseReReview(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  ": types.CaseDecideReReviewDocument,
    "\n  query CaseTransferUnits {\n    jurisdictions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          levelLabel\n        }\n      }\n    }\n  }\n": types.CaseTransferUnitsDocument,
    "\n  query HomeCaseWork {\n    mine: cases(queue: MINE, first: 1) {\n      totalCount\n    }\n    overdue: cases(queue: OVERDUE_IN_MY_JURISDICTION, first: 1) {\n      totalCount\n    }\n    awaiting: cases(state: \"open.received\", first: 1) {\n      totalCount\n    }\n  }\n": types.HomeCaseWorkDocument,
    "\n  query HomeElectionWork {\n    overdue: elections(overdue: true, first: 1) {\n      totalCount\n    }\n    active: elections(state: \"active.\", first: 1) {\n      totalCount\n    }\n  }\n": types.HomeElectionWorkDocument,
    "\n  query HomeSupervisionWork {\n    supervisionCoverage {\n      elections\n      openOrders\n      overdueOrders\n    }\n  }\n": types.HomeSupervisionWorkDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      jurisdiction {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": types.LoginDocument,
    "\n  query AuditTrail($subjectId: ID!, $first: Int!) {\n    auditTrail(subjectId: $subjectId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          seq\n          subjectType\n          action\n          fromState\n          toState\n          at\n          recordedLate\n          actor {\n            kind\n            label\n            role\n          }\n        }\n      }\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query VerifyAuditChain($subjectId: ID!) {\n    verifyAuditChain(subjectId: $subjectId) {\n      valid\n      entryCount\n      anchoredSeq\n      firstBreak {\n        seq\n        reason\n      }\n    }\n  }\n": types.VerifyAuditChainDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePage($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      trackingCode\n      title\n      body\n      kind\n      category\n      channel\n      state\n      level\n      competentLevel\n      crossLevel\n      blocking\n      anonymous\n      filedByPublic\n      recordedLate\n      receivedOn\n      repliedOn\n      createdAt\n      dueOn\n      daysLeft\n      overdue\n      unit {\n        id\n        name\n      }\n      supervisingUnit {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      assigneeCandidates {\n        id\n        name\n      }\n      election {\n        id\n        electionDay\n        organization {\n          name\n        }\n      }\n      acceptance {\n        outcome\n        on\n        reason\n        referredTo\n      }\n      extension {\n        days\n        on\n        reason\n        approvedBy\n      }\n      clocks {\n        step\n        startedOn\n        dueOn\n        count\n        daysLeft\n        extendedDays\n        outcome\n        overdue\n        stoppedOn\n      }\n      decisions {\n        stage\n        finding\n        remedies\n        summary\n        on\n      }\n      replies {\n        stage\n        on\n        text\n      }\n      notes {\n        event\n        on\n        reason\n      }\n      links {\n        kind\n        direction\n        note\n        case {\n          id\n          trackingCode\n          title\n          state\n        }\n      }\n      duplicateSuggestions {\n        similarity\n        reason\n        case {\n          id\n          trackingCode\n          title\n          state\n        }\n      }\n      availableActions {\n        event\n        allowed\n        reasons {\n          rule\n          message\n          citation\n          values\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasePage($id: ID!) {\n    case(id: $id) {\n      id\n      version\n      trackingCode\n      title\n      body\n      kind\n      category\n      channel\n      state\n      level\n      competentLevel\n      crossLevel\n      blocking\n      anonymous\n      filedByPublic\n      recordedLate\n      receivedOn\n      repliedOn\n      createdAt\n      dueOn\n      daysLeft\n      overdue\n      unit {\n        id\n        name\n      }\n      supervisingUnit {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      assigneeCandidates {\n        id\n        name\n      }\n      election {\n        id\n        electionDay\n        organization {\n          name\n        }\n      }\n      acceptance {\n        outcome\n        on\n        reason\n        referredTo\n      }\n      extension {\n        days\n        on\n        reason\n        approvedBy\n      }\n      clocks {\n        step\n        startedOn\n        dueOn\n        count\n        daysLeft\n        extendedDays\n        outcome\n        overdue\n        stoppedOn\n      }\n      decisions {\n        stage\n        finding\n        remedies\n        summary\n        on\n      }\n      replies {\n        stage\n        on\n        text\n      }\n      notes {\n        event\n        on\n        reason\n      }\n      links {\n        kind\n        direction\n        note\n        case {\n          id\n          trackingCode\n          title\n          state\n        }\n      }\n      duplicateSuggestions {\n        similarity\n        reason\n        case {\n          id\n          trackingCode\n          title\n          state\n        }\n      }\n      availableActions {\n        event\n        allowed\n        reasons {\n          rule\n          message\n          citation\n          values\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseHistory($id: ID!) {\n    case(id: $id) {\n      id\n      history(first: 100) {\n        edges {\n          node {\n            id\n            seq\n            action\n            fromState\n            toState\n            at\n            recordedLate\n            actor {\n              label\n              role\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseHistory($id: ID!) {\n    case(id: $id) {\n      id\n      history(first: 100) {\n        edges {\n          node {\n            id\n            seq\n            action\n            fromState\n            toState\n            at\n            recordedLate\n            actor {\n              label\n              role\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealComplainantIdentity($input: RevealIdentityInput!) {\n    revealComplainantIdentity(input: $input) {\n      name\n      phone\n      idNumber\n      address\n    }\n  }\n"): (typeof documents)["\n  mutation RevealComplainantIdentity($input: RevealIdentityInput!) {\n    revealComplainantIdentity(input: $input) {\n      name\n      phone\n      idNumber\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxCases($queue: CaseQueue, $state: String, $search: String, $trackingCode: String, $first: Int!, $after: String) {\n    cases(queue: $queue, state: $state, search: $search, trackingCode: $trackingCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          trackingCode\n          title\n          state\n          category\n          channel\n          dueOn\n          daysLeft\n          overdue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InboxCases($queue: CaseQueue, $state: String, $search: String, $trackingCode: String, $first: Int!, $after: String) {\n    cases(queue: $queue, state: $state, search: $search, trackingCode: $trackingCode, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          trackingCode\n          title\n          state\n          category\n          channel\n          dueOn\n          daysLeft\n          overdue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterCase($input: RegisterCaseInput!) {\n    registerCase(input: $input) {\n      pin\n      case {\n        id\n        trackingCode\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterCase($input: RegisterCaseInput!) {\n    registerCase(input: $input) {\n      pin\n      case {\n        id\n        trackingCode\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeChoices {\n    jurisdictions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          levelLabel\n          depth\n        }\n      }\n    }\n    elections(first: 100) {\n      edges {\n        node {\n          id\n          electionDay\n          organization {\n            name\n          }\n          jurisdiction {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntakeChoices {\n    jurisdictions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          levelLabel\n          depth\n        }\n      }\n    }\n    elections(first: 100) {\n      edges {\n        node {\n          id\n          electionDay\n          organization {\n            name\n          }\n          jurisdiction {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseRegisterReceived($input: CaseStepInput!) {\n      registerReceivedCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseRegisterReceived($input: CaseStepInput!) {\n      registerReceivedCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseAccept($input: AcceptCaseInput!) {\n      acceptCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseAccept($input: AcceptCaseInput!) {\n      acceptCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseReject($input: CaseReasonInput!) {\n      rejectCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseReject($input: CaseReasonInput!) {\n      rejectCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseRefer($input: ReferCaseInput!) {\n      referCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseRefer($input: ReferCaseInput!) {\n      referCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseMerge($input: MergeCaseInput!) {\n      mergeCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseMerge($input: MergeCaseInput!) {\n      mergeCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseAssign($input: AssignCaseInput!) {\n      assignCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseAssign($input: AssignCaseInput!) {\n      assignCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseTransfer($input: TransferCaseInput!) {\n      transferCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseTransfer($input: TransferCaseInput!) {\n      transferCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseMarkBlocking($input: MarkCaseBlockingInput!) {\n      markCaseBlocking(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseMarkBlocking($input: MarkCaseBlockingInput!) {\n      markCaseBlocking(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseExtend($input: ExtendCaseInput!) {\n      extendCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseExtend($input: ExtendCaseInput!) {\n      extendCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseDecide($input: DecideCaseInput!) {\n      decideCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseDecide($input: DecideCaseInput!) {\n      decideCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseReply($input: ReplyCaseInput!) {\n      replyToCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseReply($input: ReplyCaseInput!) {\n      replyToCase(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseRequestReview($input: RequestCaseReviewInput!) {\n      requestCaseReview(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseRequestReview($input: RequestCaseReviewInput!) {\n      requestCaseReview(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseDecideReview($input: DecideCaseReviewInput!) {\n      decideCaseReview(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseDecideReview($input: DecideCaseReviewInput!) {\n      decideCaseReview(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseRequestReReview($input: RequestCaseReviewInput!) {\n      requestCaseReReview(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseRequestReReview($input: RequestCaseReviewInput!) {\n      requestCaseReReview(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CaseDecideReReview($input: DecideCaseReviewInput!) {\n      decideCaseReReview(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation CaseDecideReReview($input: DecideCaseReviewInput!) {\n      decideCaseReReview(input: $input) {\n        id\n        version\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseTransferUnits {\n    jurisdictions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          levelLabel\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseTransferUnits {\n    jurisdictions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          levelLabel\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeCaseWork {\n    mine: cases(queue: MINE, first: 1) {\n      totalCount\n    }\n    overdue: cases(queue: OVERDUE_IN_MY_JURISDICTION, first: 1) {\n      totalCount\n    }\n    awaiting: cases(state: \"open.received\", first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query HomeCaseWork {\n    mine: cases(queue: MINE, first: 1) {\n      totalCount\n    }\n    overdue: cases(queue: OVERDUE_IN_MY_JURISDICTION, first: 1) {\n      totalCount\n    }\n    awaiting: cases(state: \"open.received\", first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeElectionWork {\n    overdue: elections(overdue: true, first: 1) {\n      totalCount\n    }\n    active: elections(state: \"active.\", first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query HomeElectionWork {\n    overdue: elections(overdue: true, first: 1) {\n      totalCount\n    }\n    active: elections(state: \"active.\", first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeSupervisionWork {\n    supervisionCoverage {\n      elections\n      openOrders\n      overdueOrders\n    }\n  }\n"): (typeof documents)["\n  query HomeSupervisionWork {\n    supervisionCoverage {\n      elections\n      openOrders\n      overdueOrders\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      jurisdiction {\n        id\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      jurisdiction {\n        id\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($subjectId: ID!, $first: Int!) {\n    auditTrail(subjectId: $subjectId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          seq\n          subjectType\n          action\n          fromState\n          toState\n          at\n          recordedLate\n          actor {\n            kind\n            label\n            role\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($subjectId: ID!, $first: Int!) {\n    auditTrail(subjectId: $subjectId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          seq\n          subjectType\n          action\n          fromState\n          toState\n          at\n          recordedLate\n          actor {\n            kind\n            label\n            role\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain($subjectId: ID!) {\n    verifyAuditChain(subjectId: $subjectId) {\n      valid\n      entryCount\n      anchoredSeq\n      firstBreak {\n        seq\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain($subjectId: ID!) {\n    verifyAuditChain(subjectId: $subjectId) {\n      valid\n      entryCount\n      anchoredSeq\n      firstBreak {\n        seq\n        reason\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;