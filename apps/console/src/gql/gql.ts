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
    "\n  query HomeCaseWork {\n    mine: cases(queue: MINE, first: 1) {\n      totalCount\n    }\n    overdue: cases(queue: OVERDUE_IN_MY_JURISDICTION, first: 1) {\n      totalCount\n    }\n    awaiting: cases(state: \"open.received\", first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeCaseWorkDocument,
    "\n  query HomeElectionWork {\n    overdue: elections(overdue: true, first: 1) {\n      totalCount\n    }\n    active: elections(state: \"active.\", first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeElectionWorkDocument,
    "\n  query HomeSupervisionWork {\n    supervisionCoverage {\n      elections\n      openOrders\n      overdueOrders\n    }\n  }\n": typeof types.HomeSupervisionWorkDocument,
    "\n  query SupervisionTeams {\n    supervisionTeams {\n      id\n      name\n      kind\n      jurisdictionId\n      leaderId\n      members {\n        id\n        displayName\n        username\n      }\n      assignments {\n        electionId\n        jurisdictionId\n      }\n    }\n  }\n": typeof types.SupervisionTeamsDocument,
    "\n  query SupervisionElections {\n    elections(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          state\n          electionDay\n          organization {\n            id\n            name\n          }\n          jurisdiction {\n            id\n            name\n            ancestors {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupervisionElectionsDocument,
    "\n  query SupervisionJurisdictions {\n    jurisdictions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          depth\n        }\n      }\n    }\n  }\n": typeof types.SupervisionJurisdictionsDocument,
    "\n  query SupervisionVocabulary {\n    supervisionVocabulary {\n      checklist {\n        id\n        text\n        citation\n      }\n      stages {\n        code\n        label\n      }\n      violationCodes {\n        code\n        label\n      }\n      severities\n      teamKinds\n    }\n  }\n": typeof types.SupervisionVocabularyDocument,
    "\n  query SupervisionCoverageSummary {\n    supervisionCoverage {\n      elections\n      observations\n      observedOnPollingDay\n      openOrders\n      overdueOrders\n    }\n  }\n": typeof types.SupervisionCoverageSummaryDocument,
    "\n  query SupervisionSiteSummaries($electionId: ID!) {\n    siteSummaries(electionId: $electionId) {\n      site\n      stage\n      observers\n      conflicts\n      items {\n        item\n        status\n        differs\n      }\n    }\n  }\n": typeof types.SupervisionSiteSummariesDocument,
    "\n  query SupervisionSiteSummary($electionId: ID!, $site: String!, $stage: String!) {\n    siteSummary(electionId: $electionId, site: $site, stage: $stage) {\n      site\n      stage\n      observers\n      conflicts\n      items {\n        item\n        status\n        differs\n        answers {\n          observationId\n          observer\n          answer\n          numbers {\n            entitled\n            present\n            ballotsIssued\n            ballotsReturned\n            proxiesHeld\n            maxProxiesPerHolder\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupervisionSiteSummaryDocument,
    "\n  query SupervisionObservations($electionId: ID, $stage: String, $severity: String, $site: String, $violationCode: String) {\n    observations(electionId: $electionId, stage: $stage, severity: $severity, site: $site, violationCode: $violationCode, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          electionId\n          observerId\n          observedAt\n          stage\n          site {\n            name\n            kind\n          }\n          maxSeverity\n          recordedLate\n          violations {\n            code\n            severity\n          }\n          flags {\n            rule\n            item\n            message\n            values\n          }\n        }\n      }\n    }\n  }\n": typeof types.SupervisionObservationsDocument,
    "\n  query SupervisionObservation($id: ID!) {\n    observation(id: $id) {\n      id\n      electionId\n      teamId\n      observerId\n      observedAt\n      submittedAt\n      stage\n      channel\n      recordedLate\n      lateReason\n      narrative\n      maxSeverity\n      site {\n        name\n        kind\n      }\n      checklist {\n        item\n        answer\n        note\n        numbers {\n          entitled\n          present\n          ballotsIssued\n          ballotsReturned\n          proxiesHeld\n          maxProxiesPerHolder\n        }\n      }\n      violations {\n        code\n        severity\n        description\n      }\n      flags {\n        rule\n        item\n        message\n        values\n      }\n    }\n    observationAmendments(id: $id) {\n      id\n      amendedAt\n      amendedBy\n      reason\n      changes\n    }\n    observationOrders(observationId: $id) {\n      id\n      state\n      dueOn\n      overdue\n      requirement\n    }\n  }\n": typeof types.SupervisionObservationDocument,
    "\n  query SupervisionOrders($electionId: ID!) {\n    rectificationOrders(electionId: $electionId) {\n      id\n      electionId\n      observationId\n      teamId\n      state\n      requirement\n      dueOn\n      overdue\n      blocking\n    }\n  }\n": typeof types.SupervisionOrdersDocument,
    "\n  query SupervisionOrder($id: ID!) {\n    rectificationOrder(id: $id) {\n      id\n      version\n      electionId\n      observationId\n      teamId\n      state\n      requirement\n      dueOn\n      overdue\n      blocking\n      rectification\n      verification\n      rejections\n    }\n    rectificationOrderActions(id: $id) {\n      event\n      allowed\n      reasons {\n        rule\n        message\n        citation\n        values\n      }\n    }\n  }\n": typeof types.SupervisionOrderDocument,
    "\n  mutation SupervisionIssueOrder($input: IssueRectificationOrderInput!) {\n    issueRectificationOrder(input: $input) {\n      id\n      state\n      dueOn\n    }\n  }\n": typeof types.SupervisionIssueOrderDocument,
    "\n  mutation SupervisionAcknowledgeOrder($input: OrderStepInput!) {\n    acknowledgeRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": typeof types.SupervisionAcknowledgeOrderDocument,
    "\n  mutation SupervisionRectifyOrder($input: RectifyOrderInput!) {\n    rectifyRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": typeof types.SupervisionRectifyOrderDocument,
    "\n  mutation SupervisionVerifyOrder($input: VerifyOrderInput!) {\n    verifyRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": typeof types.SupervisionVerifyOrderDocument,
    "\n  mutation SupervisionRejectOrder($input: OrderReasonInput!) {\n    rejectRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": typeof types.SupervisionRejectOrderDocument,
    "\n  mutation SupervisionCancelOrder($input: OrderReasonInput!) {\n    cancelRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": typeof types.SupervisionCancelOrderDocument,
    "\n  mutation SupervisionChangeOrderDue($input: ChangeOrderDueInput!) {\n    changeRectificationOrderDue(input: $input) {\n      id\n      state\n      dueOn\n      version\n    }\n  }\n": typeof types.SupervisionChangeOrderDueDocument,
    "\n  mutation SupervisionCreateTeam($input: CreateTeamInput!) {\n    createSupervisionTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.SupervisionCreateTeamDocument,
    "\n  mutation SupervisionAssignTeam($input: AssignTeamInput!) {\n    assignSupervisionTeam(input: $input) {\n      id\n      assignments {\n        electionId\n        jurisdictionId\n      }\n    }\n  }\n": typeof types.SupervisionAssignTeamDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      jurisdiction {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query AuditTrail($subjectId: ID!, $first: Int!) {\n    auditTrail(subjectId: $subjectId, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          seq\n          subjectType\n          action\n          fromState\n          toState\n          at\n          recordedLate\n          actor {\n            kind\n            label\n            role\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query VerifyAuditChain($subjectId: ID!) {\n    verifyAuditChain(subjectId: $subjectId) {\n      valid\n      entryCount\n      anchoredSeq\n      firstBreak {\n        seq\n        reason\n      }\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
};
const documents: Documents = {
    "\n  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      token\n    }\n  }\n": types.ChangeMyPasswordDocument,
    "\n  query HomeCaseWork {\n    mine: cases(queue: MINE, first: 1) {\n      totalCount\n    }\n    overdue: cases(queue: OVERDUE_IN_MY_JURISDICTION, first: 1) {\n      totalCount\n    }\n    awaiting: cases(state: \"open.received\", first: 1) {\n      totalCount\n    }\n  }\n": types.HomeCaseWorkDocument,
    "\n  query HomeElectionWork {\n    overdue: elections(overdue: true, first: 1) {\n      totalCount\n    }\n    active: elections(state: \"active.\", first: 1) {\n      totalCount\n    }\n  }\n": types.HomeElectionWorkDocument,
    "\n  query HomeSupervisionWork {\n    supervisionCoverage {\n      elections\n      openOrders\n      overdueOrders\n    }\n  }\n": types.HomeSupervisionWorkDocument,
    "\n  query SupervisionTeams {\n    supervisionTeams {\n      id\n      name\n      kind\n      jurisdictionId\n      leaderId\n      members {\n        id\n        displayName\n        username\n      }\n      assignments {\n        electionId\n        jurisdictionId\n      }\n    }\n  }\n": types.SupervisionTeamsDocument,
    "\n  query SupervisionElections {\n    elections(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          state\n          electionDay\n          organization {\n            id\n            name\n          }\n          jurisdiction {\n            id\n            name\n            ancestors {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SupervisionElectionsDocument,
    "\n  query SupervisionJurisdictions {\n    jurisdictions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          depth\n        }\n      }\n    }\n  }\n": types.SupervisionJurisdictionsDocument,
    "\n  query SupervisionVocabulary {\n    supervisionVocabulary {\n      checklist {\n        id\n        text\n        citation\n      }\n      stages {\n        code\n        label\n      }\n      violationCodes {\n        code\n        label\n      }\n      severities\n      teamKinds\n    }\n  }\n": types.SupervisionVocabularyDocument,
    "\n  query SupervisionCoverageSummary {\n    supervisionCoverage {\n      elections\n      observations\n      observedOnPollingDay\n      openOrders\n      overdueOrders\n    }\n  }\n": types.SupervisionCoverageSummaryDocument,
    "\n  query SupervisionSiteSummaries($electionId: ID!) {\n    siteSummaries(electionId: $electionId) {\n      site\n      stage\n      observers\n      conflicts\n      items {\n        item\n        status\n        differs\n      }\n    }\n  }\n": types.SupervisionSiteSummariesDocument,
    "\n  query SupervisionSiteSummary($electionId: ID!, $site: String!, $stage: String!) {\n    siteSummary(electionId: $electionId, site: $site, stage: $stage) {\n      site\n      stage\n      observers\n      conflicts\n      items {\n        item\n        status\n        differs\n        answers {\n          observationId\n          observer\n          answer\n          numbers {\n            entitled\n            present\n            ballotsIssued\n            ballotsReturned\n            proxiesHeld\n            maxProxiesPerHolder\n          }\n        }\n      }\n    }\n  }\n": types.SupervisionSiteSummaryDocument,
    "\n  query SupervisionObservations($electionId: ID, $stage: String, $severity: String, $site: String, $violationCode: String) {\n    observations(electionId: $electionId, stage: $stage, severity: $severity, site: $site, violationCode: $violationCode, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          electionId\n          observerId\n          observedAt\n          stage\n          site {\n            name\n            kind\n          }\n          maxSeverity\n          recordedLate\n          violations {\n            code\n            severity\n          }\n          flags {\n            rule\n            item\n            message\n            values\n          }\n        }\n      }\n    }\n  }\n": types.SupervisionObservationsDocument,
    "\n  query SupervisionObservation($id: ID!) {\n    observation(id: $id) {\n      id\n      electionId\n      teamId\n      observerId\n      observedAt\n      submittedAt\n      stage\n      channel\n      recordedLate\n      lateReason\n      narrative\n      maxSeverity\n      site {\n        name\n        kind\n      }\n      checklist {\n        item\n        answer\n        note\n        numbers {\n          entitled\n          present\n          ballotsIssued\n          ballotsReturned\n          proxiesHeld\n          maxProxiesPerHolder\n        }\n      }\n      violations {\n        code\n        severity\n        description\n      }\n      flags {\n        rule\n        item\n        message\n        values\n      }\n    }\n    observationAmendments(id: $id) {\n      id\n      amendedAt\n      amendedBy\n      reason\n      changes\n    }\n    observationOrders(observationId: $id) {\n      id\n      state\n      dueOn\n      overdue\n      requirement\n    }\n  }\n": types.SupervisionObservationDocument,
    "\n  query SupervisionOrders($electionId: ID!) {\n    rectificationOrders(electionId: $electionId) {\n      id\n      electionId\n      observationId\n      teamId\n      state\n      requirement\n      dueOn\n      overdue\n      blocking\n    }\n  }\n": types.SupervisionOrdersDocument,
    "\n  query SupervisionOrder($id: ID!) {\n    rectificationOrder(id: $id) {\n      id\n      version\n      electionId\n      observationId\n      teamId\n      state\n      requirement\n      dueOn\n      overdue\n      blocking\n      rectification\n      verification\n      rejections\n    }\n    rectificationOrderActions(id: $id) {\n      event\n      allowed\n      reasons {\n        rule\n        message\n        citation\n        values\n      }\n    }\n  }\n": types.SupervisionOrderDocument,
    "\n  mutation SupervisionIssueOrder($input: IssueRectificationOrderInput!) {\n    issueRectificationOrder(input: $input) {\n      id\n      state\n      dueOn\n    }\n  }\n": types.SupervisionIssueOrderDocument,
    "\n  mutation SupervisionAcknowledgeOrder($input: OrderStepInput!) {\n    acknowledgeRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": types.SupervisionAcknowledgeOrderDocument,
    "\n  mutation SupervisionRectifyOrder($input: RectifyOrderInput!) {\n    rectifyRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": types.SupervisionRectifyOrderDocument,
    "\n  mutation SupervisionVerifyOrder($input: VerifyOrderInput!) {\n    verifyRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": types.SupervisionVerifyOrderDocument,
    "\n  mutation SupervisionRejectOrder($input: OrderReasonInput!) {\n    rejectRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": types.SupervisionRejectOrderDocument,
    "\n  mutation SupervisionCancelOrder($input: OrderReasonInput!) {\n    cancelRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": types.SupervisionCancelOrderDocument,
    "\n  mutation SupervisionChangeOrderDue($input: ChangeOrderDueInput!) {\n    changeRectificationOrderDue(input: $input) {\n      id\n      state\n      dueOn\n      version\n    }\n  }\n": types.SupervisionChangeOrderDueDocument,
    "\n  mutation SupervisionCreateTeam($input: CreateTeamInput!) {\n    createSupervisionTeam(input: $input) {\n      id\n    }\n  }\n": types.SupervisionCreateTeamDocument,
    "\n  mutation SupervisionAssignTeam($input: AssignTeamInput!) {\n    assignSupervisionTeam(input: $input) {\n      id\n      assignments {\n        electionId\n        jurisdictionId\n      }\n    }\n  }\n": types.SupervisionAssignTeamDocument,
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
export function graphql(source: "\n  query SupervisionTeams {\n    supervisionTeams {\n      id\n      name\n      kind\n      jurisdictionId\n      leaderId\n      members {\n        id\n        displayName\n        username\n      }\n      assignments {\n        electionId\n        jurisdictionId\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionTeams {\n    supervisionTeams {\n      id\n      name\n      kind\n      jurisdictionId\n      leaderId\n      members {\n        id\n        displayName\n        username\n      }\n      assignments {\n        electionId\n        jurisdictionId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionElections {\n    elections(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          state\n          electionDay\n          organization {\n            id\n            name\n          }\n          jurisdiction {\n            id\n            name\n            ancestors {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionElections {\n    elections(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          state\n          electionDay\n          organization {\n            id\n            name\n          }\n          jurisdiction {\n            id\n            name\n            ancestors {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionJurisdictions {\n    jurisdictions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          depth\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionJurisdictions {\n    jurisdictions(first: 100) {\n      edges {\n        node {\n          id\n          name\n          depth\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionVocabulary {\n    supervisionVocabulary {\n      checklist {\n        id\n        text\n        citation\n      }\n      stages {\n        code\n        label\n      }\n      violationCodes {\n        code\n        label\n      }\n      severities\n      teamKinds\n    }\n  }\n"): (typeof documents)["\n  query SupervisionVocabulary {\n    supervisionVocabulary {\n      checklist {\n        id\n        text\n        citation\n      }\n      stages {\n        code\n        label\n      }\n      violationCodes {\n        code\n        label\n      }\n      severities\n      teamKinds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionCoverageSummary {\n    supervisionCoverage {\n      elections\n      observations\n      observedOnPollingDay\n      openOrders\n      overdueOrders\n    }\n  }\n"): (typeof documents)["\n  query SupervisionCoverageSummary {\n    supervisionCoverage {\n      elections\n      observations\n      observedOnPollingDay\n      openOrders\n      overdueOrders\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionSiteSummaries($electionId: ID!) {\n    siteSummaries(electionId: $electionId) {\n      site\n      stage\n      observers\n      conflicts\n      items {\n        item\n        status\n        differs\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionSiteSummaries($electionId: ID!) {\n    siteSummaries(electionId: $electionId) {\n      site\n      stage\n      observers\n      conflicts\n      items {\n        item\n        status\n        differs\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionSiteSummary($electionId: ID!, $site: String!, $stage: String!) {\n    siteSummary(electionId: $electionId, site: $site, stage: $stage) {\n      site\n      stage\n      observers\n      conflicts\n      items {\n        item\n        status\n        differs\n        answers {\n          observationId\n          observer\n          answer\n          numbers {\n            entitled\n            present\n            ballotsIssued\n            ballotsReturned\n            proxiesHeld\n            maxProxiesPerHolder\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionSiteSummary($electionId: ID!, $site: String!, $stage: String!) {\n    siteSummary(electionId: $electionId, site: $site, stage: $stage) {\n      site\n      stage\n      observers\n      conflicts\n      items {\n        item\n        status\n        differs\n        answers {\n          observationId\n          observer\n          answer\n          numbers {\n            entitled\n            present\n            ballotsIssued\n            ballotsReturned\n            proxiesHeld\n            maxProxiesPerHolder\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionObservations($electionId: ID, $stage: String, $severity: String, $site: String, $violationCode: String) {\n    observations(electionId: $electionId, stage: $stage, severity: $severity, site: $site, violationCode: $violationCode, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          electionId\n          observerId\n          observedAt\n          stage\n          site {\n            name\n            kind\n          }\n          maxSeverity\n          recordedLate\n          violations {\n            code\n            severity\n          }\n          flags {\n            rule\n            item\n            message\n            values\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionObservations($electionId: ID, $stage: String, $severity: String, $site: String, $violationCode: String) {\n    observations(electionId: $electionId, stage: $stage, severity: $severity, site: $site, violationCode: $violationCode, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          electionId\n          observerId\n          observedAt\n          stage\n          site {\n            name\n            kind\n          }\n          maxSeverity\n          recordedLate\n          violations {\n            code\n            severity\n          }\n          flags {\n            rule\n            item\n            message\n            values\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionObservation($id: ID!) {\n    observation(id: $id) {\n      id\n      electionId\n      teamId\n      observerId\n      observedAt\n      submittedAt\n      stage\n      channel\n      recordedLate\n      lateReason\n      narrative\n      maxSeverity\n      site {\n        name\n        kind\n      }\n      checklist {\n        item\n        answer\n        note\n        numbers {\n          entitled\n          present\n          ballotsIssued\n          ballotsReturned\n          proxiesHeld\n          maxProxiesPerHolder\n        }\n      }\n      violations {\n        code\n        severity\n        description\n      }\n      flags {\n        rule\n        item\n        message\n        values\n      }\n    }\n    observationAmendments(id: $id) {\n      id\n      amendedAt\n      amendedBy\n      reason\n      changes\n    }\n    observationOrders(observationId: $id) {\n      id\n      state\n      dueOn\n      overdue\n      requirement\n    }\n  }\n"): (typeof documents)["\n  query SupervisionObservation($id: ID!) {\n    observation(id: $id) {\n      id\n      electionId\n      teamId\n      observerId\n      observedAt\n      submittedAt\n      stage\n      channel\n      recordedLate\n      lateReason\n      narrative\n      maxSeverity\n      site {\n        name\n        kind\n      }\n      checklist {\n        item\n        answer\n        note\n        numbers {\n          entitled\n          present\n          ballotsIssued\n          ballotsReturned\n          proxiesHeld\n          maxProxiesPerHolder\n        }\n      }\n      violations {\n        code\n        severity\n        description\n      }\n      flags {\n        rule\n        item\n        message\n        values\n      }\n    }\n    observationAmendments(id: $id) {\n      id\n      amendedAt\n      amendedBy\n      reason\n      changes\n    }\n    observationOrders(observationId: $id) {\n      id\n      state\n      dueOn\n      overdue\n      requirement\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionOrders($electionId: ID!) {\n    rectificationOrders(electionId: $electionId) {\n      id\n      electionId\n      observationId\n      teamId\n      state\n      requirement\n      dueOn\n      overdue\n      blocking\n    }\n  }\n"): (typeof documents)["\n  query SupervisionOrders($electionId: ID!) {\n    rectificationOrders(electionId: $electionId) {\n      id\n      electionId\n      observationId\n      teamId\n      state\n      requirement\n      dueOn\n      overdue\n      blocking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionOrder($id: ID!) {\n    rectificationOrder(id: $id) {\n      id\n      version\n      electionId\n      observationId\n      teamId\n      state\n      requirement\n      dueOn\n      overdue\n      blocking\n      rectification\n      verification\n      rejections\n    }\n    rectificationOrderActions(id: $id) {\n      event\n      allowed\n      reasons {\n        rule\n        message\n        citation\n        values\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionOrder($id: ID!) {\n    rectificationOrder(id: $id) {\n      id\n      version\n      electionId\n      observationId\n      teamId\n      state\n      requirement\n      dueOn\n      overdue\n      blocking\n      rectification\n      verification\n      rejections\n    }\n    rectificationOrderActions(id: $id) {\n      event\n      allowed\n      reasons {\n        rule\n        message\n        citation\n        values\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisionIssueOrder($input: IssueRectificationOrderInput!) {\n    issueRectificationOrder(input: $input) {\n      id\n      state\n      dueOn\n    }\n  }\n"): (typeof documents)["\n  mutation SupervisionIssueOrder($input: IssueRectificationOrderInput!) {\n    issueRectificationOrder(input: $input) {\n      id\n      state\n      dueOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisionAcknowledgeOrder($input: OrderStepInput!) {\n    acknowledgeRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SupervisionAcknowledgeOrder($input: OrderStepInput!) {\n    acknowledgeRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisionRectifyOrder($input: RectifyOrderInput!) {\n    rectifyRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SupervisionRectifyOrder($input: RectifyOrderInput!) {\n    rectifyRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisionVerifyOrder($input: VerifyOrderInput!) {\n    verifyRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SupervisionVerifyOrder($input: VerifyOrderInput!) {\n    verifyRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisionRejectOrder($input: OrderReasonInput!) {\n    rejectRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SupervisionRejectOrder($input: OrderReasonInput!) {\n    rejectRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisionCancelOrder($input: OrderReasonInput!) {\n    cancelRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SupervisionCancelOrder($input: OrderReasonInput!) {\n    cancelRectificationOrder(input: $input) {\n      id\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisionChangeOrderDue($input: ChangeOrderDueInput!) {\n    changeRectificationOrderDue(input: $input) {\n      id\n      state\n      dueOn\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SupervisionChangeOrderDue($input: ChangeOrderDueInput!) {\n    changeRectificationOrderDue(input: $input) {\n      id\n      state\n      dueOn\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisionCreateTeam($input: CreateTeamInput!) {\n    createSupervisionTeam(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SupervisionCreateTeam($input: CreateTeamInput!) {\n    createSupervisionTeam(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupervisionAssignTeam($input: AssignTeamInput!) {\n    assignSupervisionTeam(input: $input) {\n      id\n      assignments {\n        electionId\n        jurisdictionId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SupervisionAssignTeam($input: AssignTeamInput!) {\n    assignSupervisionTeam(input: $input) {\n      id\n      assignments {\n        electionId\n        jurisdictionId\n      }\n    }\n  }\n"];
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