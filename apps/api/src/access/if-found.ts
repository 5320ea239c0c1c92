import { isDomainError } from '@scrutineer/domain';

/** The object, or null where it is missing or out of scope (NOT_FOUND); any other failure still fails. */
export const ifFound = <T>(lookup: Promise<T>): Promise<T | null> =>
  lookup.catch((error: unknown) => {
    if (isDomainError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  });
