import { randomUUID } from 'node:crypto';
import { HttpException } from '@nestjs/common';
import { isDomainError } from '@scrutineer/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ErrorLog } from '../errors/error-log.js';
import {
  BAD_REQUEST,
  GRAPHQL_PARSE_FAILED,
  GRAPHQL_VALIDATION_FAILED,
  INTERNAL_SERVER_ERROR,
  OPERATION_RESOLUTION_FAILURE,
  PERSISTED_QUERY_NOT_SUPPORTED,
  QUERY_TOO_COMPLEX,
  QUERY_TOO_DEEP,
} from './error-codes.js';
import { withoutValues } from './value-free.js';

/** Codes Apollo, graphql-js and our limits assign to a request they refuse; passed on with their message. */
const PASS_THROUGH = new Set([
  GRAPHQL_PARSE_FAILED,
  GRAPHQL_VALIDATION_FAILED,
  'BAD_USER_INPUT',
  BAD_REQUEST,
  PERSISTED_QUERY_NOT_SUPPORTED,
  OPERATION_RESOLUTION_FAILURE,
  QUERY_TOO_DEEP,
  QUERY_TOO_COMPLEX,
]);

const HTTP_CODES: Record<number, string> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 429: 'RATE_LIMITED' };

type Extensions = { code: string } & Record<string, unknown>;

const originalOf = (error: unknown): unknown => {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
};

/** The message and extensions of a refusal (the client's doing), or null for a fault (ours). */
function refusalOf(formatted: GraphQLFormattedError, original: unknown): { message: string; extensions: Extensions } | null {
  if (isDomainError(original)) return { message: original.message, extensions: { code: original.code, ...original.details } };
  if (original instanceof HttpException && original.getStatus() < 500) {
    return { message: original.message, extensions: { code: HTTP_CODES[original.getStatus()] ?? 'BAD_USER_INPUT' } };
  }
  // A limit refused at validation keeps its own code under Apollo's GRAPHQL_VALIDATION_FAILED.
  const own = original instanceof GraphQLError ? original.extensions?.code : undefined;
  const code = typeof own === 'string' && PASS_THROUGH.has(own) ? own : formatted.extensions?.code;
  if (typeof code !== 'string' || !PASS_THROUGH.has(code)) return null;
  const fields = formatted.extensions?.fields;
  // graphql-js quotes the offending value in its messages: it may be a name or a phone number.
  return { message: withoutValues(formatted.message), extensions: { code, ...(Array.isArray(fields) ? { fields } : {}) } };
}

const fieldNames = (extensions: Extensions): string[] | undefined => {
  const fields = extensions.fields;
  return Array.isArray(fields) ? fields.map((f) => String((f as { field?: unknown }).field)) : undefined;
};

/**
 * Every error leaves with a stable `extensions.code` and has one log line with a reference. A refusal
 * keeps its message and details and is logged at info or warn; anything else is a fault: it becomes
 * INTERNAL_SERVER_ERROR with the reference to its error line, never with a stack trace in the answer.
 */
export function createFormatError(log: ErrorLog) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    const reference = randomUUID();
    const refusal = refusalOf(formatted, originalOf(error));
    if (!refusal) {
      log.fault(originalOf(error) ?? error, reference);
      return { ...base, message: `Internal server error (reference ${reference})`, extensions: { code: INTERNAL_SERVER_ERROR, reference } };
    }
    log.refusal({ code: refusal.extensions.code, reference, path: formatted.path, fields: fieldNames(refusal.extensions) });
    // The reference stays in the log: the same refusal answers the same, byte for byte (existence never leaks).
    return { ...base, message: refusal.message, extensions: refusal.extensions };
  };
}
