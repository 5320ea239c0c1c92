import { QueryFailedError } from 'typeorm';

/** Whether a database error is a unique violation, optionally of one named constraint or index. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const driverError = (err as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError;
  if (driverError?.code !== '23505') return false;
  return constraint === undefined || driverError.constraint === constraint || err.message.includes(constraint);
}
