import { HttpException } from '@nestjs/common';
import { isDomainError, type ErrorCode } from '@scrutineer/domain';
import { BAD_REQUEST, HEADERS_TOO_LARGE, PAYLOAD_TOO_LARGE, REQUEST_TIMEOUT, UNSUPPORTED_MEDIA_TYPE } from '../graphql/error-codes.js';

/** A refusal over plain HTTP: its status, stable code and a message that quotes nothing the client sent. */
export interface HttpRefusal {
  status: number;
  code: string;
  message: string;
}

export const DOMAIN_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  RULE_VIOLATION: 422,
  RATE_LIMITED: 429,
  PROOF_OF_WORK_REQUIRED: 403,
  PROOF_OF_WORK_INVALID: 403,
  PROOF_OF_WORK_USED: 403,
};

const STATUS_CODES: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  408: REQUEST_TIMEOUT,
  413: PAYLOAD_TOO_LARGE,
  415: UNSUPPORTED_MEDIA_TYPE,
  429: 'RATE_LIMITED',
  431: HEADERS_TOO_LARGE,
};

const STATUS_MESSAGES: Record<number, string> = {
  400: 'The request is malformed',
  404: 'No such route',
  405: 'This route does not take that method',
  408: 'The request took too long to arrive',
  413: 'The request body is larger than the limit (BODY_LIMIT)',
  415: 'Send JSON in UTF-8, without a content encoding other than gzip, deflate or br',
  431: 'The request headers are too large',
};

/** body-parser's and Express's own error types: fixed messages, since theirs quote the body or the path. */
const TYPE_MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON',
  'request.aborted': 'The request body was cut short',
  'request.size.invalid': 'The request body does not match its Content-Length',
  'charset.unsupported': 'Send JSON in UTF-8',
  'encoding.unsupported': 'Unsupported Content-Encoding: use gzip, deflate or br, or none',
};

const statusOf = (error: unknown): number | null => {
  const e = error as { status?: unknown; statusCode?: unknown };
  const status = typeof e?.status === 'number' ? e.status : typeof e?.statusCode === 'number' ? e.statusCode : null;
  return status !== null && status >= 400 && status < 600 ? status : null;
};

/** What a client is told about an error outside GraphQL, or null for a fault (ours, a 500). */
export function httpRefusal(error: unknown): HttpRefusal | null {
  if (isDomainError(error)) return { status: DOMAIN_STATUS[error.code], code: error.code, message: error.message };
  const status = error instanceof HttpException ? error.getStatus() : statusOf(error);
  if (status === null || status >= 500) return null;
  const type = (error as { type?: unknown }).type;
  const message = (typeof type === 'string' ? TYPE_MESSAGES[type] : undefined) ?? STATUS_MESSAGES[status] ?? STATUS_MESSAGES[400]!;
  return { status, code: STATUS_CODES[status] ?? BAD_REQUEST, message };
}
