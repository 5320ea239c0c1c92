/**
 * Codes a client may see in `extensions.code`, beyond the domain's (libs/domain errors.ts).
 * Documented in README "Errors".
 */
export const QUERY_TOO_DEEP = 'QUERY_TOO_DEEP';
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';
export const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR';
