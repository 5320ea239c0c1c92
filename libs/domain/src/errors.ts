/**
 * Stable error codes, carried to clients in GraphQL `extensions.code` (ARCHITECTURE.md §10).
 * Clients branch on the code, never on the message.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_TRANSITION',
  'RULE_VIOLATION',
  /** Too many requests from one client to a public endpoint: wait and try again. */
  'RATE_LIMITED',
  /** A public filing or upload without its proof of work (ALTCHA): fetch a challenge and solve it. */
  'PROOF_OF_WORK_REQUIRED',
  /** The proof of work is malformed, wrongly solved, signed by another key or expired: solve a new challenge. */
  'PROOF_OF_WORK_INVALID',
  /** That solution was accepted once already: each is good for one filing or one upload. */
  'PROOF_OF_WORK_USED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An expected failure with a stable code and, where useful, structured details for the client. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string): DomainError => new DomainError('NOT_FOUND', `${what} not found`);

export const forbidden = (message = 'Your role does not allow this operation'): DomainError => new DomainError('FORBIDDEN', message);

export const badInput = (message: string, details: Record<string, unknown> = {}): DomainError =>
  new DomainError('BAD_USER_INPUT', message, details);

export const ruleViolation = (message: string, details: Record<string, unknown> = {}): DomainError =>
  new DomainError('RULE_VIOLATION', message, details);

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
