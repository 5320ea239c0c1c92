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
    "\n  mutation CreatePlace($input: CreateJurisdictionInput!) {\n    createJurisdiction(input: $input) {\n      id\n      name\n      level\n    }\n  }\n": typeof types.CreatePlaceDocument,
    "\n  query UsersList($search: String, $role: Role) {\n    users(first: 100, search: $search, role: $role) {\n      totalCount\n      edges {\n        node {\n          id\n          username\n          displayName\n          role\n          active\n          lockedUntil\n          lastLoginAt\n          version\n          jurisdiction {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UsersListDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n      lockedUntil\n      version\n      jurisdiction {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n      lockedUntil\n      version\n      jurisdiction {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  query Places {\n    jurisdictions(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          level\n          code\n          depth\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlacesDocument,
    "\n  query HomeCaseWork {\n    mine: cases(queue: MINE, first: 1) {\n      totalCount\n    }\n    overdue: cases(queue: OVERDUE_IN_MY_JURISDICTION, first: 1) {\n      totalCount\n    }\n    awaiting: cases(state: \"open.received\", first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeCaseWorkDocument,
    "\n  query HomeElectionWork {\n    overdue: elections(overdue: true, first: 1) {\n      totalCount\n    }\n    active: elections(state: \"active.\", first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeElectionWorkDocument,
    "\n  query HomeSupervisionWork {\n    supervisionCoverage {\n      elections\n      openOrders\n      overdueOrders\n    }\n  }\n": typeof types.HomeSupervisionWorkDocument,
    "\n  query AuditPickable($cases: Boolean!, $users: Boolean!) {\n    elections(first: 100) {\n      edges {\n        node {\n          id\n          state\n          electionDay\n          organization {\n            name\n          }\n        }\n      }\n    }\n    cases(first: 100) @include(if: $cases) {\n      edges {\n        node {\n          id\n          trackingCode\n          title\n        }\n      }\n    }\n    users(first: 100) @include(if: $users) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AuditPickableDocument,
    "\n  query AuditCaseByCode($code: String!) {\n    cases(trackingCode: $code, first: 1) {\n      edges {\n        node {\n          id\n          trackingCode\n          title\n        }\n      }\n    }\n  }\n": typeof types.AuditCaseByCodeDocument,
    "\n  query AuditUserByName($search: String!) {\n    users(search: $search, first: 5) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AuditUserByNameDocument,
    "\n  query AuditHead($subjectId: ID!) {\n    auditTrail(subjectId: $subjectId, first: 1) {\n      totalCount\n      edges {\n        node {\n          id\n          subjectType\n        }\n      }\n    }\n  }\n": typeof types.AuditHeadDocument,
    "\n  query LateEntries($from: String, $to: String, $subjectType: String) {\n    lateEntries(first: 100, recordedFrom: $from, recordedTo: $to, subjectType: $subjectType) {\n      totalCount\n      edges {\n        node {\n          id\n          subjectType\n          subjectId\n          step\n          field\n          dateGiven\n          recordedAt\n          daysBack\n          actorLabel\n          reason\n        }\n      }\n    }\n  }\n": typeof types.LateEntriesDocument,
    "\n  query CaseStatistics($jurisdictionId: ID, $from: String, $to: String) {\n    caseStatistics(jurisdictionId: $jurisdictionId, receivedFrom: $from, receivedTo: $to) {\n      total\n      accepted\n      awaitingAcceptance\n      resolved\n      outstanding\n      resolutionRate\n      notAccepted\n      referred\n      merged\n      underReview\n      reviewWindowOpen\n      open\n      onTime {\n        step\n        met\n        late\n        share\n      }\n      byChannel {\n        key\n        count\n      }\n      byCategory {\n        key\n        count\n      }\n      byLevel {\n        key\n        count\n      }\n      byState {\n        key\n        count\n      }\n      byFinding {\n        key\n        count\n      }\n    }\n  }\n": typeof types.CaseStatisticsDocument,
    "\n  query CoverageStatistics($jurisdictionId: ID) {\n    supervisionCoverage(jurisdictionId: $jurisdictionId) {\n      elections\n      observedOnPollingDay\n      observations\n      observationsPerElection\n      openOrders\n      overdueOrders\n      violations\n    }\n  }\n": typeof types.CoverageStatisticsDocument,
    "\n  query CampaignProgress {\n    campaigns(first: 50) {\n      edges {\n        node {\n          id\n          name\n          jurisdiction {\n            id\n            name\n          }\n          progress {\n            total\n            completed\n            completedShare\n            overdue\n            byState {\n              state\n              count\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CampaignProgressDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      jurisdiction {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query AuditTrail($subjectId: ID!, $first: Int!) {\n    auditTrail(subjectId: $subjectId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          seq\n          subjectType\n          action\n          fromState\n          toState\n          at\n          recordedLate\n          data\n          actor {\n            kind\n            label\n            role\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query VerifyAuditChain($subjectId: ID!) {\n    verifyAuditChain(subjectId: $subjectId) {\n      valid\n      entryCount\n      anchoredSeq\n      firstBreak {\n        seq\n        reason\n      }\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
};
const documents: Documents = {
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      token\n    }\n  }\n": types.ChangeMyPasswordDocument,
    "\n  mutation CreatePlace($input: CreateJurisdictionInput!) {\n    createJurisdiction(input: $input) {\n      id\n      name\n      level\n    }\n  }\n": types.CreatePlaceDocument,
    "\n  query UsersList($search: String, $role: Role) {\n    users(first: 100, search: $search, role: $role) {\n      totalCount\n      edges {\n        node {\n          id\n          username\n          displayName\n          role\n          active\n          lockedUntil\n          lastLoginAt\n          version\n          jurisdiction {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UsersListDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n      lockedUntil\n      version\n      jurisdiction {\n        id\n        name\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n      lockedUntil\n      version\n      jurisdiction {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  query Places {\n    jurisdictions(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          level\n          code\n          depth\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.PlacesDocument,
    "\n  query HomeCaseWork {\n    mine: cases(queue: MINE, first: 1) {\n      totalCount\n    }\n    overdue: cases(queue: OVERDUE_IN_MY_JURISDICTION, first: 1) {\n      totalCount\n    }\n    awaiting: cases(state: \"open.received\", first: 1) {\n      totalCount\n    }\n  }\n": types.HomeCaseWorkDocument,
    "\n  query HomeElectionWork {\n    overdue: elections(overdue: true, first: 1) {\n      totalCount\n    }\n    active: elections(state: \"active.\", first: 1) {\n      totalCount\n    }\n  }\n": types.HomeElectionWorkDocument,
    "\n  query HomeSupervisionWork {\n    supervisionCoverage {\n      elections\n      openOrders\n      overdueOrders\n    }\n  }\n": types.HomeSupervisionWorkDocument,
    "\n  query AuditPickable($cases: Boolean!, $users: Boolean!) {\n    elections(first: 100) {\n      edges {\n        node {\n          id\n          state\n          electionDay\n          organization {\n            name\n          }\n        }\n      }\n    }\n    cases(first: 100) @include(if: $cases) {\n      edges {\n        node {\n          id\n          trackingCode\n          title\n        }\n      }\n    }\n    users(first: 100) @include(if: $users) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": types.AuditPickableDocument,
    "\n  query AuditCaseByCode($code: String!) {\n    cases(trackingCode: $code, first: 1) {\n      edges {\n        node {\n          id\n          trackingCode\n          title\n        }\n      }\n    }\n  }\n": types.AuditCaseByCodeDocument,
    "\n  query AuditUserByName($search: String!) {\n    users(search: $search, first: 5) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": types.AuditUserByNameDocument,
    "\n  query AuditHead($subjectId: ID!) {\n    auditTrail(subjectId: $subjectId, first: 1) {\n      totalCount\n      edges {\n        node {\n          id\n          subjectType\n        }\n      }\n    }\n  }\n": types.AuditHeadDocument,
    "\n  query LateEntries($from: String, $to: String, $subjectType: String) {\n    lateEntries(first: 100, recordedFrom: $from, recordedTo: $to, subjectType: $subjectType) {\n      totalCount\n      edges {\n        node {\n          id\n          subjectType\n          subjectId\n          step\n          field\n          dateGiven\n          recordedAt\n          daysBack\n          actorLabel\n          reason\n        }\n      }\n    }\n  }\n": types.LateEntriesDocument,
    "\n  query CaseStatistics($jurisdictionId: ID, $from: String, $to: String) {\n    caseStatistics(jurisdictionId: $jurisdictionId, receivedFrom: $from, receivedTo: $to) {\n      total\n      accepted\n      awaitingAcceptance\n      resolved\n      outstanding\n      resolutionRate\n      notAccepted\n      referred\n      merged\n      underReview\n      reviewWindowOpen\n      open\n      onTime {\n        step\n        met\n        late\n        share\n      }\n      byChannel {\n        key\n        count\n      }\n      byCategory {\n        key\n        count\n      }\n      byLevel {\n        key\n        count\n      }\n      byState {\n        key\n        count\n      }\n      byFinding {\n        key\n        count\n      }\n    }\n  }\n": types.CaseStatisticsDocument,
    "\n  query CoverageStatistics($jurisdictionId: ID) {\n    supervisionCoverage(jurisdictionId: $jurisdictionId) {\n      elections\n      observedOnPollingDay\n      observations\n      observationsPerElection\n      openOrders\n      overdueOrders\n      violations\n    }\n  }\n": types.CoverageStatisticsDocument,
    "\n  query CampaignProgress {\n    campaigns(first: 50) {\n      edges {\n        node {\n          id\n          name\n          jurisdiction {\n            id\n            name\n          }\n          progress {\n            total\n            completed\n            completedShare\n            overdue\n            byState {\n              state\n              count\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CampaignProgressDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      jurisdiction {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": types.LoginDocument,
    "\n  query AuditTrail($subjectId: ID!, $first: Int!) {\n    auditTrail(subjectId: $subjectId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          seq\n          subjectType\n          action\n          fromState\n          toState\n          at\n          recordedLate\n          data\n          actor {\n            kind\n            label\n            role\n          }\n        }\n      }\n    }\n  }\n": types.AuditTrailDocument,
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
export function graphql(source: "\n  mutation CreatePlace($input: CreateJurisdictionInput!) {\n    createJurisdiction(input: $input) {\n      id\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePlace($input: CreateJurisdictionInput!) {\n    createJurisdiction(input: $input) {\n      id\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersList($search: String, $role: Role) {\n    users(first: 100, search: $search, role: $role) {\n      totalCount\n      edges {\n        node {\n          id\n          username\n          displayName\n          role\n          active\n          lockedUntil\n          lastLoginAt\n          version\n          jurisdiction {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersList($search: String, $role: Role) {\n    users(first: 100, search: $search, role: $role) {\n      totalCount\n      edges {\n        node {\n          id\n          username\n          displayName\n          role\n          active\n          lockedUntil\n          lastLoginAt\n          version\n          jurisdiction {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n      lockedUntil\n      version\n      jurisdiction {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n      lockedUntil\n      version\n      jurisdiction {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n      lockedUntil\n      version\n      jurisdiction {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      username\n      displayName\n      role\n      active\n      lockedUntil\n      version\n      jurisdiction {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Places {\n    jurisdictions(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          level\n          code\n          depth\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Places {\n    jurisdictions(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          level\n          code\n          depth\n          parent {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query AuditPickable($cases: Boolean!, $users: Boolean!) {\n    elections(first: 100) {\n      edges {\n        node {\n          id\n          state\n          electionDay\n          organization {\n            name\n          }\n        }\n      }\n    }\n    cases(first: 100) @include(if: $cases) {\n      edges {\n        node {\n          id\n          trackingCode\n          title\n        }\n      }\n    }\n    users(first: 100) @include(if: $users) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditPickable($cases: Boolean!, $users: Boolean!) {\n    elections(first: 100) {\n      edges {\n        node {\n          id\n          state\n          electionDay\n          organization {\n            name\n          }\n        }\n      }\n    }\n    cases(first: 100) @include(if: $cases) {\n      edges {\n        node {\n          id\n          trackingCode\n          title\n        }\n      }\n    }\n    users(first: 100) @include(if: $users) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditCaseByCode($code: String!) {\n    cases(trackingCode: $code, first: 1) {\n      edges {\n        node {\n          id\n          trackingCode\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditCaseByCode($code: String!) {\n    cases(trackingCode: $code, first: 1) {\n      edges {\n        node {\n          id\n          trackingCode\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditUserByName($search: String!) {\n    users(search: $search, first: 5) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditUserByName($search: String!) {\n    users(search: $search, first: 5) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditHead($subjectId: ID!) {\n    auditTrail(subjectId: $subjectId, first: 1) {\n      totalCount\n      edges {\n        node {\n          id\n          subjectType\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditHead($subjectId: ID!) {\n    auditTrail(subjectId: $subjectId, first: 1) {\n      totalCount\n      edges {\n        node {\n          id\n          subjectType\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LateEntries($from: String, $to: String, $subjectType: String) {\n    lateEntries(first: 100, recordedFrom: $from, recordedTo: $to, subjectType: $subjectType) {\n      totalCount\n      edges {\n        node {\n          id\n          subjectType\n          subjectId\n          step\n          field\n          dateGiven\n          recordedAt\n          daysBack\n          actorLabel\n          reason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LateEntries($from: String, $to: String, $subjectType: String) {\n    lateEntries(first: 100, recordedFrom: $from, recordedTo: $to, subjectType: $subjectType) {\n      totalCount\n      edges {\n        node {\n          id\n          subjectType\n          subjectId\n          step\n          field\n          dateGiven\n          recordedAt\n          daysBack\n          actorLabel\n          reason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseStatistics($jurisdictionId: ID, $from: String, $to: String) {\n    caseStatistics(jurisdictionId: $jurisdictionId, receivedFrom: $from, receivedTo: $to) {\n      total\n      accepted\n      awaitingAcceptance\n      resolved\n      outstanding\n      resolutionRate\n      notAccepted\n      referred\n      merged\n      underReview\n      reviewWindowOpen\n      open\n      onTime {\n        step\n        met\n        late\n        share\n      }\n      byChannel {\n        key\n        count\n      }\n      byCategory {\n        key\n        count\n      }\n      byLevel {\n        key\n        count\n      }\n      byState {\n        key\n        count\n      }\n      byFinding {\n        key\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseStatistics($jurisdictionId: ID, $from: String, $to: String) {\n    caseStatistics(jurisdictionId: $jurisdictionId, receivedFrom: $from, receivedTo: $to) {\n      total\n      accepted\n      awaitingAcceptance\n      resolved\n      outstanding\n      resolutionRate\n      notAccepted\n      referred\n      merged\n      underReview\n      reviewWindowOpen\n      open\n      onTime {\n        step\n        met\n        late\n        share\n      }\n      byChannel {\n        key\n        count\n      }\n      byCategory {\n        key\n        count\n      }\n      byLevel {\n        key\n        count\n      }\n      byState {\n        key\n        count\n      }\n      byFinding {\n        key\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageStatistics($jurisdictionId: ID) {\n    supervisionCoverage(jurisdictionId: $jurisdictionId) {\n      elections\n      observedOnPollingDay\n      observations\n      observationsPerElection\n      openOrders\n      overdueOrders\n      violations\n    }\n  }\n"): (typeof documents)["\n  query CoverageStatistics($jurisdictionId: ID) {\n    supervisionCoverage(jurisdictionId: $jurisdictionId) {\n      elections\n      observedOnPollingDay\n      observations\n      observationsPerElection\n      openOrders\n      overdueOrders\n      violations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignProgress {\n    campaigns(first: 50) {\n      edges {\n        node {\n          id\n          name\n          jurisdiction {\n            id\n            name\n          }\n          progress {\n            total\n            completed\n            completedShare\n            overdue\n            byState {\n              state\n              count\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignProgress {\n    campaigns(first: 50) {\n      edges {\n        node {\n          id\n          name\n          jurisdiction {\n            id\n            name\n          }\n          progress {\n            total\n            completed\n            completedShare\n            overdue\n            byState {\n              state\n              count\n            }\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query AuditTrail($subjectId: ID!, $first: Int!) {\n    auditTrail(subjectId: $subjectId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          seq\n          subjectType\n          action\n          fromState\n          toState\n          at\n          recordedLate\n          data\n          actor {\n            kind\n            label\n            role\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrail($subjectId: ID!, $first: Int!) {\n    auditTrail(subjectId: $subjectId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          seq\n          subjectType\n          action\n          fromState\n          toState\n          at\n          recordedLate\n          data\n          actor {\n            kind\n            label\n            role\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain($subjectId: ID!) {\n    verifyAuditChain(subjectId: $subjectId) {\n      valid\n      entryCount\n      anchoredSeq\n      firstBreak {\n        seq\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain($subjectId: ID!) {\n    verifyAuditChain(subjectId: $subjectId) {\n      valid\n      entryCount\n      anchoredSeq\n      firstBreak {\n        seq\n        reason\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;