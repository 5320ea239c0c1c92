/**
 * Codes a client may see in `extensions.code`, beyond the domain's (libs/domain errors.ts).
 * Documented in README "Errors".
 */
export const QUERY_TOO_DEEP = 'QUERY_TOO_DEEP';
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';
export const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR';

/** Apollo's and graphql-js's own codes for a request that is not a valid GraphQL operation for this schema. */
export const GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED';
export const GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED';
export const OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE';
export const PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED';

/** HTTP-level refusals, before any GraphQL: a malformed request, no such route, too large, the wrong media type, too slow. */
export const BAD_REQUEST = 'BAD_REQUEST';
export const PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE';
export const UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE';
export const HEADERS_TOO_LARGE = 'HEADERS_TOO_LARGE';
export const REQUEST_TIMEOUT = 'REQUEST_TIMEOUT';
