import { isDomainError } from '@scrutineer/domain';

/** null when the lookup answers NOT_FOUND (gone, or outside the reader's subtree); any other error, a database fault included, propagates. */
export async function unlessNotFound<T>(lookup: Promise<T>): Promise<T | null> {
  try {
    return await lookup;
  } catch (err) {
    if (isDomainError(err) && err.code === 'NOT_FOUND') return null;
    throw err;
  }
}
