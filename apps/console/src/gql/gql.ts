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