import { randomUUID } from 'node:crypto';
import { HttpException } from '@nestjs/common';
import { isDomainError } from '@scrutineer/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { INTERNAL_SERVER_ERROR, QUERY_TOO_COMPLEX, QUERY_TOO_DEEP } from './error-codes.js';

/** Codes Apollo and graphql-js assign themselves; passed through as they are. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
const LIMIT_CODES = new Set([QUERY_TOO_DEEP, QUERY_TOO_COMPLEX]);

export type ErrorLogger = (err: unknown, reference: string) => void;

const originalOf = (error: unknown): unknown => {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
};

/**
 * Every error leaves with a stable `extensions.code`. Expected errors keep their message and
 * details; anything unexpected becomes INTERNAL_SERVER_ERROR with a reference to the log line,
 * never a stack trace.
 */
export function createFormatError(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    const original = originalOf(error);

    if (isDomainError(original)) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof GraphQLError && LIMIT_CODES.has(String(original.extensions?.code))) {
      return { ...base, message: original.message, extensions: { code: original.extensions.code } };
    }
    if (original instanceof HttpException) {
      const status = original.getStatus();
      const code =
        status === 401
          ? 'UNAUTHENTICATED'
          : status === 403
            ? 'FORBIDDEN'
            : status === 404
              ? 'NOT_FOUND'
              : status < 500
                ? 'BAD_USER_INPUT'
                : undefined;
      if (code) return { ...base, message: original.message, extensions: { code } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      return { ...base, extensions: { code } };
    }
    const reference = randomUUID();
    log(original ?? error, reference);
    return { ...base, message: `Internal server error (reference ${reference})`, extensions: { code: INTERNAL_SERVER_ERROR, reference } };
  };
}
